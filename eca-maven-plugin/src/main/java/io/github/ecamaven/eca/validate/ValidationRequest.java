package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PackageType;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.project.SourceOrg;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.validate.report.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to validate and how.
 *
 * @param projectDir the sfdx project root
 * @param profile {@code default}, {@code nango} or {@code isv}
 * @param failOnSeverity the lowest severity of a new finding that fails the build
 * @param ruleSettings rule id to {@code off}, {@code error}, {@code warning} or {@code info}; merged over the profile
 * @param manifests more package.xml files (relative to the project root or absolute)
 * @param baselineFile the baseline; null for none
 * @param writeBaseline record the current findings in {@code baselineFile} instead of failing
 * @param reportDir where the SARIF, Checkstyle and JUnit reports go; null for none
 * @param rulesPage the page the reports link each rule to, one anchor per rule id
 * @param environment the environment variables of the build (the reports describe an Azure Pipelines run from them)
 * @param writeRoots where reports and the baseline may be written besides the project (the build directory); every
 *     such file must resolve, symlinks included, into the project or one of these
 * @param maxFindingsPerRule how many findings of one rule the console and the reports show; the rest are summarised
 *     (see {@link FindingCap})
 * @param packageType {@code Managed} or {@code Unlocked}, the type of the project's package when the build knows it
 *     ({@link PropertyNames#PACKAGE_TYPE}); null when it does not, and the rules that depend on it say what they
 *     assumed
 * @param sourceOrgId the id of the org that holds the apps' global OAuth settings
 *     ({@link PropertyNames.SOURCE_ORG_ID}); null when the build does not say
 * @param nangoCallback the callback of the Nango server the build declares ({@link PropertyNames#NANGO_URL},
 *     {@link PropertyNames#NANGO_CALLBACK_URL}), which the {@code nango} profile expects; null for Nango Cloud's
 */
public record ValidationRequest(Path projectDir, Profile profile, Severity failOnSeverity,
        Map<String, String> ruleSettings, List<Path> manifests, Path baselineFile, boolean writeBaseline,
        Path reportDir, String rulesPage, Map<String, String> environment, List<Path> writeRoots,
        int maxFindingsPerRule, String packageType, String sourceOrgId, NangoCallback nangoCallback) {

    /** The default of {@code maxFindingsPerRule}. */
    public static final int DEFAULT_MAX_FINDINGS_PER_RULE = Integer.parseInt(FindingCap.DEFAULT);

    public ValidationRequest {
        FindingCap.requireValid(maxFindingsPerRule);
        packageType = packageType(packageType);
        sourceOrgId = sourceOrgId(sourceOrgId);
        ruleSettings = Map.copyOf(ruleSettings);
        manifests = List.copyOf(manifests);
        rulesPage = rulesPage == null || rulesPage.isBlank() ? Tool.RULES_PAGE : rulesPage.strip();
        environment = Map.copyOf(environment);
        writeRoots = writeRoots == null ? List.of() : List.copyOf(writeRoots);
        nangoCallback = nangoCallback == null ? NangoCallback.CLOUD : nangoCallback;
    }

    /** As before the Nango callback: Nango Cloud's. */
    public ValidationRequest(Path projectDir, Profile profile, Severity failOnSeverity,
            Map<String, String> ruleSettings, List<Path> manifests, Path baselineFile, boolean writeBaseline,
            Path reportDir, String rulesPage, Map<String, String> environment, List<Path> writeRoots,
            int maxFindingsPerRule, String packageType, String sourceOrgId) {
        this(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile, writeBaseline, reportDir,
                rulesPage, environment, writeRoots, maxFindingsPerRule, packageType, sourceOrgId, null);
    }

    /** The callback of the Nango server the build declares; null for Nango Cloud's. */
    public ValidationRequest withNangoCallback(NangoCallback callback) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, environment, writeRoots, maxFindingsPerRule, packageType,
                sourceOrgId, callback);
    }

    /** As before the package type: unknown. */
    public ValidationRequest(Path projectDir, Profile profile, Severity failOnSeverity,
            Map<String, String> ruleSettings, List<Path> manifests, Path baselineFile, boolean writeBaseline,
            Path reportDir, String rulesPage, Map<String, String> environment, List<Path> writeRoots,
            int maxFindingsPerRule) {
        this(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile, writeBaseline, reportDir,
                rulesPage, environment, writeRoots, maxFindingsPerRule, null, null);
    }

    /** The value sf's {@code --package-type} takes, or null for blank; ConfigurationException naming the property. */
    private static String packageType(String type) {
        PackageType t = PackageType.parse(PropertyNames.PACKAGE_TYPE, type);
        return t == null ? null : t.name();
    }

    /** The org id as given, or null for blank; ConfigurationException naming the property. */
    private static String sourceOrgId(String id) {
        SourceOrg s = SourceOrg.declared(id);
        return s == null ? null : s.orgId();
    }

    /** The org that holds the apps' global OAuth settings; null or blank for unknown. */
    public ValidationRequest withSourceOrgId(String id) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, environment, writeRoots, maxFindingsPerRule, packageType, id,
                nangoCallback);
    }

    /** The project's package is {@code Managed} or {@code Unlocked}; null or blank for unknown. */
    public ValidationRequest withPackageType(String type) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, environment, writeRoots, maxFindingsPerRule, type, sourceOrgId,
                nangoCallback);
    }

    /** A request whose reports link to the plugin's own rule catalogue. */
    public ValidationRequest(Path projectDir, Profile profile, Severity failOnSeverity,
            Map<String, String> ruleSettings, List<Path> manifests, Path baselineFile, boolean writeBaseline,
            Path reportDir) {
        this(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile, writeBaseline, reportDir,
                Tool.RULES_PAGE, System.getenv(), reportDir == null ? List.of() : List.of(reportDir),
                DEFAULT_MAX_FINDINGS_PER_RULE);
    }

    /** Defaults: the default profile, fail on errors, no baseline, no reports. */
    public static ValidationRequest of(Path projectDir) {
        return new ValidationRequest(projectDir, Profile.DEFAULT, Severity.ERROR, Map.of(), List.of(), null, false,
                null);
    }

    public ValidationRequest withProfile(Profile p) {
        return new ValidationRequest(projectDir, p, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, environment, writeRoots,
                maxFindingsPerRule, packageType, sourceOrgId,
                nangoCallback);
    }

    public ValidationRequest withRuleSettings(Map<String, String> settings) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, settings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, environment, writeRoots,
                maxFindingsPerRule, packageType, sourceOrgId,
                nangoCallback);
    }

    public ValidationRequest withBaseline(Path file, boolean write) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, file, write,
                reportDir, rulesPage, environment, writeRoots, maxFindingsPerRule, packageType, sourceOrgId,
                nangoCallback);
    }

    public ValidationRequest withReportDir(Path dir) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, dir, rulesPage, environment, writeRoots, maxFindingsPerRule, packageType, sourceOrgId,
                nangoCallback);
    }

    public ValidationRequest withEnvironment(Map<String, String> env) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, env, writeRoots, maxFindingsPerRule, packageType, sourceOrgId,
                nangoCallback);
    }

    /** Reports and the baseline may go into these folders (resolved) besides the project. */
    public ValidationRequest withWriteRoots(List<Path> roots) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, environment, roots, maxFindingsPerRule, packageType, sourceOrgId,
                nangoCallback);
    }

    /** At most {@code max} findings per rule on the console and in the reports (see {@link FindingCap}). */
    public ValidationRequest withMaxFindingsPerRule(int max) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, rulesPage, environment, writeRoots, max, packageType, sourceOrgId,
                nangoCallback);
    }

    public ValidationRequest withRulesPage(String page) {
        return new ValidationRequest(projectDir, profile, failOnSeverity, ruleSettings, manifests, baselineFile,
                writeBaseline, reportDir, page, environment, writeRoots, maxFindingsPerRule, packageType, sourceOrgId,
                nangoCallback);
    }

    /**
     * Parses {@code ECA-SCOPE-003=off, ECA-OAUTH-006=error} (commas, semicolons or new lines between entries).
     *
     * @throws ConfigurationException naming the bad entry
     */
    public static Map<String, String> parseRuleSettings(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;\\n]")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationException(PropertyNames.describe(PropertyNames.VALIDATE_RULES) + ": '" + p
                        + "' is no rule setting; write ID=off|error|warning|info, e.g. ECA-SCOPE-003=off");
            }
            out.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Splits a comma-separated list of paths. */
    public static List<Path> parsePaths(String text) {
        List<Path> out = new ArrayList<>();
        if (text != null) {
            for (String s : text.split(",")) {
                if (!s.isBlank()) {
                    out.add(Path.of(s.trim()));
                }
            }
        }
        return out;
    }
}
