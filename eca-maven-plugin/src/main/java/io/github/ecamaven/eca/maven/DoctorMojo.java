package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.doctor.Doctor;
import io.github.ecamaven.eca.doctor.DoctorRequest;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.project.ProjectPaths;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Why does the connection not work? Checks the project's files, the org whose users connect (and the source org) and
 * the Nango integration against each other, read-only: each check answers ✓, ✗ or ? with a fix and its FAQ entry.
 * With {@code -Deca.doctor.error="…"} the error the user saw is parsed and the checks of its known causes come
 * first. Writes {@code doctor.md} and {@code doctor.json}; never changes the org, Nango or the project, and never
 * prints a secret or a consumer key.
 *
 * @since 0.2.0
 */
@Mojo(name = "doctor", configurator = EcaConfigurator.HINT, threadSafe = true)
public class DoctorMojo extends AbstractNangoMojo {

    /**
     * API name of the app to examine. Empty means the app of {@code <apps>} when the plugin configuration declares
     * exactly one.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.APP_NAMES)
    private List<String> appNames;

    /**
     * The app's source org as an sf alias or username, to compare Nango's client id with its consumer key when the
     * target org is linked to it. Empty: that comparison answers "?" for a linked org.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DOCTOR_SOURCE_ORG, defaultValue = "")
    private String sourceOrg;

    /**
     * The error the user saw: its text, the JSON body, or the redirect URL with {@code error=…}. Empty: no error is
     * explained, every check runs in its usual order.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DOCTOR_ERROR, defaultValue = "")
    private String error;

    /**
     * {@code error}: the build fails when a check fails; {@code never}: doctor only reports.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DOCTOR_FAIL_ON, defaultValue = "error")
    private String failOn;

    /**
     * Where doctor.md and doctor.json go.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = ProjectPaths.BUILD_FOLDER_PARAMETER)
    private File reportDirectory;

    /**
     * Skips this goal.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DOCTOR_SKIP, defaultValue = "false")
    private String skipDoctor;

    @Override
    protected String goalName() {
        return "doctor";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipDoctor", skipDoctor, PropertyNames.DOCTOR_SKIP);
    }

    @Override
    protected void run() throws Exception {
        List<String> names = list(appNames, PropertyNames.APP_NAMES);
        if (names.size() > 1) {
            throw new ConfigurationException(PropertyNames.describe(PropertyNames.APP_NAMES) + " names " + names.size()
                    + " apps (" + String.join(", ", names) + "), but eca:doctor examines one app; name one of them");
        }
        String fail = blankToNull(failOn) == null ? "error" : failOn.strip();
        if (!fail.equals("error") && !fail.equals("never")) {
            throw new ConfigurationException(PropertyNames.describe(PropertyNames.DOCTOR_FAIL_ON) + " is '" + fail
                    + "'; write error or never");
        }
        List<String> configured = apps == null ? List.of() : apps.stream().map(EcaApp::getName)
                .filter(n -> n != null && !n.isBlank()).toList();
        String integration = blankToNull(nangoIntegration);
        File reports = resolved(reportDirectory) != null ? reportDirectory
                : new File(buildDirectory(), ProjectPaths.BUILD_FOLDER);
        new Doctor(sfCli(), ecaLog()).diagnose(new DoctorRequest(projectDirectory.toPath().toAbsolutePath(),
                buildDirectory().toPath().toAbsolutePath(), names.isEmpty() ? null : names.get(0), configured,
                blankToNull(targetOrg), blankToNull(sourceOrg), blankToNull(sourceOrgId), integration,
                blankToNull(nangoUrl), blankToNull(nangoCallbackUrl), integration == null ? null : nangoKey(),
                nangoKeySource(), blankToNull(error), fail.equals("error"), reports.toPath().toAbsolutePath()));
    }
}
