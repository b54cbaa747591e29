package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.registry.ParserRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI page of the site: its snippets point the real CI tools at the reports the validator writes, and its sample
 * output is the output of a real run.
 */
class UsageCiPageTest {

    private static final Path TEMPLATE = Path.of("src/site-templates/usage-ci.md.vm");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<String> blocks(String language) throws IOException {
        Matcher m = Pattern.compile("(?s)```" + language + "\n(.*?)```").matcher(Files.readString(TEMPLATE));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theSampleOutputComesFromARealRun(@TempDir Path dir) throws IOException {
        String page = UsageCiPage.render(Files.readString(TEMPLATE), dir.resolve("sample"));
        assertThat(UsageCiPage.MARKER.matcher(page).find()).as("every sample filled in").isFalse();
        List<Finding> findings = EcaValidator.validate(dir.resolve("sample")).findings();
        assertThat(findings).hasSize(7);
        for (Finding f : findings) {
            assertThat(page).contains("] " + f.toConsoleLine() + "\n");
        }
        assertThat(page).contains("[INFO] eca:validate: 5 error(s), 2 warning(s), 0 info(s) in 7 file(s)",
                "\"uriBaseId\" : \"SRCROOT\"", "\"automationDetails\"", "failures=\"5\"", "skipped=\"2\"",
                "<failure ", "<skipped ", "<error line=");
        assertThat(page).as("no path of the build machine").doesNotContain(dir.toString());
        // Velocity must not read the sample: it sits in unparsed-content markers
        assertThat(page).contains("#[[\n```json\n");
    }

    @Test
    void gitHubUploadsTheSarifReport() throws IOException {
        JsonNode workflow = YAML.readTree(blocks("yaml").stream().filter(b -> b.contains("upload-sarif"))
                .findFirst().orElseThrow());
        assertThat(workflow.path("permissions").path("security-events").asText()).isEqualTo("write");
        JsonNode upload = null;
        for (JsonNode step : workflow.path("jobs").path("validate").path("steps")) {
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                upload = step;
            }
        }
        assertThat(upload).as("the upload-sarif step").isNotNull();
        assertThat(upload.path("if").asText()).isEqualTo("always()");
        assertThat(upload.path("with").path("sarif_file").asText()).isEqualTo("target/eca/" + EcaValidator.SARIF);
    }

    @Test
    void gitLabReadsTheJUnitReport() throws IOException {
        JsonNode ci = YAML.readTree(blocks("yaml").stream().filter(b -> b.contains("reports:")).findFirst()
                .orElseThrow());
        JsonNode artifacts = ci.path("validate").path("artifacts");
        assertThat(artifacts.path("when").asText()).isEqualTo("always");
        assertThat(artifacts.path("reports").path("junit").asText()).isEqualTo("target/eca/" + EcaValidator.JUNIT);
    }

    @Test
    void jenkinsRecordsTheReportsWithParsersThatReadThem(@TempDir Path dir) throws IOException {
        String jenkinsfile = blocks("groovy").get(0);
        Path reports = dir.resolve("target/eca");
        Files.createDirectories(dir.resolve(".git"));
        EcaValidator.validate(ValidationRequest.of(ReportConsumersTest.brokenProject().write(dir))
                .withReportDir(reports).withEnvironment(java.util.Map.of()), io.github.ecamaven.eca.log.EcaLog.NONE);
        // every tool of recordIssues: the Warnings NG parser of that id reads the report its pattern names
        Matcher tool = Pattern.compile("(checkStyle|sarif)\\(id: '[^']+', name: '[^']+',\\s*pattern: '\\*\\*/"
                + "target/eca/([^']+)'\\)").matcher(jenkinsfile);
        List<String> tools = new ArrayList<>();
        while (tool.find()) {
            String id = tool.group(1).toLowerCase(Locale.ROOT);
            assertThat(new ParserRegistry().contains(id)).as("Warnings NG parser %s", id).isTrue();
            Report r = new ParserRegistry().get(id).createParser()
                    .parse(new FileReaderFactory(reports.resolve(tool.group(2)), StandardCharsets.UTF_8));
            assertThat(r.size()).as("%s reads %s", id, tool.group(2)).isEqualTo(7);
            tools.add(id);
        }
        assertThat(tools).containsExactlyInAnyOrder("checkstyle", "sarif");
        assertThat(jenkinsfile).contains("testResults: '**/target/eca/" + EcaValidator.JUNIT + "'");
    }
}
