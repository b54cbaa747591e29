package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.ECA;
import static io.github.ecamaven.eca.validate.TestProject.OAUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.OutputPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where eca:validate writes its baseline and reports: never over a file that is not a baseline, never into the
 * project root or a package directory; a baseline that is not text is named with the fix.
 */
class BaselineTargetTest {

    @TempDir
    Path dir;

    Path project;

    @BeforeEach
    void project() throws Exception {
        project = TestProject.clean().edit(OAUTH, ">Api,", ">api,").write(dir.resolve("p")); // one finding
    }

    private ValidationRequest request() {
        return ValidationRequest.of(project).withWriteRoots(List.of(project.resolve("target")));
    }

    @Test
    void pomXmlAsTheBaselineIsRefusedAndKept() throws Exception {
        Path pom = Files.writeString(project.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion>"
                + "</project>\n");
        byte[] before = Files.readAllBytes(pom);
        assertThatThrownBy(() -> EcaValidator.validate(request().withBaseline(pom, true), EcaLog.NONE))
                .isInstanceOf(OutputPathException.class)
                .hasMessageStartingWith("<baseline> (eca.validate.baseline) is " + pom + ", an existing file that"
                        + " is not an eca:validate baseline (an eca:validate baseline has the first line"
                        + " \"# eca:validate baseline: ...\")")
                .hasMessageContaining("Point eca.validate.baseline at a new file");
        assertThat(Files.readAllBytes(pom)).isEqualTo(before);
    }

    @Test
    void anEcaFileAsTheBaselineIsRefusedAndKept() throws Exception {
        Path eca = project.resolve(ECA);
        byte[] before = Files.readAllBytes(eca);
        assertThatThrownBy(() -> EcaValidator.validate(request().withBaseline(eca, true), EcaLog.NONE))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("<baseline> (eca.validate.baseline) is " + eca + ", inside the package"
                        + " directory force-app");
        assertThat(Files.readAllBytes(eca)).isEqualTo(before);
        // the same file moved out of the package directory is refused for what it is
        Path moved = Files.copy(eca, project.resolve("Nango_App.eca-meta.xml"));
        assertThatThrownBy(() -> EcaValidator.validate(request().withBaseline(moved, true), EcaLog.NONE))
                .hasMessageContaining("an existing file that is not an eca:validate baseline");
        assertThat(Files.readAllBytes(moved)).isEqualTo(before);
    }

    @Test
    void aBaselineIsWrittenAgainAndAHeaderlessOneIsStillABaseline() throws Exception {
        Path baseline = project.resolve("eca-validate-baseline.txt");
        EcaValidator.validate(request().withBaseline(baseline, true), EcaLog.NONE);
        String written = Files.readString(baseline);
        assertThat(written).startsWith(Baseline.HEADER + ": ");
        assertThat(Baseline.isBaseline(baseline)).isTrue();
        Files.writeString(baseline, written.substring(written.indexOf('\n') + 1)); // header removed by hand
        assertThat(Baseline.isBaseline(baseline)).isTrue();
        EcaValidator.validate(request().withBaseline(baseline, true), EcaLog.NONE);
        assertThat(Files.readString(baseline)).isEqualTo(written);
        Files.writeString(baseline, "\uFEFF" + written); // saved by an editor with a byte order mark
        assertThat(Baseline.isBaseline(baseline)).isTrue();
        assertThat(Baseline.isBaseline(project.resolve(ECA))).isFalse();
        assertThat(Baseline.isBaseline(project.resolve("no-such-file.txt"))).isFalse();
    }

    @Test
    void aBinaryBaselineNamesTheFileAndTheFix() throws Exception {
        Path baseline = Files.write(project.resolve("eca-validate-baseline.txt"),
                new byte[] {'#', ' ', 'x', '\n', 'a', 'b', (byte) 0xC3, 0x28, 0, (byte) 0xFF});
        assertThatThrownBy(() -> EcaValidator.validate(request().withBaseline(baseline, false), EcaLog.NONE))
                .isInstanceOf(BaselineException.class)
                .hasMessage(baseline + ":2:3: the baseline <baseline> (eca.validate.baseline) is not UTF-8 text, so"
                        + " it is not an eca:validate baseline (a binary file, or saved in another encoding). Point"
                        + " eca.validate.baseline at the baseline file, or move this file away and record the"
                        + " baseline again with -Deca.validate.writeBaseline=true.");
        // and it is not written over either
        assertThatThrownBy(() -> EcaValidator.validate(request().withBaseline(baseline, true), EcaLog.NONE))
                .isInstanceOf(OutputPathException.class).hasMessageContaining("not an eca:validate baseline");
    }

    @Test
    void anEmptyOrRootOrPackageReportDirectoryIsRefusedBeforeAnythingIsWritten() throws Exception {
        for (Path bad : new Path[] {Path.of(""), project, project.resolve("force-app"),
                project.resolve("force-app/main/default/reports")}) {
            assertThatThrownBy(() -> EcaValidator.validate(request().withReportDir(bad), EcaLog.NONE))
                    .as("%s", bad).isInstanceOf(OutputPathException.class)
                    .hasMessageStartingWith("<reportDirectory> (eca.reportDirectory) is ");
        }
        assertThat(project.resolve(EcaValidator.SARIF)).doesNotExist();
        assertThat(project.resolve("force-app/" + EcaValidator.SARIF)).doesNotExist();
        assertThat(project.resolve("force-app/main/default/reports")).doesNotExist();
    }

    @Test
    void anEmptyOrPackageBaselineIsRefusedAlsoWhenOnlyRead() throws Exception {
        assertThatThrownBy(() -> EcaValidator.validate(request().withBaseline(project, false), EcaLog.NONE))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("<baseline> (eca.validate.baseline) is " + project + ", the project root");
        assertThatThrownBy(() -> EcaValidator.validate(request().withBaseline(project.resolve("force-app/b.txt"),
                false), EcaLog.NONE)).hasMessageContaining("inside the package directory force-app");
    }
}
