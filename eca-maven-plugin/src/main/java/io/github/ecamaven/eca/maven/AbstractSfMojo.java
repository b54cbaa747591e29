package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.CredentialsException;
import io.github.ecamaven.eca.generate.GenerateConfigException;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.FileWriteException;
import io.github.ecamaven.eca.model.io.OutputPathException;
import io.github.ecamaven.eca.orgsync.OrgSyncException;
import io.github.ecamaven.eca.packaging.PackagingContext;
import io.github.ecamaven.eca.packaging.PackagingException;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.sf.ProcessSfCli;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.text.Durations;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that run sf share: where sf is, how long it may run, and the translation of core exceptions into
 * Mojo exceptions.
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
        return sf != null ? sf : new ProcessSfCli(projectDirectory.toPath(), blankToNull(sfExecutable), Duration.ofSeconds(sfTimeout),
                ecaLog(), secretVariables());
    }

    /** Names of environment variables holding a secret of this goal, which no sf child may see. */
    protected Set<String> secretVariables() {
        return Set.of();
    }

    protected PackagingContext packagingContext() {
        return new PackagingContext(sfCli(), projectDirectory.toPath(), buildDirectory().toPath(), ecaLog());
    }

    /** A duration parameter such as {@code eca.wait}; a value that is none is the user's configuration to fix. */
    protected static Duration duration(String property, String text) throws MojoFailureException {
        try {
            return Durations.parse(property, text);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** {@code eca.wait} for sf's own {@code --wait}, which takes whole minutes: rounded up. */
    protected static int sfWaitMinutes(String wait) throws MojoFailureException {
        return Math.toIntExact(Durations.wholeMinutes(duration(PropertyNames.WAIT, wait)));
    }

    /** The value of the environment variable {@code name} as a secret; null when it is unset or blank. */
    protected Secret environmentSecret(String name) {
        String value = name == null ? null : environment.apply(name);
        return value == null || value.isBlank() ? null : Secret.of(value.strip());
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Content problems fail the build, environment problems are errors; never a secret in the message. */
    protected static Exception translate(Exception e) {
        if (e instanceof MojoFailureException || e instanceof MojoExecutionException) {
            return e; // already the mojo's own verdict, e.g. a parameter read inside the call
        }
        if (e instanceof PackagingException p) {
            return p.isEnvironmentProblem() ? new MojoExecutionException(p.getMessage(), p)
                    : new MojoFailureException(p.getMessage(), p);
        }
        if (e instanceof CredentialsException c) {
            return c.isEnvironmentProblem() ? new MojoExecutionException(c.getMessage(), c)
                    : new MojoFailureException(c.getMessage(), c);
        }
        if (e instanceof SfCliException s) {
            return s.isEnvironmentProblem() ? new MojoExecutionException(s.getMessage(), s)
                    : new MojoFailureException(s.getMessage(), s);
        }
        if (e instanceof SfdxProjectException || e instanceof OrgSyncException || e instanceof EcaXmlException
                || e instanceof GenerateConfigException || e instanceof OutputPathException) {
            return new MojoFailureException(e.getMessage(), e); // the project's content or the org's, not the machine
        }
        if (e instanceof FileWriteException w) {
            return new MojoExecutionException(w.getMessage(), w);
        }
        if (e instanceof IOException io) {
            return new MojoExecutionException("I/O error: " + io.getMessage(), io);
        }
        return new MojoExecutionException(e.getMessage(), e);
    }

    /** Runs a core call and throws the translated exception. */
    protected <T> T call(CoreCall<T> call) throws MojoExecutionException, MojoFailureException {
        try {
            return call.run();
        } catch (Exception e) {
            Exception t = translate(e);
            if (t instanceof MojoFailureException f) {
                throw f;
            }
            throw (MojoExecutionException) t;
        }
    }

    /** One call into the Maven-free core. */
    @FunctionalInterface
    protected interface CoreCall<T> {
        T run() throws Exception;
    }

}
