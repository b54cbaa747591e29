package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.sf.ProcessSfCli;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.CredentialsGoals;
import io.github.ecamaven.eca.credentials.CredentialsRequest;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.sf.Secret;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What eca:credentials and eca:rotate-credentials share: the app, the destination and Nango's URL, integration and
 * API key (from the environment or a settings.xml server, never from the POM or the command line).
 */
public abstract class AbstractCredentialsMojo extends AbstractOrgMojo {

    /**
     * API name of the one app whose key and secret are handed over or rotated ({@code -Deca.appNames=API_NAME}).
     * Empty means the app of {@code <apps>} when the plugin configuration declares exactly one; naming more than
     * one app is an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APP_NAMES)
    protected List<String> appNames;

    /**
     * Where the key and secret go: {@code nango}, {@code env-file} or {@code console} (the key only). Empty means
     * {@code nango} when {@code eca.nangoIntegration} is set, else {@code console}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREDENTIALS_DESTINATION, defaultValue = "")
    protected String credentialsDestination;

    /** Unique key of the Nango integration (provider {@code eca.nangoProvider}) to create or update.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.NANGO_INTEGRATION, defaultValue = "")
    protected String nangoIntegration;

    /** Nango provider {@code salesforce} or {@code salesforce-sandbox}; empty: the one that fits the org.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_PROVIDER, defaultValue = "")
    protected String nangoProvider;

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
     * The env file for {@code eca.credentialsDestination=env-file}. Empty means
     * {@code target/eca/credentials/<app>.env}. Refused inside a package directory, when git tracks it, and inside a
     * git work tree that does not ignore it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CREDENTIALS_FILE, defaultValue = "")
    protected File credentialsFile;

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

    protected CredentialsGoals goals() {
        return new CredentialsGoals(sfCli(), ecaLog());
    }

    /** The request; the Nango key is looked up only when Nango is the destination. */
    protected CredentialsRequest request(boolean revokeOld) throws MojoExecutionException {
        List<String> names = list(appNames, PropertyNames.APP_NAMES);
        if (names.size() > 1) {
            throw new ConfigurationException(PropertyNames.describe(PropertyNames.APP_NAMES) + " names " + names.size()
                    + " apps (" + String.join(", ", names) + "), but this goal works on one app; name one of them");
        }
        List<String> configured = apps == null ? List.of() : apps.stream().map(EcaApp::getName)
                .filter(n -> n != null && !n.isBlank()).toList();
        String integration = blankToNull(nangoIntegration);
        String destination = blankToNull(credentialsDestination);
        boolean nango = CredentialsRequest.NANGO.equals(destination) || destination == null && integration != null;
        String server = blankToNull(nangoSecretKeyServer);
        String env = blankToNull(nangoSecretKeyEnv);
        String source = server != null ? "settings.xml server '" + server + "'" : "the environment variable "
                + (env == null ? "(none named by " + PropertyNames.NANGO_SECRET_KEY_ENV + ")" : env);
        Secret key = null;
        if (nango && server != null) {
            key = ServerPasswords.of(settings, settingsDecrypter, server, PropertyNames.NANGO_SECRET_KEY_SERVER);
        } else if (nango && env != null) {
            key = environmentSecret(env);
        }
        File file = credentialsFile == null || credentialsFile.getPath().isBlank() ? null : credentialsFile;
        return new CredentialsRequest(projectDirectory.toPath().toAbsolutePath(),
                buildDirectory().toPath().toAbsolutePath(), names.isEmpty() ? null : names.get(0), configured,
                blankToNull(targetOrg), destination, integration, blankToNull(nangoUrl), key, source,
                file == null ? null : file.toPath(), revokeOld, blankToNull(sourceOrgId), blankToNull(nangoProvider),
                blankToNull(nangoCallbackUrl));
    }
}
