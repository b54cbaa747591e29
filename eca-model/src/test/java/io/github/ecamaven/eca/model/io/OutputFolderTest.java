package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule behind every output folder: the plugin empties only folders it created and marked. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    Path project;
    WriteScope scope;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/README.md"), "mine");
        scope = WriteScope.of(project, project.resolve("target"));
    }

    @Test
    void theProjectRootIsNeverEmptied() {
        assertThatThrownBy(() -> OutputFolder.prepareEmpty(scope, project, "eca.retrieve.outputDirectory"))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("eca.retrieve.outputDirectory is " + project + ", which holds files eca-maven-plugin"
                        + " did not create")
                .hasMessageContaining("Nothing was deleted");
        assertThat(project.resolve("pom.xml")).exists();
        assertThat(project.resolve(".git/HEAD")).exists();
    }

    @Test
    void aFolderWithUserFilesIsNeverEmptied() {
        assertThatThrownBy(() -> OutputFolder.prepareEmpty(scope, project.resolve("docs"), "eca.retrieve.outputDirectory"))
                .isInstanceOf(OutputPathException.class);
        assertThat(project.resolve("docs/README.md")).hasContent("mine");
    }

    @Test
    void aSymlinkToAUserFolderIsNeitherFollowedOutNorEmptied() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "mine");
        Files.createDirectories(project.resolve("target/eca"));
        Files.createSymbolicLink(project.resolve("target/eca/retrieved"), outside);
        assertThatThrownBy(() -> OutputFolder.prepareEmpty(scope, project.resolve("target/eca/retrieved"), "p"))
                .isInstanceOf(OutputPathException.class).hasMessageContaining("outside the project");
        Files.createSymbolicLink(project.resolve("target/eca/docs-link"), project.resolve("docs"));
        assertThatThrownBy(() -> OutputFolder.prepareEmpty(scope, project.resolve("target/eca/docs-link"), "p"))
                .isInstanceOf(OutputPathException.class).hasMessageContaining("did not create");
        assertThat(outside.resolve("keep.txt")).hasContent("mine");
        assertThat(project.resolve("docs/README.md")).hasContent("mine");
    }

    @Test
    void aNewFolderIsMarkedAndEmptiedOnTheNextRunButNotFollowedThroughLinks() throws Exception {
        Path out = project.resolve("target/eca/retrieved");
        OutputFolder.prepareEmpty(scope, out, "p");
        assertThat(out.resolve(OutputFolder.MARKER)).exists();
        Files.createDirectories(out.resolve("force-app/x"));
        Files.writeString(out.resolve("force-app/x/a.xml"), "retrieved");
        Files.createSymbolicLink(out.resolve("link"), project.resolve("docs"));
        OutputFolder.prepareEmpty(scope, out, "p");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(OutputFolder.MARKER);
        }
        assertThat(project.resolve("docs/README.md")).hasContent("mine");
    }

    @Test
    void anEmptyUserFolderIsTakenOverAndAFileIsRefused() throws Exception {
        Path empty = Files.createDirectories(project.resolve("retrieved"));
        OutputFolder.prepareEmpty(scope, empty, "p");
        assertThat(empty.resolve(OutputFolder.MARKER)).exists();
        assertThatThrownBy(() -> OutputFolder.prepareReports(scope, project.resolve("pom.xml"),
                "eca.reportDirectory"))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("eca.reportDirectory is " + project.resolve("pom.xml") + ", which is a file,"
                        + " not a folder");
        assertThatThrownBy(() -> OutputFolder.prepareReports(scope, project.resolve("pom.xml/eca"), "r"))
                .isInstanceOf(OutputPathException.class).hasMessageContaining("is a file, not a folder");
    }
}
