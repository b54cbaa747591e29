package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.NangoClient;
import io.github.ecamaven.eca.credentials.OrgSessionRest;
import io.github.ecamaven.eca.credentials.ProjectApp;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.WriteTargets;
import io.github.ecamaven.eca.sf.SfCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * eca:doctor's core: reads the project, the org (and the source org when named) and the Nango integration, runs the
 * checks, writes doctor.md and doctor.json, and fails when a check failed and the request says so. It sends the
 * org and Nango GET requests only, retrieves into a temporary folder of the build directory (removed afterwards) and
 * writes nothing else.
 */
public final class Doctor {

    private final SfCli sf;
    private final EcaLog log;
    private final Clock clock;

    public Doctor(SfCli sf, EcaLog log) {
        this(sf, log, Clock.systemUTC());
    }

    Doctor(SfCli sf, EcaLog log, Clock clock) {
        this.sf = sf;
        this.log = log;
        this.clock = clock;
    }

    /** Runs doctor against the real org(s) and Nango. */
    public DoctorReport diagnose(DoctorRequest r) throws Exception {
        String apiVersion = SfdxProject.exists(r.projectDir()) ? SfdxProject.read(r.projectDir()).sourceApiVersion()
                : null;
        OrgView target = new SfOrgView(sf, r.targetOrg(), new OrgSessionRest(sf, r.targetOrg(), log), apiVersion,
                r.projectDir());
        OrgView source = r.sourceOrg() == null ? null : new SfOrgView(sf, r.sourceOrg(),
                new OrgSessionRest(sf, r.sourceOrg(), log), apiVersion, r.projectDir());
        NangoView nango = r.nangoIntegration() == null || r.nangoKey() == null ? null
                : NangoView.of(new NangoClient(r.nangoUrl(), r.nangoKey(), r.nangoKeySource()));
        return examine(r, target, source, nango);
    }

    /** Runs doctor against the given views of the org(s) and Nango ({@code source} and {@code nango} may be null). */
    DoctorReport examine(DoctorRequest r, OrgView target, OrgView source, NangoView nango) throws Exception {
        String app = ProjectApp.choose(r.appName(), r.configuredApps(), PropertyNames.APP_NAMES);
        ProjectFiles project = ProjectFiles.read(r.projectDir(), app);
        WriteTargets.of(r.projectDir(), r.buildDir()).check(PropertyNames.REPORT_DIRECTORY, r.reportDir());
        WriteScope scope = WriteScope.of(r.projectDir(), r.buildDir());
        OAuthErrors.ReportedError error = r.error() == null ? null : OAuthErrors.parse(r.error());
        Path scratch = ProjectPaths.buildFolder(r.buildDir());
        Files.createDirectories(scratch);
        Path retrieveFolder = Files.createTempDirectory(scratch, "doctor-org-");
        DoctorReport report;
        try {
            Checks checks = new Checks(r, app, project, target, source, nango, retrieveFolder, clock);
            Map<DoctorCheck, CheckResult> results = checks.run();
            String org;
            try {
                org = target.identity().describe();
            } catch (Exception e) {
                org = r.targetOrg() == null ? "sf's default org" : r.targetOrg();
            }
            report = new DoctorReport(app, org, results, error);
        } finally {
            FileTrees.deleteRecursively(retrieveFolder);
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(r.reportDir().resolve(DoctorReport.MARKDOWN), report.toMarkdown().getBytes(StandardCharsets.UTF_8));
        files.put(r.reportDir().resolve(DoctorReport.JSON), report.toJson().getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(r.reportDir());
        AtomicFiles.writeAll(files, scope);
        for (String line : report.consoleLines()) {
            if (line.startsWith(CheckStatus.FAILED.mark())) {
                log.warn(line);
            } else {
                log.info(line);
            }
        }
        log.info("Wrote " + r.reportDir().resolve(DoctorReport.MARKDOWN) + " and " + DoctorReport.JSON);
        if (r.failOnError() && !report.failed().isEmpty()) {
            throw new DoctorException(report.failed().size() + " check(s) failed: " + report.failed().stream()
                    .map(c -> c.check().id()).collect(Collectors.joining(", ")) + "; each fix is above and in "
                    + r.reportDir().resolve(DoctorReport.MARKDOWN) + " (set -D" + PropertyNames.DOCTOR_FAIL_ON
                    + "=never to report without failing)");
        }
        return report;
    }
}
