package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.sf.Secret;
import java.util.Set;
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
    @Parameter(property = PropertyNames.INSTALLATION_KEY_ENV, defaultValue = "")
    protected String installationKeyEnv;

    /**
     * The id of a settings.xml {@code <server>} whose password (may be encrypted) is the installation key.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INSTALLATION_KEY_SERVER, defaultValue = "")
    protected String installationKeyServer;

    /** The user's settings, for installation keys kept as server passwords. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    @Override
    protected Set<String> secretVariables() {
        String env = blankToNull(installationKeyEnv);
        return env == null ? Set.of() : Set.of(env);
    }

    /**
     * The installation key from an environment variable or a settings.xml server password; null when neither is
     * named. Both named is an error.
     */
    protected Secret installationKey() throws MojoExecutionException {
        String env = blankToNull(installationKeyEnv);
        String server = blankToNull(installationKeyServer);
        if (env != null && server != null) {
            throw new ConfigurationException("both " + PropertyNames.INSTALLATION_KEY_ENV + " and "
                    + PropertyNames.INSTALLATION_KEY_SERVER + " are set; set only one of them");
        }
        if (env != null) {
            Secret value = environmentSecret(env);
            if (value == null) {
                throw new MojoExecutionException(PropertyNames.INSTALLATION_KEY_ENV
                        + " names the environment variable " + env
                        + ", which is not set or empty; set it where the build runs (never in the POM)");
            }
            return value;
        }
        if (server != null) {
            return ServerPasswords.of(settings, settingsDecrypter, server, PropertyNames.INSTALLATION_KEY_SERVER);
        }
        return null;
    }

    /**
     * The installation key, or null when {@code bypass} (the property {@code bypassProperty}) is set: exactly one of
     * the two, since sf demands a key or the bypass and a key never goes in the POM.
     */
    protected Secret installationKeyOrBypass(boolean bypass, String bypassProperty) throws MojoExecutionException {
        Secret key = installationKey();
        if ((key != null) == bypass) {
            throw new ConfigurationException((key != null ? "an installation key and " + bypassProperty + "=true"
                    + " are both given" : "neither an installation key nor " + bypassProperty + "=true is given")
                    + ", and sf demands exactly one: give -D" + PropertyNames.INSTALLATION_KEY_ENV
                    + "=<ENV_VAR>, -D" + PropertyNames.INSTALLATION_KEY_SERVER + "=<settings.xml server id> or -D"
                    + bypassProperty + "=true (a key never goes in the POM)");
        }
        return key;
    }
}
