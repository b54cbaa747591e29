package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.registry.ParserRegistry;
import io.github.ecamaven.eca.config.PropertyNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import javax.xml.parsers.DocumentBuilderFactory;
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

    /** The Maven commands a CI snippet runs on the user's project ({@code mvn …}; the plugin's own build is ./mvnw). */
    private static List<String> userBuilds() throws IOException {
        List<String> out = new ArrayList<>();
        for (String block : blocks("yaml")) {
            JsonNode ci = YAML.readTree(block);
            for (JsonNode job : ci.has("jobs") ? ci.path("jobs") : ci) {
                job.path("steps").forEach(step -> out.add(step.path("run").asText()));
                job.path("script").forEach(line -> out.add(line.asText()));
            }
        }
        for (String block : blocks("groovy")) {
            Matcher sh = Pattern.compile("\\bsh '([^']*)'").matcher(block);
            while (sh.find()) {
                out.add(sh.group(1));
            }
        }
        return out.stream().filter(c -> c.startsWith("mvn ")).toList();
    }

    @Test
    void everyCiSnippetRunsTheCheck() throws IOException {
        List<String> builds = userBuilds();
        // GitHub, Jenkins, GitLab, and the two ways of getting the plugin before Maven Central
        assertThat(builds).hasSize(5);
        assertThat(builds).allSatisfy(c -> assertThat(c.split("\\s+")).as(c)
                .contains("verify", "-D" + PropertyNames.GENERATE_CHECK + "=true"));
    }

    @Test
    void theJobBuildsTheFileRepositoryThePomNames() throws Exception {
        // where the plugin's own build deploys: <eca.fileRepo> of the root POM, below the checkout
        Document rootPom = xml(Files.readString(Path.of("../pom.xml")));
        String fileRepo = rootPom.getElementsByTagName("eca.fileRepo").item(0).getTextContent();
        assertThat(fileRepo).startsWith("${maven.multiModuleProjectDirectory}/");
        String repoInCheckout = fileRepo.substring("${maven.multiModuleProjectDirectory}/".length());
        JsonNode steps = YAML.readTree(blocks("yaml").stream().filter(b -> b.contains("repository: ecamaven/"))
                .findFirst().orElseThrow()).path("jobs").path("validate").path("steps");
        String checkout = null;
        int built = -1;
        int userBuild = -1;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (step.path("with").path("repository").asText().equals("ecamaven/eca-maven-plugin")) {
                checkout = step.path("with").path("path").asText();
                assertThat(step.path("with").path("ref").asText()).as("a fixed ref").isNotBlank();
            }
            String run = step.path("run").asText();
            if (run.startsWith("./mvnw ")) {
                assertThat(step.path("working-directory").asText()).isEqualTo(checkout);
                // verify deploys to the file repository; -o or eca.fileRepo.skip would skip that deploy
                assertThat(run.split("\\s+")).contains("verify", "-DskipTests", "-Dmaven.site.skip=true")
                        .doesNotContain("-o", "--offline", "-Deca.fileRepo.skip=true");
                assertThat(run).contains("-pl eca-model,eca-maven-plugin -am");
                built = i;
            }
            if (run.startsWith("mvn ")) {
                assertThat(step.has("working-directory")).as("the user's build runs in the project").isFalse();
                userBuild = i;
            }
        }
        assertThat(checkout).as("the plugin checked out into the workspace").isNotBlank();
        assertThat(built).as("the plugin built before the user's build").isBetween(0, userBuild - 1);
        String url = pluginRepositoryUrls().stream().filter(u -> u.startsWith("file:")).findFirst().orElseThrow();
        assertThat(url).isEqualTo("file://${project.basedir}/" + checkout + "/" + repoInCheckout);
    }

    @Test
    void theTeamRepositoryHasOneIdFromDeployToServer() throws IOException {
        String deploy = Pattern.compile("(?m)^\\./mvnw -B deploy .*$").matcher(Files.readString(TEMPLATE)).results()
                .map(r -> r.group()).findFirst().orElseThrow();
        Matcher alt = Pattern.compile("-DaltDeploymentRepository=([^:\\s]+)::(\\S+)").matcher(deploy);
        assertThat(alt.find()).as(deploy).isTrue();
        assertThat(deploy).contains("-pl eca-model,eca-maven-plugin -am");
        assertThat(pluginRepositoryUrls()).contains(alt.group(2));
        JsonNode java = null;
        for (JsonNode step : YAML.readTree(blocks("yaml").stream().filter(b -> b.contains("server-id:"))
                .findFirst().orElseThrow()).path("jobs").path("validate").path("steps")) {
            if (step.path("uses").asText().startsWith("actions/setup-java@")) {
                java = step.path("with");
            }
        }
        assertThat(java).as("setup-java writes the <server>").isNotNull();
        assertThat(java.path("server-id").asText()).isEqualTo(alt.group(1));
    }

    /** The {@code <url>} of every {@code <pluginRepository>} in the page's XML snippets. */
    private static List<String> pluginRepositoryUrls() throws IOException {
        List<String> out = new ArrayList<>();
        for (String block : blocks("xml")) {
            if (block.startsWith("<pluginRepositories>")) {
                Document d = xml(block);
                assertThat(d.getElementsByTagName("id").item(0).getTextContent()).isNotBlank();
                out.add(d.getElementsByTagName("url").item(0).getTextContent());
            }
        }
        return out;
    }

    private static Document xml(String text) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("not XML: " + text, e);
        }
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
