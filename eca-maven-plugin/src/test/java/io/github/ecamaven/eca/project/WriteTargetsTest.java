package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.OutputPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report folders, the baseline and other written paths: refused by kind and place, naming the parameter. */
class WriteTargetsTest {

    private static final String REPORTS = PropertyNames.REPORT_DIRECTORY;

    @TempDir
    Path tmp;

    Path project;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("sfdx-project.json"), """
                {"packageDirectories": [{"path": "force-app", "default": true}, {"path": "libs/shared/"}]}
                """);
        Files.createDirectories(project.resolve("force-app/main/default"));
    }

    @Test
    void aFolderUnderTargetIsAccepted() throws Exception {
        Path build = project.resolve("target");
        assertThat(WriteTargets.of(project, build).check(REPORTS, build.resolve("eca")))
                .isEqualTo(project.toRealPath().resolve("target/eca"));
        assertThat(WriteTargets.check(project, REPORTS, project.resolve("reports"))).isEqualTo(
                project.toRealPath().resolve("reports"));
    }

    @Test
    void emptyAndBlankValuesAreRefusedNamingTheParameter() throws Exception {
        WriteTargets targets = WriteTargets.of(project);
        for (Path empty : new Path[] {null, Path.of(""), Path.of("  "), project.resolve(" ")}) {
            assertThatThrownBy(() -> targets.check(REPORTS, empty)).isInstanceOf(OutputPathException.class)
                    .hasMessageStartingWith("<reportDirectory> (eca.reportDirectory) is empty or blank")
                    .hasMessageContaining("Nothing was written");
        }
    }

    @Test
    void theProjectRootIsRefused() throws Exception {
        WriteTargets targets = WriteTargets.of(project);
        for (Path root : new Path[] {project, project.resolve("."), project.resolve("force-app/..")}) {
            assertThatThrownBy(() -> targets.check(REPORTS, root)).isInstanceOf(OutputPathException.class)
                    .hasMessageContaining("<reportDirectory> (eca.reportDirectory) is " + root + ", the project root")
                    .hasMessageContaining("Point eca.reportDirectory at a folder of its own");
        }
    }

    @Test
    void aPackageDirectoryAndAnythingInsideItAreRefused() throws Exception {
        WriteTargets targets = WriteTargets.of(project);
        assertThatThrownBy(() -> targets.check(REPORTS, project.resolve("force-app")))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("inside the package directory force-app of sfdx-project.json")
                .hasMessageContaining("Point eca.reportDirectory at a place outside every package directory");
        assertThatThrownBy(() -> targets.check(REPORTS, project.resolve("force-app/main/default/reports")))
                .hasMessageContaining("inside the package directory force-app");
        Path shared = project.resolve("libs/shared/b.txt");
        assertThatThrownBy(() -> targets.check(PropertyNames.VALIDATE_BASELINE, shared))
                .hasMessageStartingWith("<baseline> (eca.validate.baseline) is " + shared + ", inside the"
                        + " package directory libs/shared/");
        assertThat(targets.check(REPORTS, project.resolve("libs/reports"))).isNotNull(); // a sibling is fine
        assertThat(targets.check(REPORTS, project.resolve("force-app-reports"))).isNotNull(); // a name prefix too
    }

    @Test
    void aSymlinkIntoAPackageDirectoryCountsWhereItPoints() throws Exception {
        Files.createSymbolicLink(project.resolve("reports"), project.resolve("force-app/main"));
        assertThatThrownBy(() -> WriteTargets.check(project, REPORTS, project.resolve("reports/eca")))
                .hasMessageContaining("inside the package directory force-app");
    }

    @Test
    void withoutSfdxProjectJsonForceAppIsThePackageDirectory() throws Exception {
        Files.delete(project.resolve("sfdx-project.json"));
        assertThatThrownBy(() -> WriteTargets.check(project, REPORTS, project.resolve("force-app")))
                .hasMessageContaining("inside the package directory force-app");
        Files.writeString(project.resolve("sfdx-project.json"), "{ broken"); // validate reports it; still force-app
        assertThatThrownBy(() -> WriteTargets.check(project, REPORTS, project.resolve("force-app")))
                .hasMessageContaining("inside the package directory force-app");
    }

    @Test
    void aPackageDirectoryDotDoesNotMakeEveryPathRefused() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \".\"}]}");
        assertThat(WriteTargets.check(project, REPORTS, project.resolve("target/eca"))).isNotNull();
    }

    @Test
    void aRelativePathIsJudgedWhereAWriterWouldPutIt() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(WriteTargets.of(cwd).check(REPORTS, Path.of("target/eca"))).isEqualTo(
                cwd.toRealPath().resolve("target/eca"));
        assertThatThrownBy(() -> WriteTargets.of(cwd).check(REPORTS, Path.of("."))).hasMessageContaining(
                "the project root itself");
    }

    @Test
    void outsideTheProjectGoesThroughTheWriteScope() throws Exception {
        assertThatThrownBy(() -> WriteTargets.check(project, REPORTS, tmp.resolve("elsewhere")))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("<reportDirectory> (eca.reportDirectory) is " + tmp.resolve("elsewhere"))
                .hasMessageContaining("outside the project");
    }

    @Test
    void aFileIsWrittenOnlyWhenAbsentEmptyOrOfItsKind() throws Exception {
        WriteTargets targets = WriteTargets.of(project);
        String baseline = PropertyNames.VALIDATE_BASELINE;
        Path pom = Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        assertThatThrownBy(() -> targets.checkFile(baseline, pom, "a list", "a first line \"# list\"",
                f -> false))
                .isInstanceOf(OutputPathException.class)
                .hasMessage("<baseline> (eca.validate.baseline) is " + pom + ", an existing file that is not a list"
                        + " (a list has a first line \"# list\"); writing it would replace the file's content. Point"
                        + " eca.validate.baseline at a new file or at a list, or move the file away. Nothing was"
                        + " written.");
        assertThat(targets.checkFile(baseline, pom, "a list", "x", f -> true)).isEqualTo(pom.toRealPath());
        Path empty = Files.createFile(project.resolve("empty.txt"));
        assertThat(targets.checkFile(baseline, empty, "a list", "x", f -> false)).isNotNull();
        assertThat(targets.checkFile(baseline, project.resolve("new.txt"), "a list", "x", f -> false)).isNotNull();
        Path folder = Files.createDirectories(project.resolve("config"));
        assertThatThrownBy(() -> targets.checkFile(baseline, folder, "a list", "x", f -> true))
                .hasMessageContaining("an existing folder, not a list");
    }
}
