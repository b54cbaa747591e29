package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.GLOBAL;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.HEADER;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.OAUTH;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun with the same configuration over the files the last run left answers from the stamp; any change the stamp
 * covers (a file, sfdx-project.json, a certificate, an {@code <app>} value) means the whole run again, which still
 * compares values, so the result is the same as without a stamp.
 */
class GenerateStampTest {

    @TempDir
    Path project;

    @TempDir
    Path build;

    private RecordingLog log = new RecordingLog(true);

    private GenerateResult generate(GenerateRequest r) throws Exception {
        log = new RecordingLog(true);
        return new EcaGenerator(log).rememberingIn(build.resolve("eca/generated-values.properties")).generate(r);
    }

    private boolean answeredFromStamp() {
        return log.messages("DEBUG").stream().anyMatch(m -> m.contains("GenerateStamp"));
    }

    @Test
    void aRerunOverUnchangedFilesAnswersFromTheStamp() throws Exception {
        GenerateResult first = generate(request(project, nango()));
        assertThat(first.written()).hasSize(7);
        assertThat(answeredFromStamp()).isFalse();

        GenerateResult again = generate(request(project, nango()));
        assertThat(answeredFromStamp()).isTrue();
        assertThat(again.written()).isEmpty();
        assertThat(again.upToDate()).containsExactlyInAnyOrderElementsOf(first.written());
        assertThat(again.summary()).isEqualTo("All 7 files are up to date");
    }

    @Test
    void aChangedValueInThePomIsAFullRunThatWritesIt() throws Exception {
        generate(request(project, nango()));
        EcaApp relabelled = nango();
        relabelled.setLabel("Nango Renamed");
        GenerateResult r = generate(request(project, relabelled));
        assertThat(answeredFromStamp()).isFalse();
        assertThat(r.written()).containsExactly(HEADER);
        assertThat(read(project, HEADER)).contains("<label>Nango Renamed</label>");
        assertThat(generate(request(project, relabelled)).written()).isEmpty();
        assertThat(answeredFromStamp()).as("the new configuration is stamped").isTrue();
    }

    @Test
    void aHandEditedOrDeletedFileIsAFullRun() throws Exception {
        generate(request(project, nango()));
        String global = read(project, GLOBAL);
        assertThat(global).contains("<isPkceRequired>true</isPkceRequired>");
        Files.writeString(project.resolve(GLOBAL), global
                .replace("<isPkceRequired>true</isPkceRequired>", "<isPkceRequired>false</isPkceRequired>"));
        GenerateResult edited = generate(request(project, nango()));
        assertThat(answeredFromStamp()).isFalse();
        assertThat(edited.written()).containsExactly(GLOBAL);
        assertThat(read(project, GLOBAL)).isEqualTo(global);

        // a layout change only: the full run finds equal values, writes nothing, and stamps the file as it is
        String spaced = read(project, OAUTH).replace("\n    <", "\n\n    <");
        Files.writeString(project.resolve(OAUTH), spaced);
        assertThat(generate(request(project, nango())).written()).isEmpty();
        assertThat(answeredFromStamp()).isFalse();
        assertThat(generate(request(project, nango())).written()).isEmpty();
        assertThat(answeredFromStamp()).isTrue();
        assertThat(read(project, OAUTH)).isEqualTo(spaced);

        Files.delete(project.resolve(HEADER));
        assertThat(generate(request(project, nango())).written()).containsExactly(HEADER);
        assertThat(answeredFromStamp()).isFalse();
    }

    @Test
    void aChangedSfdxProjectOrApiVersionIsAFullRun() throws Exception {
        generate(request(project, nango()));
        Path json = project.resolve("sfdx-project.json");
        Files.writeString(json, read(project, "sfdx-project.json").replace("\"force-app\"", "\"force-app\" "));
        generate(request(project, nango()));
        assertThat(answeredFromStamp()).isFalse();

        generate(request(project, false, "65.0", null, nango()));
        assertThat(answeredFromStamp()).as("another API version is another request").isFalse();
    }

    @Test
    void aChangedCertificateIsAFullRun() throws Exception {
        Path cert = GenerateTestSupport.resource("jwt-test.crt");
        Path copy = Files.copy(cert, project.resolve("jwt-test.crt"));
        EcaApp app = nango();
        app.setCertificateFile(copy.toFile());
        app.setJwtBearer("true");
        generate(request(project, app));
        generate(request(project, app));
        assertThat(answeredFromStamp()).isTrue();

        Files.writeString(copy, read(project, "jwt-test.crt") + "\n");
        generate(request(project, app));
        assertThat(answeredFromStamp()).isFalse();
    }

    @Test
    void checkModeNeitherReadsNorWritesTheStampAndTheStampHoldsNoValue() throws Exception {
        EcaApp app = nango();
        app.setConsumerKey("3MVG9aConsumerKeyOnlyThisTestUses");
        generate(request(project, app));
        Path stampFile = build.resolve("eca/generate-stamp.txt");
        String stamp = Files.readString(stampFile, StandardCharsets.UTF_8);
        assertThat(stamp).doesNotContain("3MVG9aConsumerKey").doesNotContain("Nango Integration")
                .doesNotContain("integrations@example.com");

        GenerateResult check = generate(request(project, true, "66.0", null, app));
        assertThat(answeredFromStamp()).isFalse();
        assertThat(check.allUpToDate()).isTrue();
        assertThat(Files.readString(stampFile, StandardCharsets.UTF_8)).isEqualTo(stamp);
    }
}
