package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.log.EcaLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportsTest {

    private static ValidationResult run(Path dir) throws IOException {
        TestProject p = TestProject.clean().edit(OAUTH, ">Api,", ">api, Full,").edit(GLOBAL, "https://api",
                "http://api");
        return EcaValidator.validate(ValidationRequest.of(p.write(dir)).withReportDir(dir.resolve("target/eca")),
                EcaLog.NONE);
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
    void checkstyleAndJUnitAreWellFormedXml(@TempDir Path dir) throws Exception {
        ValidationResult r = run(dir);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document cs = f.newDocumentBuilder().parse(dir.resolve("target/eca/eca-validate-checkstyle.xml").toFile());
        assertThat(cs.getElementsByTagName("error").getLength()).isEqualTo(r.findings().size());
        assertThat(cs.getElementsByTagName("file").getLength()).isEqualTo(7);
        Document ju = f.newDocumentBuilder().parse(dir.resolve("target/eca/TEST-eca-validate.xml").toFile());
        int tests = Integer.parseInt(ju.getDocumentElement().getAttribute("tests"));
        assertThat(tests).isEqualTo(RuleCatalogue.rules().size() * 7);
        assertThat(ju.getElementsByTagName("failure").getLength()).isEqualTo(2); // CB-001 and SCOPE-001 errors
        assertThat(ju.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    }

    @Test
    void catalogueMarkdownListsEveryRule(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site/rules.md");
        RuleCatalogue.main(new String[] {out.toString()});
        String md = Files.readString(out);
        for (Rule r : RuleCatalogue.rules()) {
            assertThat(md).contains("### " + r.id() + "\n", r.title(), "](#" + r.id() + ")");
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
