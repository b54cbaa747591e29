package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.sf.Secret;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

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
            Secret value = environmentSecret(env);
            if (value == null) {
                throw new MojoExecutionException("eca.installationKeyEnv names the environment variable " + env
                        + ", which is not set or empty.");
            }
            return value;
        }
        if (server != null) {
            return ServerPasswords.of(settings, settingsDecrypter, server, "eca.installationKeyServer");
        }
        return null;
    }

}
