package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/** The packaging goals that only talk to the Dev Hub: create and list packages, report and promote versions. */
public abstract class AbstractDevHubMojo extends AbstractSfMojo {

    /**
     * The Dev Hub: an sf alias or username (log in with
     * {@code sf org login web --alias <alias> --set-default-dev-hub}). Empty means sf's configured default Dev Hub.
     * Never put credentials here.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TARGET_DEV_HUB, defaultValue = "")
    protected String targetDevHub;
}
