package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.generate.EcaApp;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that work on configured External Client Apps in an org: target org and the apps. Each kind of goal declares
 * its app selection ({@code appNames}) itself, with what it does with it.
 */
public abstract class AbstractOrgMojo extends AbstractSfMojo {

    /**
     * The org: an sf alias or username (log in with {@code sf org login web --alias <alias>}). Empty means sf's
     * default org. Never credentials.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TARGET_ORG, defaultValue = "")
    protected String targetOrg;

    /**
     * The apps eca:generate declares (usually in the plugin-level {@code <configuration>}); their names are the
     * default selection of apps.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<EcaApp> apps;
}
