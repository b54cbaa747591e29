package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.InputLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What eca:validate makes of broken and hostile input: one finding (or one clear error) naming the file and line,
 * never a crash, a raw exception text or a silent skip.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private List<Finding> validate(Path project) throws Exception {
        return EcaValidator.validate(ValidationRequest.of(project), EcaLog.NONE).findings();
    }

    private static List<String> lines(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.path() + ":" + f.line() + " " + f.message()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {3_000, 200_000})
    void deeplyNestedEcaFileIsOneFindingWithItsLine(int levels) throws Exception {
        Path p = TestProject.clean().write(dir);
        String deep = "<a>".repeat(levels) + "</a>".repeat(levels);
        Files.writeString(p.resolve(ECA), TestProject.clean().text(ECA).replace("<label>Nango App</label>",
                "<label>" + deep + "</label>"));
        List<String> got = lines(validate(p), "ECA-XML-001");
        assertThat(got).hasSize(1);
        assertThat(got.get(0)).startsWith(ECA + ":6 ").contains("nested more than " + InputLimits.MAX_DEPTH);
    }

    @Test
    void aFileAboveTheSizeLimitIsOneFinding() throws Exception {
        Path p = TestProject.clean().write(dir);
        byte[] big = new byte[(int) InputLimits.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(p.resolve(OAUTH), big);
        List<String> got = lines(validate(p), "ECA-XML-001");
        assertThat(got).containsExactly(OAUTH + ":1 the file is 10,485,770 bytes (10.0 MB), more than the limit of"
                + " 10,485,760 bytes (10.0 MB) for a file the plugin reads; it cannot be Salesforce metadata of this"
                + " kind, check what wrote it");
    }

    @Test
    void conflictingDuplicatesAreNamedWithTheirValues() throws Exception {
        Path p = TestProject.clean().edit(ECA, "<distributionState>Local</distributionState>\n",
                "<distributionState>Local</distributionState>\n    <distributionState>Packaged</distributionState>\n")
                .write(dir);
        assertThat(lines(validate(p), "ECA-XML-009")).containsExactly(ECA + ":5 <distributionState> is written 2"
                + " times (lines 4, 5) with conflicting values 'Local' at line 4 then 'Packaged' at line 5; only one"
                + " can be in effect: keep the one you mean");
    }

    @Test
    void duplicatedSecretsAreFlaggedWithoutTheirValues() throws Exception {
        Path p = TestProject.clean().edit(GLOBAL, "    <externalClientApplication>",
                "    <consumerSecret>AAA111</consumerSecret>\n    <consumerSecret>BBB222</consumerSecret>\n"
                        + "    <externalClientApplication>").write(dir);
        List<String> got = lines(validate(p), "ECA-XML-009");
        assertThat(got).hasSize(1);
        assertThat(got.get(0)).contains("<consumerSecret> is written 2 times").doesNotContain("AAA111")
                .doesNotContain("BBB222");
    }

    @Test
    void aPrivateKeyIsReportedButNeverQuoted() throws Exception {
        Path p = TestProject.clean().edit(GLOBAL, "    <externalClientApplication>",
                "    <certificate>-----BEGIN PRIVATE KEY-----\nMIIEvSECRETBODY\n-----END PRIVATE KEY-----</certificate>\n"
                        + "    <externalClientApplication>").write(dir);
        List<Finding> all = validate(p);
        assertThat(lines(all, "ECA-SEC-007")).hasSize(1);
        assertThat(all).allSatisfy(f -> assertThat(f.message()).doesNotContain("MIIEvSECRETBODY"));
    }

    @Test
    void secretLikeValuesAppearNeitherInTheLogNorInTheReports() throws Exception {
        String secret = "Q7vLm2Xp9RkT4wZs8NdF6hJc3BgY5tUe1AoKiMnPa";
        Path p = TestProject.clean().edit(GLOBAL, "    <externalClientApplication>",
                "    <ConsumerSecret>" + secret + "</ConsumerSecret>\n    <password>" + secret + "</password>\n"
                        + "    <consumerSecret>" + secret + "</consumerSecret>\n    <consumerSecret>" + secret
                        + "x</consumerSecret>\n    <externalClientApplication>")
                .edit(GLOBAL, "<isPkceRequired>true<", "<isPkceRequired>-----BEGIN PRIVATE KEY-----" + secret
                        + "-----END PRIVATE KEY-----<")
                .put(CONNECTED_APP, connectedApp("        <consumerSecert>" + secret + "</consumerSecert>\n"))
                .write(dir);
        io.github.ecamaven.eca.testing.RecordingLog log = new io.github.ecamaven.eca.testing.RecordingLog();
        Path reports = dir.resolve("target/eca");
        ValidationResult r = EcaValidator.validate(ValidationRequest.of(p).withReportDir(reports), log);
        assertThat(r.findings()).extracting(Finding::ruleId)
                .contains("ECA-SEC-001", "ECA-SEC-007", "ECA-XML-003", "ECA-XML-005", "ECA-XML-009");
        assertThat(log.lines).isNotEmpty().noneMatch(l -> l.contains(secret));
        assertThat(String.join("\n", log.lines)).contains("a <ConsumerSecret> is committed (a secret-like element",
                "a <password> is committed", "a <consumerSecert> is committed in this Connected App",
                "<isPkceRequired> must be true or false, not <93 characters, sha256 ");
        try (var files = Files.list(reports)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(3);
            for (Path f : written) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(secret);
            }
        }
    }

    @Test
    void aSymlinkedPackageDirectoryInsideTheProjectIsScanned() throws Exception {
        Path p = TestProject.clean().edit(GLOBAL, "    <externalClientApplication>",
                "    <consumerSecret>S3CR3T</consumerSecret>\n    <externalClientApplication>").write(dir);
        Files.move(p.resolve("force-app"), p.resolve("real-source"));
        Files.createSymbolicLink(p.resolve("force-app"), Path.of("real-source"));
        List<Finding> all = validate(p);
        assertThat(lines(all, "ECA-SEC-001")).hasSize(1).allMatch(l -> l.startsWith(GLOBAL + ":4 "));
        assertThat(lines(all, "ECA-PROJ-011")).isEmpty();
    }

    @Test
    void aSymlinkedPackageDirectoryOutsideTheProjectIsReportedNotSkipped() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        TestProject.clean().write(project);
        Path outside = dir.resolve("outside");
        Files.move(project.resolve("force-app"), outside);
        Files.createSymbolicLink(project.resolve("force-app"), outside);
        List<String> got = lines(validate(project), "ECA-PROJ-011");
        assertThat(got).containsExactly("force-app:1 this is a symbolic link to " + outside.toRealPath()
                + ", outside the project, so eca:validate did not check it; copy what it points to into the project,"
                + " or point the link inside it");
    }

    @Test
    void anAppFileLinkedOutOfTheProjectIsCalledALinkNotMissing() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        TestProject.clean().write(project);
        Path outside = dir.resolve("Nango_App.eca-meta.xml");
        Files.move(project.resolve(ECA), outside);
        Files.createSymbolicLink(project.resolve(ECA), outside);
        List<String> got = lines(validate(project), "ECA-REF-001");
        assertThat(got).isNotEmpty().allSatisfy(l -> assertThat(l).contains("<externalClientApplication> names"
                + " 'Nango_App', whose " + ECA + " is a symbolic link leading outside the project (to "
                + outside.toRealPath() + "), so it was not read").doesNotContain("the project has no"));
    }

    @Test
    void appNamesThatDifferOnlyInCaseAreSaidToDoSo() throws Exception {
        String upper = D + "externalClientApps/NANGO_APP.eca-meta.xml";
        Path p = TestProject.clean().put(upper, TestProject.clean().text(ECA)).write(dir);
        List<String> got = lines(validate(p), "ECA-REF-003");
        assertThat(got).hasSize(1);
        assertThat(got.get(0)).contains("'NANGO_APP'", "'Nango_App'", "differ only in letter case",
                "API names are case-insensitive").doesNotContain("already defined");
    }

    @Test
    void aProjectDirectoryThatDoesNotExistIsAnError() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> validate(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the project directory " + missing + " does not exist or is not a folder; point"
                        + " eca.projectDirectory at the folder that holds sfdx-project.json");
    }

    @Test
    void reportsAndBaselineAreWrittenOnlyIntoTheProjectOrTheBuildDirectory() throws Exception {
        Path p = TestProject.clean().write(dir.resolve("p"));
        Path build = Files.createDirectories(dir.resolve("p/target"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(build.resolve("eca"), outside); // target/eca is a link out of the project

        ValidationRequest throughLink = ValidationRequest.of(p).withReportDir(build.resolve("eca"))
                .withWriteRoots(List.of(build));
        assertThatThrownBy(() -> EcaValidator.validate(throughLink, EcaLog.NONE))
                .isInstanceOf(io.github.ecamaven.eca.model.io.OutputPathException.class)
                .hasMessageContaining("resolves to " + outside.toRealPath()).hasMessageContaining("Nothing was written");
        ValidationRequest baselineOutside = ValidationRequest.of(p).withBaseline(outside.resolve("baseline.txt"), true)
                .withWriteRoots(List.of(build));
        assertThatThrownBy(() -> EcaValidator.validate(baselineOutside, EcaLog.NONE))
                .isInstanceOf(io.github.ecamaven.eca.model.io.OutputPathException.class);
        try (var files = Files.list(outside)) {
            assertThat(files).as("nothing written outside the project").isEmpty();
        }

        Files.delete(build.resolve("eca"));
        EcaValidator.validate(throughLink, EcaLog.NONE);
        assertThat(build.resolve("eca")).isDirectory();
        try (var files = Files.list(build.resolve("eca"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(EcaValidator.SARIF,
                    EcaValidator.CHECKSTYLE, EcaValidator.JUNIT);
        }
    }

    @Test
    void aReportDirectoryThatIsAFileIsAnErrorNamingIt() throws Exception {
        Path p = TestProject.clean().write(dir.resolve("p"));
        Path file = Files.writeString(dir.resolve("reports"), "x");
        ValidationRequest r = ValidationRequest.of(p).withReportDir(file.resolve("eca"));
        assertThatThrownBy(() -> EcaValidator.validate(r, EcaLog.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the report directory " + file.resolve("eca") + " cannot be created: " + file + " is an"
                        + " existing file, not a folder; set eca.reportDirectory to a folder, or move the"
                        + " file");
    }

    @Test
    void sfdxProjectJsonWithInvalidUtf8NamesLineAndColumn() throws Exception {
        Path p = TestProject.clean().write(dir);
        byte[] json = TestProject.clean().text(JSON).replace("\"nango\"", "\"nang\u00e9\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(p.resolve(JSON), json);
        assertThat(lines(validate(p), "ECA-PROJ-001")).containsExactly(JSON + ":8 the file is not valid UTF-8 (byte"
                + " 0xE9 here); Salesforce reads these files as UTF-8, so save the file as UTF-8");
    }

    @Test
    void sfdxProjectJsonBeyondJacksonsLimitsIsAFindingInWords() throws Exception {
        Path p = TestProject.clean().write(dir);
        Files.writeString(p.resolve(JSON), "{\"n\": " + "9".repeat(5_000) + "}\n");
        assertThat(lines(validate(p), "ECA-PROJ-001")).singleElement().asString()
                .startsWith(JSON + ":1 sfdx-project.json holds a number with too many digits (limit 1000)")
                .doesNotContain("StreamReadConstraints");
        Files.writeString(p.resolve(JSON), "[".repeat(3_000) + "]".repeat(3_000));
        assertThat(lines(validate(p), "ECA-PROJ-001")).singleElement().asString()
                .startsWith(JSON + ":1 sfdx-project.json holds objects or arrays nested too deep (limit 1000)");
    }

    @Test
    void aFolderNamedLikeTheProjectFileIsAFinding() throws Exception {
        Path p = TestProject.clean().write(dir);
        Files.delete(p.resolve(JSON));
        Files.createDirectories(p.resolve(JSON));
        assertThat(lines(validate(p), "ECA-PROJ-001")).containsExactly(JSON
                + ":1 this is a folder, not a file; rename or remove the folder");
    }
}
