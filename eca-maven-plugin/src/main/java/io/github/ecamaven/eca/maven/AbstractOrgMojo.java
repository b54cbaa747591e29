package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.orgsync.AppSelection;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that move External Client Apps between the repository and an org: target org, wait, app selection. */
public abstract class AbstractOrgMojo extends AbstractSfMojo {

    /**
     * The org: an sf alias or username (log in with {@code sf org login web --alias <alias>}). Empty means sf's
     * default org. Never credentials.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.targetOrg", defaultValue = "")
    protected String targetOrg;

    /**
     * How long sf waits for the org: minutes ({@code 10}), a unit ({@code 90s}, {@code 10m}) or ISO-8601
     * ({@code PT90S}). sf counts whole minutes, so seconds are rounded up to the next minute.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.wait", defaultValue = "10")
    protected String wait;

    /**
     * The apps eca:generate declares (usually in the plugin-level {@code <configuration>}); their names are the
     * default selection of apps.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<EcaApp> apps;

    /** The apps named in {@code csv} (a goal's own property), else the configured ones; empty means all. */
    protected Set<String> selectedApps(String csv) {
        return AppSelection.of(csv, apps);
    }
}
