package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.FindingCap;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.ValidationRequest;
import io.github.ecamaven.eca.validate.ValidationResult;
import io.github.ecamaven.eca.validate.report.Tool;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints every External Client App file, package.xml and sfdx-project.json of the sfdx project and writes SARIF,
 * Checkstyle and JUnit reports to {@code target/eca/}. Fails once, with the count, on new findings at or above
 * {@code failOnSeverity}. Its default phase, process-resources, comes after eca:generate's generate-resources, so
 * executions that name only the goals lint in every build the files that build has just generated.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractEcaMojo {

    /** Skips this goal.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.VALIDATE_SKIP, defaultValue = "false")
    private String skipValidate;

    /**
     * Rule profile: {@code default}, {@code nango} (Nango's callback, scopes and secrets) or {@code isv} (the
     * partner security controls for every app). eca:generate and eca:check check their files with it too.
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_PROFILE, defaultValue = Profile.DEFAULT_NAME)
    private String profile;

    /** Lowest severity of a new finding that fails the build: {@code error}, {@code warning} or {@code info}.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.VALIDATE_FAIL_ON_SEVERITY, defaultValue = "error")
    private String failOnSeverity;

    /**
     * Per-rule settings merged over the profile: {@code ID=off|error|warning|info}, comma-separated, e.g.
     * {@code ECA-SCOPE-003=off,ECA-OAUTH-006=error}.
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_RULES, defaultValue = "")
    private String rules;

    /**
     * More package.xml files to check (comma-separated, relative to the project root); {@code package.xml} and
     * {@code manifest/*.xml} are always checked.
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_MANIFESTS, defaultValue = "")
    private String manifests;

    /**
     * Baseline file (relative to the project root): its findings do not fail the build; written only over a baseline.
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_BASELINE, defaultValue = "eca-validate-baseline.txt")
    private String baseline;

    /** Records the current findings in the baseline file instead of failing.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.VALIDATE_WRITE_BASELINE, defaultValue = "false")
    private String writeBaseline;

    /** Directory of the SARIF, Checkstyle and JUnit reports; not the project root or in a package directory.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = ProjectPaths.BUILD_FOLDER_PARAMETER)
    private File reportDirectory;

    /**
     * The page each rule of the SARIF report links to (its {@code helpUri}, with {@code #RULE-ID} appended): by
     * default the rule catalogue of this plugin's site, which shows a failing and a fixed example per rule. Set it
     * to a mirror of the site when code scanning users cannot reach the public one.
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_RULES_PAGE, defaultValue = Tool.RULES_PAGE)
    private String rulesPage;

    /**
     * Findings of one rule shown on the console and in the reports; the rest are one line "… and K more findings".
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.VALIDATE_MAX_FINDINGS_PER_RULE, defaultValue = FindingCap.DEFAULT)
    private int maxFindingsPerRule;

    /**
     * {@code Managed} or {@code Unlocked}, as eca:package-create: a Packaged app without namespace is an error in a
     * Managed package only. Empty means unknown (ECA-PROJ-008 warns).
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.PACKAGE_TYPE, defaultValue = "")
    private String packageType;

    /**
     * The id of the org that holds the apps' global OAuth settings (00D…): every committed {@code oauthLink} must point
     * at its consumer (ECA-SEC-003). Empty: the org of the header, where the project holds the global settings.
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.SOURCE_ORG_ID, defaultValue = "")
    private String sourceOrgId;

    /** Base URL of the Nango server the apps connect through: the nango profile expects its {@code /oauth/callback}.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_URL, defaultValue = NangoCallback.CLOUD_URL)
    private String nangoUrl;

    /** Nango's custom callback URL, which the nango profile then expects; empty: {@code <eca.nangoUrl>/oauth/callback}.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_CALLBACK_URL, defaultValue = "")
    private String nangoCallbackUrl;

    @Override
    protected String goalName() {
        return "validate";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipValidate", skipValidate, PropertyNames.VALIDATE_SKIP);
    }

    @Override
    protected void run() throws Exception {
        Path root = projectDirectory.toPath();
        boolean recordBaseline = flag(writeBaseline, PropertyNames.VALIDATE_WRITE_BASELINE);
        File reports = resolved(reportDirectory) != null ? reportDirectory : new File(buildDirectory(), ProjectPaths.BUILD_FOLDER);
        var request = new ValidationRequest(root, Profile.named(profile), Severity.parse(failOnSeverity,
                PropertyNames.describe(PropertyNames.VALIDATE_FAIL_ON_SEVERITY)),
                ValidationRequest.parseRuleSettings(rules), ValidationRequest.parsePaths(manifests),
                root.resolve(baseline), recordBaseline, reports.toPath())
                .withRulesPage(rulesPage).withMaxFindingsPerRule(maxFindingsPerRule)
                .withWriteRoots(java.util.List.of(buildDirectory().toPath())).withPackageType(packageType)
                .withSourceOrgId(sourceOrgId).withNangoCallback(NangoCallback.of(nangoUrl, nangoCallbackUrl));
        ValidationResult result = EcaValidator.validate(request, ecaLog());
        if (result.failed()) {
            throw new MojoFailureException(result.failure(request.reportDir().resolve(EcaValidator.SARIF)));
        }
    }
}
