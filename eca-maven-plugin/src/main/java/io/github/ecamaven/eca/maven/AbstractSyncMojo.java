package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.orgsync.AppSelection;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that move External Client App files between the repository and an org (retrieve, deploy). */
public abstract class AbstractSyncMojo extends AbstractOrgMojo {

    /**
     * How long sf waits for the org: minutes ({@code 10}), a unit ({@code 90s}, {@code 10m}) or ISO-8601
     * ({@code PT90S}). sf counts whole minutes, so seconds are rounded up to the next minute, with a notice.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.WAIT, defaultValue = "10")
    protected String wait;

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
    protected Set<String> selectedApps() {
        return AppSelection.of(list(appNames, PropertyNames.APP_NAMES), apps);
    }
}
