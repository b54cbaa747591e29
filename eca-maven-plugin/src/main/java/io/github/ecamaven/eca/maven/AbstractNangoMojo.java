package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.sf.ProcessSfCli;
import io.github.ecamaven.eca.sf.Secret;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What the goals that talk to Nango share (eca:credentials, eca:rotate-credentials, eca:doctor): Nango's URL,
 * callback, integration and API key (from the environment or a settings.xml server, never from the POM or the command
 * line), and the app's source org.
 */
public abstract class AbstractNangoMojo extends AbstractOrgMojo {

    /** Unique key of the Nango integration: the one the credentials goals create or update (provider
     * {@code eca.nangoProvider}), the one eca:doctor reads.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.NANGO_INTEGRATION, defaultValue = "")
    protected String nangoIntegration;

    /**
     * Base URL of Nango's API: Nango Cloud or a self-hosted server. {@code http://} only for this machine.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.NANGO_URL, defaultValue = NangoCallback.CLOUD_URL)
    protected String nangoUrl;

    /** Nango's custom callback URL, which the app must list before its key goes to Nango; empty:
     * {@code <eca.nangoUrl>/oauth/callback}.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_CALLBACK_URL, defaultValue = "")
    protected String nangoCallbackUrl;

    /** Name of the environment variable holding Nango's environment API key (never the key itself).
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.NANGO_SECRET_KEY_ENV, defaultValue = ProcessSfCli.NANGO_SECRET_KEY)
    protected String nangoSecretKeyEnv;

    /**
     * Id of a settings.xml {@code <server>} whose password (may be encrypted) is Nango's API key; it takes
     * precedence over {@code eca.nangoSecretKeyEnv}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.NANGO_SECRET_KEY_SERVER, defaultValue = "")
    protected String nangoSecretKeyServer;

    /**
     * The id of the app's source org (00D…), the org that holds its global OAuth settings and consumer. A Packaged app
     * hands over or rotates the credentials of its source org only. Empty: the org the app's files name.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.SOURCE_ORG_ID, defaultValue = "")
    protected String sourceOrgId;

    /** The user's settings, for a Nango API key kept as a server password. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    @Override
    protected Set<String> secretVariables() {
        String env = blankToNull(nangoSecretKeyEnv);
        return env == null ? Set.of() : Set.of(env);
    }

    /** How messages name where the Nango API key comes from. */
    protected String nangoKeySource() {
        String server = blankToNull(nangoSecretKeyServer);
        String env = blankToNull(nangoSecretKeyEnv);
        return server != null ? "settings.xml server '" + server + "'"
                : "the environment variable " + (env == null ? "(none named by " + PropertyNames.NANGO_SECRET_KEY_ENV
                + ")" : env);
    }

    /** Nango's API key: the settings.xml server's password, else the environment variable; null when none names one. */
    protected Secret nangoKey() throws MojoExecutionException {
        String server = blankToNull(nangoSecretKeyServer);
        String env = blankToNull(nangoSecretKeyEnv);
        if (server != null) {
            return ServerPasswords.of(settings, settingsDecrypter, server, PropertyNames.NANGO_SECRET_KEY_SERVER);
        }
        return env == null ? null : environmentSecret(env);
    }
}
