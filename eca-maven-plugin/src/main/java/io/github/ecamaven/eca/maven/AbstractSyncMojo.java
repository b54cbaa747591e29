package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that move External Client App files between the repository and an org (retrieve, deploy). */
public abstract class AbstractSyncMojo extends AbstractOrgMojo {

    /**
     * How long sf waits for the org: minutes ({@code 10}), a unit ({@code 90s}, {@code 10m}) or ISO-8601
     * ({@code PT90S}). sf counts whole minutes, so seconds are rounded up to the next minute.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.WAIT, defaultValue = "10")
    protected String wait;
}
