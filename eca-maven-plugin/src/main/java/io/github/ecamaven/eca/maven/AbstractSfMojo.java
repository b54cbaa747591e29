package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.packaging.PackagingContext;
import io.github.ecamaven.eca.packaging.PackagingException;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.sf.ProcessSfCli;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import java.io.IOException;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What the goals that run sf share: where sf is, how long it may run, the Dev Hub, installation keys from the
 * environment or settings.xml (never from the POM), and the translation of core exceptions into Mojo exceptions.
 */
public abstract class AbstractSfMojo extends AbstractEcaMojo {

    /**
     * The sf executable: a path, or a command name looked up on the PATH. Empty means {@code sf} on the PATH
     * ({@code sf.cmd} on Windows).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.sf.executable", defaultValue = "")
    protected String sfExecutable;

    /**
     * Seconds one sf command may run before it and its child processes are killed. Commands that wait (install)
     * get at least their wait plus two minutes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.sf.timeout", defaultValue = "600")
    protected int sfTimeout;

    /**
     * The Dev Hub: an sf alias or username (log in with {@code sf org login web --alias <alias>}). Empty means sf's
     * configured default Dev Hub. Never put credentials here.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.targetDevHub", defaultValue = "")
    protected String targetDevHub;

    /** The user's settings, for installation keys kept as server passwords. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** The gateway; a goal test may replace it. */
    protected SfCli sfCli() {
        return new ProcessSfCli(projectDir.toPath(), blankToNull(sfExecutable), Duration.ofSeconds(sfTimeout),
                ecaLog());
    }

    protected PackagingContext packagingContext() {
        return new PackagingContext(sfCli(), projectDir.toPath(), buildDirectory().toPath(), ecaLog());
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The installation key from an environment variable or a settings.xml server password; null when neither is
     * named. Both named is an error.
     */
    protected Secret installationKey(String envName, String serverId) throws MojoExecutionException {
        String env = blankToNull(envName);
        String server = blankToNull(serverId);
        if (env != null && server != null) {
            throw new MojoExecutionException("Set only one of eca.installationKeyEnv and eca.installationKeyServer.");
        }
        if (env != null) {
            String value = System.getenv(env);
            if (value == null || value.isEmpty()) {
                throw new MojoExecutionException("eca.installationKeyEnv names the environment variable " + env
                        + ", which is not set or empty.");
            }
            return Secret.of(value);
        }
        if (server != null) {
            Server s = settings == null ? null : settings.getServer(server);
            if (s == null) {
                throw new MojoExecutionException("eca.installationKeyServer names the server '" + server
                        + "', which settings.xml does not have; add <server><id>" + server
                        + "</id><password>…</password></server>.");
            }
            SettingsDecryptionResult r = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(s));
            for (SettingsProblem p : r.getProblems()) {
                if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("Cannot decrypt the password of server '" + server + "' in"
                            + " settings.xml.");
                }
            }
            String value = r.getServer() == null ? null : r.getServer().getPassword();
            if (value == null || value.isEmpty()) {
                throw new MojoExecutionException("Server '" + server + "' in settings.xml has no password.");
            }
            return Secret.of(value);
        }
        return null;
    }

    /** Content problems fail the build, environment problems are errors; never a secret in the message. */
    protected static Exception translate(Exception e) {
        if (e instanceof PackagingException p) {
            return p.isEnvironmentProblem() ? new MojoExecutionException(p.getMessage(), p)
                    : new MojoFailureException(p.getMessage(), p);
        }
        if (e instanceof SfCliException s) {
            return s.isEnvironmentProblem() ? new MojoExecutionException(s.getMessage(), s)
                    : new MojoFailureException(s.getMessage(), s);
        }
        if (e instanceof SfdxProjectException s) {
            return new MojoFailureException(s.getMessage(), s);
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
