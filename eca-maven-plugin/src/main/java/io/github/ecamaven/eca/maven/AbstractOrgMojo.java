package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.orgsync.AppSelection;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that work on configured External Client Apps in an org: target org, the apps and the app selection. */
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

    /**
     * API names of the apps to work on ({@code -Deca.appNames=A,B}, or {@code <appNames><appName>A</appName>…}).
     * Empty means the apps of {@code <apps>} when the plugin configuration declares them, else every app of the
     * project.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APP_NAMES)
    protected List<String> appNames;

    /** The apps named in {@code appNames}, else the configured ones; empty means all. */
    protected Set<String> selectedApps() throws MojoFailureException {
        return AppSelection.of(list(appNames, PropertyNames.APP_NAMES), apps);
    }
}
