package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ecamaven.eca.log.EcaLog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sourceApiVersion belongs to the project: generate follows it by default and never changes it. */
class SourceApiVersionTest {

    @TempDir
    Path project;

    /** sfdx-project.json as {@code sf project generate} (sf 2.129.8) writes it. */
    private void sfProject(String sourceApiVersion) throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), "{\n  \"packageDirectories\": [\n    {\n"
                + "      \"path\": \"force-app\",\n      \"default\": true\n    }\n  ],\n  \"name\": \"demo\",\n"
                + "  \"namespace\": \"\",\n  \"sfdcLoginUrl\": \"https://login.salesforce.com\",\n"
                + "  \"sourceApiVersion\": \"" + sourceApiVersion + "\"\n}\n");
    }

    private static GenerateResult generate(GenerateRequest r) throws Exception {
        return new EcaGenerator(EcaLog.NONE).generate(r);
    }

    @Test
    void filesFollowTheProjectsSourceApiVersionWhichStaysUntouched() throws Exception {
        sfProject("67.0");
        String before = read(project, "sfdx-project.json");

        GenerateResult r = generate(request(project, false, null, null, nango()));

        assertThat(read(project, "sfdx-project.json")).isEqualTo(before);
        assertThat(r.upToDate()).containsExactly("sfdx-project.json");
        assertThat(read(project, "manifest/package.xml")).contains("<version>67.0</version>");
    }

    @Test
    void anOlderProjectIsNeverRaised() throws Exception {
        sfProject("62.0");
        String before = read(project, "sfdx-project.json");

        generate(request(project, false, null, null, nango()));
        assertThat(read(project, "sfdx-project.json")).isEqualTo(before);
        assertThat(read(project, "manifest/package.xml")).contains("<version>62.0</version>");

        // an explicit <apiVersion> is for the ECA files only
        generate(request(project, false, "66.0", null, nango()));
        assertThat(read(project, "sfdx-project.json")).isEqualTo(before);
        assertThat(read(project, "manifest/package.xml")).contains("<version>66.0</version>");
    }

    @Test
    void aFieldNewerThanTheProjectNamesItsVersionAndHowToOptIn() throws Exception {
        sfProject("60.0");

        var e = assertThrows(GenerateConfigException.class,
                () -> generate(request(project, false, null, null, nango())));

        assertThat(e.getMessage()).contains("<preset>nango</preset>: sets isCodeCredFlowEnabled, which exists from"
                + " API 61.0 on", "written for API 60.0 (sourceApiVersion of sfdx-project.json)",
                "raise sourceApiVersion in sfdx-project.json to 61.0",
                "(sf deploys the files at that version)");
        assertThat(e.getMessage()).doesNotContain("for the External Client App files only");
        assertThat(project.resolve("force-app")).doesNotExist();

        // files for 61.0 in a project whose sourceApiVersion is 60.0: eca:validate (ECA-XML-007) rejects them, since
        // sf deploys at sourceApiVersion, so generate refuses too; raising sourceApiVersion is the way that validates
        var refused = assertThrows(GenerateConfigException.class,
                () -> generate(request(project, false, "61.0", null, nango())));
        assertThat(refused.getMessage()).contains("ECA-XML-007", "<isCodeCredFlowEnabled> needs API 61.0 but"
                + " sourceApiVersion is 60.0");
        assertThat(project.resolve("force-app")).doesNotExist();
        sfProject("61.0");
        generate(request(project, false, "61.0", null, nango()));
        assertThat(read(project, "manifest/package.xml")).contains("<version>61.0</version>");
    }

    @Test
    void aProjectOlderThanTheEcaTypesIsRefusedWithTheWayOut() throws Exception {
        sfProject("58.0");

        var e = assertThrows(GenerateConfigException.class,
                () -> generate(request(project, false, null, null, nango())));

        assertThat(e.getMessage()).contains("sfdx-project.json", "sourceApiVersion 58.0 is older than 60.0",
                "raise sourceApiVersion to 60.0 or newer");
    }

    @Test
    void aNewSfdxProjectGetsTheDefault() throws Exception {
        generate(request(project, false, null, null, nango()));

        assertThat(read(project, "sfdx-project.json")).contains("\"sourceApiVersion\": \"66.0\"");
    }
}
