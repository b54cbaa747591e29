package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.validate.report.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportsTest {

    private static ValidationResult run(Path dir) throws IOException {
        TestProject p = TestProject.clean().edit(OAUTH, ">Api,", ">api, Full,").edit(GLOBAL, "https://api",
                "http://api");
        return EcaValidator.validate(ValidationRequest.of(p.write(dir)).withReportDir(dir.resolve("target/eca"))
                .withEnvironment(java.util.Map.of()), EcaLog.NONE);
    }

    @Test
    void sarifHasTheStructureGitHubNeeds(@TempDir Path dir) throws IOException {
        ValidationResult r = run(dir);
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("target/eca/eca-validate.sarif").toFile());
        SarifCheck.assertValid(sarif);
        assertThat(sarif.path("runs")).hasSize(1);
        JsonNode rules = sarif.path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(rules).hasSize(RuleCatalogue.rules().size());
        JsonNode results = sarif.path("runs").get(0).path("results");
        assertThat(results).hasSize(r.findings().size());
        JsonNode first = results.get(0);
        assertThat(first.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                .asText()).isEqualTo(GLOBAL);
        assertThat(first.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(3);
        // stable across runs
        ValidationResult again = run(dir.resolve("second"));
        JsonNode sarif2 = new ObjectMapper().readTree(dir.resolve("second/target/eca/eca-validate.sarif").toFile());
        assertThat(sarif2.path("runs").get(0).path("results").get(0).path("partialFingerprints"))
                .isEqualTo(first.path("partialFingerprints"));
        assertThat(again.findings()).hasSameSizeAs(r.findings());
    }

    @Test
    void onlySecurityRulesAreSecurityAlertsAndEveryRuleLinksToItsCataloguePage(@TempDir Path dir) throws IOException {
        run(dir);
        JsonNode driver = new ObjectMapper().readTree(dir.resolve("target/eca/eca-validate.sarif").toFile())
                .path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("version").asText()).isNotBlank().isEqualTo(driver.path("semanticVersion").asText());
        assertThat(driver.path("fullName").asText()).startsWith("eca-maven-plugin ");
        for (JsonNode rule : driver.path("rules")) {
            Rule r = RuleCatalogue.rule(rule.path("id").asText());
            assertThat(rule.path("helpUri").asText()).isEqualTo(Tool.RULES_PAGE + "#" + r.id());
            boolean security = r.kind() == RuleKind.SECURITY;
            assertThat(rule.path("properties").path("tags").get(0).asText()).isEqualTo(r.kind().tag());
            assertThat(rule.path("properties").has("security-severity")).as(r.id()).isEqualTo(security);
        }
        // a JSON comment is a bug, not a vulnerability; a committed consumer secret is one
        assertThat(RuleCatalogue.rule("ECA-PROJ-001").kind()).isEqualTo(RuleKind.CORRECTNESS);
        assertThat(RuleCatalogue.rule("ECA-XML-003").kind()).isEqualTo(RuleKind.CORRECTNESS);
        assertThat(RuleCatalogue.rule("ECA-SEC-001").kind()).isEqualTo(RuleKind.SECURITY);
        assertThat(RuleCatalogue.rule("ECA-CB-001").kind()).isEqualTo(RuleKind.SECURITY);
        assertThat(RuleCatalogue.rules()).extracting(Rule::kind).contains(RuleKind.MAINTAINABILITY);
    }

    @Test
    void theDefaultRulesPageIsTheCatalogueOnThePluginSite() {
        // the site URL comes from the POM's distributionManagement; the default must point into that site
        assertThat(Tool.RULES_PAGE).isEqualTo(Tool.siteUrl() + "rules.html");
    }

    @Test
    void urisAreRelativeToTheRepositoryRootWhenTheProjectSitsInASubfolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path project = TestProject.clean().edit(GLOBAL, "https://api", "http://api").write(dir.resolve("sf/app"));
        EcaValidator.validate(ValidationRequest.of(project).withReportDir(project.resolve("target/eca"))
                .withEnvironment(java.util.Map.of()), EcaLog.NONE);
        JsonNode run = new ObjectMapper().readTree(project.resolve("target/eca/eca-validate.sarif").toFile())
                .path("runs").get(0);
        assertThat(run.path("originalUriBaseIds").path("SRCROOT").path("uri").asText())
                .isEqualTo(dir.toUri().toString());
        assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("eca-validate/sf/app/");
        JsonNode loc = run.path("results").get(0).path("locations").get(0).path("physicalLocation");
        assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("SRCROOT");
        String uri = loc.path("artifactLocation").path("uri").asText();
        assertThat(uri).isEqualTo("sf/app/" + GLOBAL);
        assertThat(dir.resolve(uri)).isRegularFile();
        assertThat(Files.readString(project.resolve("target/eca/eca-validate-checkstyle.xml")))
                .contains("<file name=\"sf/app/" + GLOBAL + "\">");
    }

    @Test
    void inAzurePipelinesTheRunDescribesThePipeline(@TempDir Path dir) throws IOException {
        Path project = TestProject.clean().write(dir);
        EcaValidator.validate(ValidationRequest.of(project).withReportDir(project.resolve("target/eca"))
                .withEnvironment(ReportConsumersTest.AZURE_PIPELINES), EcaLog.NONE);
        JsonNode details = new ObjectMapper().readTree(project.resolve("target/eca/eca-validate.sarif").toFile())
                .path("runs").get(0).path("automationDetails");
        assertThat(details.path("id").asText()).isEqualTo("azuredevops/pipeline/build/example-org/"
                + "6f1c3a4e-2b7d-4c39-9a3e-0d5b8f7e1a22/42/3a1b5c7d-9e2f-4a6b-8c0d-1e2f3a4b5c6d/refs/heads/main/1234");
        assertThat(details.path("properties").path("azuredevops/pipeline/build/buildDefinitionName").asText())
                .isEqualTo("salesforce-metadata");
    }

    @Test
    void baselinedFindingsAreUnchangedAndSuppressedNewOnesNew(@TempDir Path dir) throws IOException {
        Path project = TestProject.clean().edit(OAUTH, ">Api,", ">api, Full,").edit(GLOBAL, "https://api",
                "http://api").write(dir);
        Path baseline = project.resolve("eca-validate-baseline.txt");
        List<Finding> all = EcaValidator.validate(project).findings();
        Baseline.write(baseline, all.stream().filter(f -> f.ruleId().equals("ECA-CB-001")).toList());
        ValidationResult r = EcaValidator.validate(ValidationRequest.of(project).withBaseline(baseline, false)
                .withReportDir(project.resolve("target/eca")), EcaLog.NONE);
        assertThat(r.failed()).isTrue();
        for (JsonNode res : new ObjectMapper().readTree(project.resolve("target/eca/eca-validate.sarif").toFile())
                .path("runs").get(0).path("results")) {
            boolean accepted = res.path("ruleId").asText().equals("ECA-CB-001");
            assertThat(res.path("baselineState").asText()).isEqualTo(accepted ? "unchanged" : "new");
            assertThat(res.has("suppressions")).isEqualTo(accepted);
            if (accepted) {
                assertThat(res.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
            }
        }
        String junit = Files.readString(project.resolve("target/eca/TEST-eca-validate.xml"));
        assertThat(junit).contains("failures=\"1\"", "accepted by the baseline eca-validate-baseline.txt");
    }

    @Test
    void checkstyleAndJUnitAreWellFormedXml(@TempDir Path dir) throws Exception {
        ValidationResult r = run(dir);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document cs = f.newDocumentBuilder().parse(dir.resolve("target/eca/eca-validate-checkstyle.xml").toFile());
        assertThat(cs.getElementsByTagName("error").getLength()).isEqualTo(r.findings().size());
        assertThat(cs.getElementsByTagName("file").getLength()).isEqualTo(7);
        Document ju = f.newDocumentBuilder().parse(dir.resolve("target/eca/TEST-eca-validate.xml").toFile());
        int tests = Integer.parseInt(ju.getDocumentElement().getAttribute("tests"));
        // one case per finding (3) and one per rule without findings
        assertThat(tests).isEqualTo(RuleCatalogue.rules().size() - 3 + 3);
        assertThat(ju.getElementsByTagName("testcase").getLength()).isEqualTo(tests);
        assertThat(ju.getElementsByTagName("failure").getLength()).isEqualTo(2); // CB-001 and SCOPE-001 errors
        assertThat(ju.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        // the Full scope warning is below the threshold: listed, not failed
        assertThat(ju.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(ju.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(((org.w3c.dom.Element) ju.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .startsWith("WARNING (below failOnSeverity error): ");
    }

    @Test
    void catalogueMarkdownListsEveryRule(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site/rules.md");
        RuleCatalogue.main(new String[] {out.toString()});
        String md = Files.readString(out);
        for (Rule r : RuleCatalogue.rules()) {
            assertThat(md).contains("### " + r.id() + "\n", r.title(), "](#" + r.id() + ")",
                    ". Kind: " + r.kind().tag() + ". Source: ");
            RuleExample ex = r.example();
            assertThat(md).contains("Fails: `" + ex.failingFile() + "`", "Fixed: `" + ex.fixedFile() + "`");
            for (String text : new String[] {ex.failing(), ex.fixed()}) {
                if (RuleExample.linkTarget(text) != null) {
                    assertThat(md).contains("is a symbolic link to `" + RuleExample.linkTarget(text) + "`.\n");
                } else if (text != null) {
                    assertThat(md).contains("```" + RuleExample.language(ex.fixedFile()) + "\n" + text + "```\n");
                }
            }
            assertThat(r.source()).isNotBlank();
            assertThat(r.rationale()).isNotBlank();
        }
        assertThat(RuleCatalogue.rules()).extracting(Rule::id).doesNotHaveDuplicates();
    }
}
