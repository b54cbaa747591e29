package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.sf.Secret;
import java.nio.file.Path;
import java.util.List;

/**
 * What eca:doctor examines.
 *
 * @param appName the app named with {@code eca.appNames}; null for the one of {@code <apps>}
 * @param configuredApps the names of {@code <apps>}
 * @param targetOrg the org whose users connect (sf alias or username); null for sf's default org
 * @param sourceOrg the alias of the app's source org, to read its consumer key; null when not given
 * @param sourceOrgId {@code eca.sourceOrgId}; null when not given
 * @param nangoIntegration the integration's unique key; null: the Nango checks answer "?"
 * @param nangoUrl Nango's base URL
 * @param nangoCallbackUrl Nango's custom callback URL; null: derived from {@code nangoUrl}
 * @param nangoKey Nango's API key; null when none was found
 * @param nangoKeySource how messages name where the key comes from
 * @param error the error text or redirect URL the user saw; null for none
 * @param failOnError whether a failed check fails the build
 * @param reportDir where doctor.md and doctor.json go
 */
public record DoctorRequest(Path projectDir, Path buildDir, String appName, List<String> configuredApps,
        String targetOrg, String sourceOrg, String sourceOrgId, String nangoIntegration, String nangoUrl,
        String nangoCallbackUrl, Secret nangoKey, String nangoKeySource, String error, boolean failOnError,
        Path reportDir) {

    @Override
    public String toString() {
        return "DoctorRequest[app=" + appName + ", targetOrg=" + targetOrg + ", nangoIntegration=" + nangoIntegration
                + "]";
    }
}
