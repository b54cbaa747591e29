package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.IssueParser;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.parser.CheckStyleParser;
import edu.hm.hafner.analysis.parser.violations.JUnitAdapter;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The reports read by the tools that really consume them: Microsoft's SARIF Multitool (the validator behind GitHub
 * and Azure DevOps code scanning rules) and Jenkins Warnings NG's parsers (analysis-model). The projects sit in a
 * subfolder of a repository, so every path must carry the subfolder. Each consumer runs once for all reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("external-tool") // runs Microsoft's SARIF Multitool: part of the full test command, not of the fast loop
@Execution(ExecutionMode.CONCURRENT) // self-contained (its own folder under target/): runs beside the other classes
class ReportConsumersTest {

    /**
     * The repository root (has .git) and the sfdx projects inside it; under target/ so that the reports and the
     * Multitool's verdict can be inspected after a failure.
     */
    private final Path repo = Path.of("target/report-consumers").toAbsolutePath();

    /** An Azure Pipelines agent's predefined variables (what the agent sets for a YAML pipeline job). */
    static final Map<String, String> AZURE_PIPELINES = Map.of("TF_BUILD", "True",
            "SYSTEM_COLLECTIONURI", "https://dev.azure.com/example-org/",
            "SYSTEM_TEAMPROJECTID", "6f1c3a4e-2b7d-4c39-9a3e-0d5b8f7e1a22", "SYSTEM_DEFINITIONID", "42",
            "BUILD_DEFINITIONNAME", "salesforce-metadata", "SYSTEM_PHASEID", "3a1b5c7d-9e2f-4a6b-8c0d-1e2f3a4b5c6d",
            "SYSTEM_PHASENAME", "validate", "BUILD_SOURCEBRANCH", "refs/heads/main", "BUILD_BUILDID", "1234");

    private Run broken;
    private Run clean;
    private Run baselined;
    private final List<Path> azureSarif = new ArrayList<>();

    /** One validation: its result and report directory. */
    private record Run(String prefix, ValidationResult result, Path reports) {
        Path sarif() {
            return reports.resolve(EcaValidator.SARIF);
        }
    }

    /**
     * Five errors and two warnings: a JSON comment, an http callback, a scope that does not exist, a misspelt
     * element, an unknown enum value; the Full scope and PKCE off.
     */
    static TestProject brokenProject() {
        return TestProject.clean()
                .edit(JSON, "\"default\": true", "\"default\": true // main source")
                .edit(GLOBAL, "https://api.nango", "http://api.nango")
                .edit(OAUTH, ">Api, RefreshToken<", ">Api, Full, bogus, RefreshToken<")
                .edit(ECA, "<isProtected>", "<isProtectd>").edit(ECA, "</isProtected>", "</isProtectd>")
                .edit(OAUTH_PLCY, ">Enforce<", ">Enforced<")
                .edit(GLOBAL, "<isPkceRequired>true", "<isPkceRequired>false");
    }

    @BeforeAll
    void validate() throws IOException {
        FileTrees.deleteRecursively(repo);
        Files.createDirectories(repo.resolve(".git"));
        broken = run("salesforce/broken/", brokenProject(), null);
        clean = run("salesforce/clean/", TestProject.clean(), null);
        // the same broken project, with three of its findings accepted in a baseline
        Path dir = brokenProject().write(repo.resolve("salesforce/adopted"));
        List<Finding> accepted = EcaValidator.validate(dir).findings().stream()
                .filter(f -> List.of("ECA-PROJ-001", "ECA-XML-003", "ECA-SCOPE-003").contains(f.ruleId())).toList();
        assertThat(accepted).hasSize(3);
        Baseline.write(dir.resolve("eca-validate-baseline.txt"), accepted);
        baselined = run("salesforce/adopted/", null, dir.resolve("eca-validate-baseline.txt"));
    }

    private Run run(String prefix, TestProject project, Path baseline) throws IOException {
        Path dir = repo.resolve(prefix);
        if (project != null) {
            project.write(dir);
        }
        Path reports = dir.resolve("target/eca");
        ValidationRequest request = ValidationRequest.of(dir).withBaseline(baseline, false).withEnvironment(Map.of());
        ValidationResult r = EcaValidator.validate(request.withReportDir(reports), EcaLog.NONE);
        // the same project built in Azure Pipelines
        Path azure = dir.resolve("target/eca-azure");
        EcaValidator.validate(request.withReportDir(azure).withEnvironment(AZURE_PIPELINES), EcaLog.NONE);
        azureSarif.add(azure.resolve(EcaValidator.SARIF));
        return new Run(prefix, r, reports);
    }

    @Test
    void theBrokenProjectHasFiveErrorsAndTwoWarnings() {
        assertThat(broken.result().count(Severity.ERROR)).as(broken.result().findings().toString()).isEqualTo(5);
        assertThat(broken.result().count(Severity.WARNING)).isEqualTo(2);
        assertThat(clean.result().findings()).isEmpty();
        assertThat(baselined.result().failing()).hasSize(3);
    }

    // ---- Microsoft SARIF Multitool -------------------------------------------------------------------------------

    @Test
    void sarifMultitoolFindsNoErrorAndNoWarningWithTheSarifGitHubAndAzureDevOpsRules() throws Exception {
        Path tool = installSarifMultitool();
        if (!Files.isExecutable(tool)) {
            if (!onPath("npm")) {
                abort("SKIPPED: npm is not on PATH, so the SARIF Multitool (src/test/sarif-multitool) is not installed;"
                        + " the SARIF reports were not checked by it");
            }
            throw new AssertionError("the SARIF Multitool is missing at " + tool
                    + " after src/test/sarif-multitool/install.sh ran");
        }
        // GitHub (and any other CI): the SARIF and GitHub rules. Azure DevOps accepts only runs that describe their
        // pipeline, so the Azure rules check the reports written under an agent's variables, with the others too.
        List<Path> plain = List.of(broken.sarif(), clean.sarif(), baselined.sarif());
        Process gh = multitool(tool, "Sarif;Gh", plain, "github");
        Process ado = multitool(tool, "Sarif;Gh;Ado", azureSarif, "azure");
        List<String> problems = new ArrayList<>();
        problems.addAll(verdict(gh, "github", plain));
        problems.addAll(verdict(ado, "azure", azureSarif));
        assertThat(problems).as("SARIF Multitool errors and warnings").isEmpty();
    }

    /**
     * Installs the pinned Multitool with {@code src/test/sarif-multitool/install.sh} into its cache (npm runs only
     * when the tool is absent or its lock file changed) and returns its launcher. The test installs it itself, so a
     * build that does not run this test (-DskipTests, the fast loop without {@code external-tool}) runs no npm.
     */
    private static Path installSarifMultitool() throws IOException, InterruptedException {
        Path cache = Path.of(System.getProperty("eca.test.sarifMultitoolCache",
                System.getProperty("user.home") + "/.cache/eca-maven-plugin/sarif-multitool-5.7.0"));
        Path log = Path.of("target/report-consumers-install.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process install = new ProcessBuilder("bash", "src/test/sarif-multitool/install.sh", cache.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!install.waitFor(10, TimeUnit.MINUTES)) {
            install.destroyForcibly();
            throw new AssertionError("installing the SARIF Multitool took over 10 minutes; see " + log);
        }
        if (install.exitValue() != 0) {
            throw new AssertionError("installing the SARIF Multitool failed (exit " + install.exitValue() + "): "
                    + Files.readString(log));
        }
        return cache.resolve("node_modules/.bin/sarif-multitool");
    }

    /** Starts one Multitool process for all {@code files}: the tool starts slowly. */
    private Process multitool(Path tool, String ruleKinds, List<Path> files, String name) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--rule-kind", ruleKinds, "--output",
                repo.resolve(name + ".sarif").toString()));
        files.forEach(f -> args.add(f.toString()));
        // the npm launcher hands its arguments to a shell: quote them (the rule kinds contain ';')
        List<String> cmd = new ArrayList<>(List.of(tool.toString()));
        args.forEach(a -> cmd.add("'" + a.replace("'", "'\\''") + "'"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(repo.resolve(name + ".log").toFile());
        // the Multitool looks up the hosts of the report's URIs; where DNS does not answer (CI without network) the
        // resolver's default 5-second timeout made up half of its run: one second, one attempt
        pb.environment().put("RES_OPTIONS", "timeout:1 attempts:1");
        return pb.start();
    }

    /** The Multitool's errors and warnings (none expected); fails when it did not check every file. */
    private List<String> verdict(Process p, String name, List<Path> files) throws Exception {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the Multitool finishes").isTrue();
        String log = Files.readString(repo.resolve(name + ".log"));
        Path out = repo.resolve(name + ".sarif");
        assertThat(out).as("Multitool output; its log:\n%s", log).isRegularFile();
        assertThat(log).as("Multitool log").contains("Done. " + files.size() + " files scanned.");
        JsonNode run = new ObjectMapper().readTree(out.toFile()).path("runs").get(0);
        List<String> problems = new ArrayList<>();
        for (JsonNode res : run.path("results")) {
            String level = res.path("level").asText("warning");
            if (level.equals("error") || level.equals("warning")) {
                problems.add(name + ": " + level + " " + res.path("ruleId").asText() + ": " + res.path("message"));
            }
        }
        for (JsonNode n : run.path("invocations").path(0).path("toolExecutionNotifications")) {
            if (!n.path("level").asText("warning").equals("note")) {
                problems.add(name + ": tool notification " + n.path("message"));
            }
        }
        return problems;
    }

    // ---- Jenkins Warnings NG (analysis-model) --------------------------------------------------------------------

    @Test
    void warningsNgReadsEveryFindingFromSarif() {
        for (Run r : List.of(broken, baselined)) {
            Report report = parse(new SarifAdapter(), r.sarif());
            assertThat(report.getErrorMessages()).as("parser errors").isEmpty();
            // a result with a suppression (accepted by the baseline) is not an issue for Warnings NG
            assertSameFindings(r, report, r.result().newFindings(), ReportConsumersTest::violationsLib);
        }
        assertThat(parse(new SarifAdapter(), clean.sarif()).size()).isZero();
    }

    @Test
    void warningsNgReadsEveryFindingFromCheckstyle() {
        for (Run r : List.of(broken, baselined)) {
            Report report = parse(new CheckStyleParser(), r.reports().resolve(EcaValidator.CHECKSTYLE));
            assertThat(report.getErrorMessages()).isEmpty();
            assertSameFindings(r, report, r.result().findings(), ReportConsumersTest::checkstyle);
        }
    }

    @Test
    void warningsNgReadsTheFailingFindingsFromJUnit() {
        for (Run r : List.of(broken, baselined)) {
            Report report = parse(new JUnitAdapter(), r.reports().resolve(EcaValidator.JUNIT));
            assertThat(report.getErrorMessages()).isEmpty();
            // JUnit knows failed and passed only: the parser reads the failures, which are the findings that fail
            // the build; warnings and baselined findings are skipped test cases, not failures
            assertSameFindings(r, report, r.result().failing(), s -> "HIGH");
            // the parser keeps no rule id field for JUnit; the rule id is in the message it shows
            for (Issue i : report) {
                assertThat(i.getMessage()).containsPattern("\\[ECA-[A-Z]+-\\d+\\]");
            }
        }
    }

    private static Report parse(IssueParser parser, Path file) {
        return parser.parse(new FileReaderFactory(file, StandardCharsets.UTF_8));
    }

    /**
     * Every expected finding read once, with the exact repository-relative path, line, severity (as the parser names
     * it) and rule id. A path the parser made absolute (SARIF: SRCROOT resolved) must be that file in the repository.
     */
    private void assertSameFindings(Run run, Report report, List<Finding> expected,
            Function<Severity, String> severity) {
        List<String> read = new ArrayList<>();
        for (Issue i : report) {
            String file = i.getFileName();
            if (Path.of(file).isAbsolute()) {
                assertThat(Path.of(file)).as("absolute path of %s", i).startsWith(repo).isRegularFile();
                file = repo.relativize(Path.of(file)).toString().replace('\\', '/');
            }
            // JUnit has no rule field: the rule id is taken from the message ("ERROR [ECA-CB-001] ...")
            String type = i.getType().equals("-") ? ruleIdIn(i.getMessage()) : i.getType();
            read.add(file + ":" + i.getLineStart() + " " + i.getSeverity().getName() + " " + type);
        }
        List<String> written = new ArrayList<>();
        for (Finding f : expected) {
            written.add(run.prefix() + f.path() + ":" + f.line() + " " + severity.apply(f.severity()) + " "
                    + f.ruleId());
        }
        assertThat(read).as("findings as Warnings NG reads them").containsExactlyInAnyOrderElementsOf(written);
    }

    private static String ruleIdIn(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(ECA-[A-Z]+-\\d+)]").matcher(message);
        return m.find() ? m.group(1) : "-";
    }

    /** How Warnings NG names the severities of a Checkstyle report (edu.hm.hafner.analysis.Severity). */
    private static String checkstyle(Severity s) {
        return switch (s) {
            case ERROR -> "ERROR";
            case WARNING -> "NORMAL";
            case INFO -> "LOW";
        };
    }

    /** The SARIF reader goes through violations-lib, which maps error to HIGH. */
    private static String violationsLib(Severity s) {
        return switch (s) {
            case ERROR -> "HIGH";
            case WARNING -> "NORMAL";
            case INFO -> "LOW";
        };
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        Predicate<String> has = d -> Files.isExecutable(Path.of(d, command));
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream().anyMatch(has);
    }
}
