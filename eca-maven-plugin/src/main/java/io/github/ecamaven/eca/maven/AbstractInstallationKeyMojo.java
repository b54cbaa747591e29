package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.sf.Secret;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** The sf goals that take a package installation key: from the environment or settings.xml, never from the POM. */
public abstract class AbstractInstallationKeyMojo extends AbstractSfMojo {

    /**
     * The name of an environment variable holding the installation key. Never put the key itself in the POM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.installationKeyEnv", defaultValue = "")
    protected String installationKeyEnv;

    /**
     * The id of a settings.xml {@code <server>} whose password (may be encrypted) is the installation key.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.installationKeyServer", defaultValue = "")
    protected String installationKeyServer;

    /** The user's settings, for installation keys kept as server passwords. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** The process environment; a mojo test gives its own. */
    Function<String, String> environment = System::getenv;

    /**
     * The installation key from an environment variable or a settings.xml server password; null when neither is
     * named. Both named is an error.
     */
    protected Secret installationKey() throws MojoExecutionException {
        String env = blankToNull(installationKeyEnv);
        String server = blankToNull(installationKeyServer);
        if (env != null && server != null) {
            throw new MojoExecutionException("Set only one of eca.installationKeyEnv and eca.installationKeyServer.");
        }
        if (env != null) {
            String value = environment.apply(env);
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

}
