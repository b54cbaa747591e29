package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.packaging.PackagingContext;
import io.github.ecamaven.eca.sf.ProcessSfCli;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfOption;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.text.Durations;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that run sf share: where sf is and how long it may run.
 */
public abstract class AbstractSfMojo extends AbstractEcaMojo {

    /** The process environment, where keys are looked up by name; a mojo test gives its own. */
    Function<String, String> environment = System::getenv;

    /**
     * The sf executable: a path, or a command name looked up on the PATH. Empty means {@code sf} on the PATH
     * ({@code sf.cmd} on Windows).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SF_EXECUTABLE, defaultValue = "")
    protected String sfExecutable;

    /**
     * Seconds one sf command may run before it and its child processes are killed. Commands that wait (install)
     * get at least their wait plus two minutes.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SF_TIMEOUT, defaultValue = "600")
    protected int sfTimeout;

    /** The sf a goal test gives (with recorded answers); null runs the real one. */
    SfCli sf;

    /** The gateway: the real sf, or the one a goal test gave. */
    protected SfCli sfCli() {
        return sf != null ? sf : new ProcessSfCli(projectDirectory.toPath(), blankToNull(sfExecutable),
                Duration.ofSeconds(sfTimeout), ecaLog(), secretVariables());
    }

    /** Names of environment variables holding a secret of this goal, which no sf child may see. */
    protected Set<String> secretVariables() {
        return Set.of();
    }

    protected PackagingContext packagingContext() {
        return new PackagingContext(sfCli(), projectDirectory.toPath(), buildDirectory().toPath(), ecaLog());
    }

    /** A duration parameter such as {@code eca.wait}; a value that is none is a ConfigurationException. */
    protected static Duration duration(String property, String text) {
        return Durations.parse(property, text);
    }

    /** {@code eca.wait} for sf's own {@code --wait}, which takes whole minutes: rounded up, with a notice. */
    protected int sfWaitMinutes(String wait) {
        return SfOption.waitMinutes(PropertyNames.WAIT, duration(PropertyNames.WAIT, wait), ecaLog());
    }

    /** The value of the environment variable {@code name} as a secret; null when it is unset or blank. */
    protected Secret environmentSecret(String name) {
        String value = name == null ? null : environment.apply(name);
        return value == null || value.isBlank() ? null : Secret.of(value.strip());
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
