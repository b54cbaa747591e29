package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.project.NangoCallback;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything {@link EcaGenerator} needs, already read from the POM. Paths in strings are relative to
 * {@code projectDir}.
 *
 * @param projectDir sfdx project root (holds sfdx-project.json)
 * @param baseDir directory relative certificate paths are resolved against (the Maven basedir)
 * @param packageDirectory package directory the (packageable) files go to, e.g. {@code force-app}
 * @param orgDirectory non-packaged package directory for the global OAuth settings and policies of Packaged apps
 * @param manifest path of the package.xml to write
 * @param apiVersion API version of the files, manifest and sourceApiVersion, e.g. {@code 66.0}
 * @param namespace namespace prefix (required for Packaged apps unless sfdx-project.json has one), or null
 * @param packageName 2GP package name for Packaged apps, or null
 * @param projectName the Maven artifactId: {@code name} of a new sfdx-project.json, and the package name when
 *     neither {@code packageName} nor sfdx-project.json gives one
 * @param versionName package versionName for Packaged apps, or null
 * @param versionNumber package versionNumber for Packaged apps, e.g. {@code 0.1.0.NEXT}, or null
 * @param apps the configured apps
 * @param checkOnly change nothing; report the differences instead
 * @param clientSecretRestAccess the value of ExternalClientAppSettings {@code enableClientSecretInRestApiAccess} to
 *     write in the org settings file, or null to leave that file alone
 * @param validationProfile the eca:validate profile the planned files are checked with before anything is written
 *     ({@code default}, {@code nango} or {@code isv}; null for default)
 * @param validationRules the eca:validate rule settings (rule id to off/error/warning/info) applied on top
 * @param packageType {@code Managed} or {@code Unlocked} when the build knows the package's type (a Packaged app
 *     needs a namespace in a Managed package only), else null
 * @param nangoCallback the callback of the Nango server the build declares, which the {@code nango} preset registers
 *     and the {@code nango} profile expects; null for Nango Cloud's
 */
public record GenerateRequest(
        Path projectDir,
        Path baseDir,
        String packageDirectory,
        String orgDirectory,
        String manifest,
        String apiVersion,
        String namespace,
        String packageName,
        String projectName,
        String versionName,
        String versionNumber,
        List<EcaApp> apps,
        boolean checkOnly,
        Boolean clientSecretRestAccess,
        String validationProfile,
        Map<String, String> validationRules,
        String packageType,
        NangoCallback nangoCallback) {

    public GenerateRequest {
        nangoCallback = nangoCallback == null ? NangoCallback.CLOUD : nangoCallback;
        apps = apps == null ? List.of() : List.copyOf(apps);
        validationRules = validationRules == null ? Map.of() : Map.copyOf(validationRules);
    }

    /** A request that leaves the org settings file alone, checked with eca:validate's default profile and rules. */
    public GenerateRequest(Path projectDir, Path baseDir, String packageDirectory, String orgDirectory,
            String manifest, String apiVersion, String namespace, String packageName, String projectName,
            String versionName, String versionNumber, List<EcaApp> apps, boolean checkOnly) {
        this(projectDir, baseDir, packageDirectory, orgDirectory, manifest, apiVersion, namespace, packageName,
                projectName, versionName, versionNumber, apps, checkOnly, null, null, Map.of(), null, null);
    }

    /** This request, checked with the given eca:validate profile and rule settings. */
    public GenerateRequest withValidation(String profile, Map<String, String> rules) {
        return new GenerateRequest(projectDir, baseDir, packageDirectory, orgDirectory, manifest, apiVersion,
                namespace, packageName, projectName, versionName, versionNumber, apps, checkOnly,
                clientSecretRestAccess, profile, rules, packageType, nangoCallback);
    }

    /** A request checked with eca:validate's default profile and rules. */
    public GenerateRequest(Path projectDir, Path baseDir, String packageDirectory, String orgDirectory,
            String manifest, String apiVersion, String namespace, String packageName, String projectName,
            String versionName, String versionNumber, List<EcaApp> apps, boolean checkOnly,
            Boolean clientSecretRestAccess) {
        this(projectDir, baseDir, packageDirectory, orgDirectory, manifest, apiVersion, namespace, packageName,
                projectName, versionName, versionNumber, apps, checkOnly, clientSecretRestAccess, null, Map.of(), null,
                null);
    }

    /** This request for a package of the given type ({@code Managed}, {@code Unlocked}; null or blank: unknown). */
    public GenerateRequest withPackageType(String type) {
        return new GenerateRequest(projectDir, baseDir, packageDirectory, orgDirectory, manifest, apiVersion,
                namespace, packageName, projectName, versionName, versionNumber, apps, checkOnly,
                clientSecretRestAccess, validationProfile, validationRules, type, nangoCallback);
    }

    /** This request for the Nango server whose callback is {@code callback} (null: Nango Cloud). */
    public GenerateRequest withNangoCallback(NangoCallback callback) {
        return new GenerateRequest(projectDir, baseDir, packageDirectory, orgDirectory, manifest, apiVersion,
                namespace, packageName, projectName, versionName, versionNumber, apps, checkOnly,
                clientSecretRestAccess, validationProfile, validationRules, packageType, callback);
    }
}
