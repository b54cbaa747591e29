package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.OutputPathException;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.ValidationRequest;
import io.github.ecamaven.eca.validate.ValidationResult;
import io.github.ecamaven.eca.validate.report.Tool;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
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
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true,
        requiresProject = false)
public class ValidateMojo extends AbstractEcaMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_SKIP, defaultValue = "false")
    private String skipValidate;

    /**
     * Rule profile: {@code default}, {@code nango} (Nango's callback, scopes and secrets) or {@code isv} (the
     * partner security controls for every app).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_PROFILE, defaultValue = "default")
    private String profile;

    /**
     * Lowest severity of a new finding that fails the build: {@code error}, {@code warning} or {@code info}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_FAIL_ON_SEVERITY, defaultValue = "error")
    private String failOnSeverity;

    /**
     * Per-rule settings merged over the profile: {@code ID=off|error|warning|info}, comma-separated, e.g.
     * {@code ECA-SCOPE-003=off,ECA-OAUTH-006=error}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_RULES, defaultValue = "")
    private String rules;

    /**
     * More package.xml files to check (comma-separated, relative to the project root); {@code package.xml} and
     * {@code manifest/*.xml} are always checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_MANIFESTS, defaultValue = "")
    private String manifests;

    /**
     * Baseline file: findings recorded in it do not fail the build. Relative to the project root.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_BASELINE, defaultValue = "eca-validate-baseline.txt")
    private String baseline;

    /**
     * Records the current findings in the baseline file instead of failing.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_WRITE_BASELINE, defaultValue = "false")
    private String writeBaseline;

    /**
     * Directory of the SARIF, Checkstyle and JUnit reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = "${project.build.directory}/eca")
    private java.io.File reportDirectory;

    /**
     * The page each rule of the SARIF report links to (its {@code helpUri}, with {@code #RULE-ID} appended): by
     * default the rule catalogue of this plugin's site, which shows a failing and a fixed example per rule. Set it
     * to a mirror of the site when code scanning users cannot reach the public one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDATE_RULES_PAGE, defaultValue = Tool.RULES_PAGE)
    private String rulesPage;

    /**
     * {@code Managed} or {@code Unlocked}, as eca:package-create: a Packaged app without namespace is an error in a
     * Managed package only. Empty means unknown (ECA-PROJ-008 warns).
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.PACKAGE_TYPE, defaultValue = "")
    private String packageType;

    @Override
    protected String goalName() {
        return "validate";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipValidate", skipValidate, PropertyNames.VALIDATE_SKIP);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        boolean recordBaseline = flag(writeBaseline, PropertyNames.VALIDATE_WRITE_BASELINE);
        Path reports = resolved(reportDirectory) != null ? reportDirectory.toPath()
                : buildDirectory().toPath().resolve("eca");
        ValidationResult result;
        try {
            result = EcaValidator.validate(new ValidationRequest(projectDirectory.toPath(), Profile.named(profile),
                    Severity.parse(failOnSeverity), ValidationRequest.parseRuleSettings(rules),
                    ValidationRequest.parsePaths(manifests), projectDirectory.toPath().resolve(baseline),
                    recordBaseline, reports).withRulesPage(rulesPage)
                    .withWriteRoots(java.util.List.of(buildDirectory().toPath())).withPackageType(packageType),
                    ecaLog());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("eca:validate configuration: " + e.getMessage(), e);
        } catch (OutputPathException e) { // a report or baseline path outside the project: the user's setting
            throw new MojoFailureException("eca:validate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("eca:validate could not read the project or write its reports: " + e, e);
        }
        if (result.failed()) {
            throw new MojoFailureException("eca:validate found " + result.failing().size() + " new finding(s) at "
                    + result.failOnSeverity().name().toLowerCase() + " or above (see the lines above and "
                    + reports.resolve(EcaValidator.SARIF) + ")");
        }
    }
}
