package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.text.DidYouMean;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.OutputPathException;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.project.WriteTargets;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ProjectFile;
import io.github.ecamaven.eca.project.ProjectScanner;
import io.github.ecamaven.eca.validate.report.CheckstyleReport;
import io.github.ecamaven.eca.validate.report.JUnitReport;
import io.github.ecamaven.eca.validate.report.ReportInput;
import io.github.ecamaven.eca.validate.report.SarifReport;
import io.github.ecamaven.eca.validate.report.SourceRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validator: scans an sfdx project, runs every enabled rule, applies the baseline, logs one line per finding
 * and a summary, and writes the reports. Maven-free; {@code eca:validate} and other tools call {@link #validate}.
 */
public final class EcaValidator {

    /** Report file names inside the report directory. */
    public static final String SARIF = "eca-validate.sarif";
    public static final String CHECKSTYLE = "eca-validate-checkstyle.xml";
    public static final String JUNIT = "TEST-eca-validate.xml";

    private EcaValidator() {}

    /** Validates {@code projectDir} with the default profile and no reports; nothing is logged. */
    public static ValidationResult validate(Path projectDir) throws IOException {
        return validate(ValidationRequest.of(projectDir), EcaLog.NONE);
    }

    /**
     * Runs a validation.
     *
     * @throws ConfigurationException for an unknown rule id or severity in the rule settings, a project directory
     *     that does not exist, or a report directory that cannot be a folder
     * @throws OutputPathException when the report directory or the baseline is empty, the project root, in a package
     *     directory or outside the project, or the baseline to write is an existing file that is not a baseline
     * @throws BaselineException when the baseline is not UTF-8 text
     * @throws IOException when the project or the baseline cannot be read, or a report cannot be written
     */
    public static ValidationResult validate(ValidationRequest request, EcaLog log) throws IOException {
        long start = System.nanoTime();
        Map<Rule, Severity> enabled = effectiveRules(request);
        checkReportDir(request.reportDir());
        checkTargets(request);
        EcaProject project = ProjectScanner.scan(request.projectDir(), request.manifests());
        List<Finding> findings = run(enabled, project, request);
        List<Finding> fresh;
        if (request.writeBaseline() && request.baselineFile() != null) {
            AtomicFiles.writeAll(Map.of(request.baselineFile(), Baseline.content(findings)), writeScope(request));
            log.info("Wrote " + findings.size() + " finding(s) to the baseline " + request.baselineFile());
            fresh = List.of();
        } else {
            fresh = Baseline.newFindings(request.baselineFile(), findings);
        }
        ValidationResult result = new ValidationResult(findings, fresh, request.failOnSeverity(),
                project.allFiles().size());
        for (Finding f : FindingCap.cap(fresh, request.maxFindingsPerRule())) {
            switch (f.severity()) {
                case ERROR -> log.error(f.toConsoleLine());
                case WARNING -> log.warn(f.toConsoleLine());
                case INFO -> log.info(f.toConsoleLine());
            }
        }
        if (request.reportDir() != null) {
            writeReports(request, project, findings, fresh, new ArrayList<>(enabled.keySet()));
        }
        log.info(result.summary());
        long ms = (System.nanoTime() - start) / 1_000_000;
        log.debug(() -> "eca:validate read " + project.allFiles().size() + " file(s) and ran " + enabled.size()
                + " rule(s) in " + ms + " ms");
        return result;
    }

    /**
     * The report directory and the baseline, before any work: not empty, not the project root, not in a package
     * directory, inside the write scope when written, and a baseline is written only over a baseline.
     */
    private static void checkTargets(ValidationRequest request) throws IOException {
        WriteTargets targets = WriteTargets.of(request.projectDir(), request.writeRoots().toArray(Path[]::new));
        if (request.reportDir() != null) {
            targets.check(PropertyNames.REPORT_DIRECTORY, request.reportDir());
        }
        if (request.baselineFile() != null && request.writeBaseline()) {
            targets.checkFile(PropertyNames.VALIDATE_BASELINE, request.baselineFile(), Baseline.KIND, Baseline.MARK,
                    Baseline::isBaseline);
        } else if (request.baselineFile() != null) {
            targets.place(PropertyNames.VALIDATE_BASELINE, request.baselineFile());
        }
    }

    /** A report directory that is (or lies below) an existing file cannot be created: say so before any work. */
    static void checkReportDir(Path dir) {
        for (Path p = dir == null ? null : dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return;
            }
            if (Files.exists(p)) {
                throw new ConfigurationException("the report directory " + dir + " cannot be created: " + p
                        + " is an existing file, not a folder; set " + PropertyNames.REPORT_DIRECTORY
                        + " to a folder, or move"
                        + " the file");
            }
        }
    }

    private static void writeReports(ValidationRequest request, EcaProject project, List<Finding> findings,
            List<Finding> fresh, List<Rule> rules) throws IOException {
        Path baseline = request.baselineFile() != null
                && (request.writeBaseline() || Files.isRegularFile(request.baselineFile()))
                ? request.baselineFile() : null;
        Path root = SourceRoot.of(request.projectDir());
        FindingCap.Capped shown = FindingCap.cap(findings, fresh, request.maxFindingsPerRule());
        ReportInput in = new ReportInput(rules, project.allFiles().stream().map(ProjectFile::relativePath).toList(),
                shown.findings(), shown.fresh(), baseline, request.failOnSeverity(), root,
                SourceRoot.prefix(root, request.projectDir()), request.rulesPage(), request.environment());
        Map<Path, byte[]> reports = new LinkedHashMap<>();
        reports.put(request.reportDir().resolve(SARIF), SarifReport.content(in));
        reports.put(request.reportDir().resolve(CHECKSTYLE), CheckstyleReport.content(in));
        reports.put(request.reportDir().resolve(JUNIT), JUnitReport.content(in));
        AtomicFiles.writeAll(reports, writeScope(request)); // three reports that agree, or none
    }

    /** Reports and the baseline go only into the project or the request's write roots (the build directory). */
    private static WriteScope writeScope(ValidationRequest request) throws IOException {
        return WriteScope.of(request.projectDir(), request.writeRoots().toArray(Path[]::new));
    }

    /**
     * The findings of {@code request}'s rules and profile on the project as it would be after writing
     * {@code planned} (path relative to the project root to the new content); nothing is logged, no baseline or
     * report is read or written. eca:generate uses this to refuse what eca:validate would reject.
     *
     * @throws ConfigurationException for an unknown rule id or severity in the rule settings
     */
    public static List<Finding> findings(ValidationRequest request, Map<String, byte[]> planned) throws IOException {
        EcaProject project = ProjectScanner.scan(request.projectDir(), request.manifests(), planned);
        return run(effectiveRules(request), project, request);
    }

    private static List<Finding> run(Map<Rule, Severity> enabled, EcaProject project, ValidationRequest request) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Rule, Severity> e : enabled.entrySet()) {
            RuleContext ctx = new RuleContext(e.getKey(), e.getValue(), request.profile(), request.packageType(),
                    request.sourceOrgId(), request.nangoCallback());
            e.getKey().check(project, ctx);
            findings.addAll(ctx.findings());
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Enabled rules with the severity override to apply (null: the rule decides). */
    static Map<Rule, Severity> effectiveRules(ValidationRequest request) {
        Map<String, String> settings = new LinkedHashMap<>();
        request.profile().severities().forEach((id, s) -> settings.put(id, s.name()));
        settings.putAll(request.ruleSettings());
        for (String id : settings.keySet()) {
            if (RuleCatalogue.rule(id) == null) {
                String near = RuleCatalogue.closestId(id);
                throw new ConfigurationException(PropertyNames.describe(PropertyNames.VALIDATE_RULES) + ": unknown rule id '"
                        + id + "'" + (near != null ? DidYouMean.quoted(near)
                        : "; use an id of the rule catalogue (e.g. ECA-SCOPE-001)"));
            }
        }
        Map<Rule, Severity> out = new LinkedHashMap<>();
        for (Rule r : RuleCatalogue.rules()) {
            String s = settings.get(r.id());
            if (s == null) {
                out.put(r, null);
            } else if (!"off".equalsIgnoreCase(s.trim())) {
                out.put(r, Severity.parse(s, PropertyNames.describe(PropertyNames.VALIDATE_RULES) + " for " + r.id()));
            }
        }
        return out;
    }
}
