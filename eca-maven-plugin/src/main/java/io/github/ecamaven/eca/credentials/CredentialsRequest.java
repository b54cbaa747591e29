package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.sf.Secret;
import java.nio.file.Path;
import java.util.List;

/**
 * What eca:credentials and eca:rotate-credentials were asked to do.
 *
 * @param app {@code eca.appNames} (one app), or null to take the one configured app
 * @param configuredApps the names of the plugin configuration's {@code <apps>}
 * @param targetOrg sf alias or username; null for sf's default org
 * @param to {@code eca.credentialsDestination}: nango, env-file or console; null for the default (nango when an
 *     integration is named, else console)
 * @param nangoIntegration the integration's unique key; null when none
 * @param nangoUrl base URL; null for Nango Cloud
 * @param nangoKey the environment API key, null when not found; {@code nangoKeySource} names where it was looked for
 * @param file {@code eca.credentialsFile}; null for {@code target/eca/credentials/<app>.env}
 * @param sourceOrgId {@code eca.sourceOrgId}; null when the build does not declare the source org
 * @param nangoProvider {@code eca.nangoProvider}; null for the provider that fits the org
 * @param nangoCallbackUrl {@code eca.nangoCallbackUrl}, Nango's custom callback URL; null to derive it from
 *     {@code nangoUrl} ({@link #nangoCallback()})
 */
public record CredentialsRequest(Path projectDir, Path buildDir, String app, List<String> configuredApps,
                                 String targetOrg, String to, String nangoIntegration, String nangoUrl, Secret nangoKey,
                                 String nangoKeySource, Path file, boolean revokeOld,
                                 String sourceOrgId, String nangoProvider, String nangoCallbackUrl) {

    /**
     * The callback Nango sends, which the app must list.
     *
     * @throws io.github.ecamaven.eca.failure.ConfigurationException naming the property whose value is no URL
     */
    public NangoCallback nangoCallback() {
        return NangoCallback.of(nangoUrl, nangoCallbackUrl);
    }

    /** The {@code eca.credentialsDestination} names: an integration in Nango, a dotenv file, the console. */
    public static final String NANGO = "nango";
    public static final String ENV_FILE = "env-file";
    public static final String CONSOLE = "console";
    /** The destinations by their {@code eca.credentialsDestination} name. */
    public static final List<String> DESTINATIONS = List.of(NANGO, ENV_FILE, CONSOLE);

    @Override
    public String toString() {
        return "CredentialsRequest[app=" + app + ", targetOrg=" + targetOrg + ", to=" + to + "]"; // no key
    }
}
