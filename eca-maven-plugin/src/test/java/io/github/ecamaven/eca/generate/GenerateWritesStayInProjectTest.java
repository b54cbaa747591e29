package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.FileWriteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eca:generate writes only inside the project, and all its files or none. */
class GenerateWritesStayInProjectTest {

    @TempDir
    Path tmp;

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aSymlinkedPackageDirectoryPointingOutOfTheProjectIsRefusedAndNothingIsWritten() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(project.resolve("force-app"), outside);
        assertThatThrownBy(() -> new EcaGenerator(EcaLog.NONE).generate(request(project, nango())))
                .isInstanceOf(GenerateConfigException.class)
                .hasMessageContaining("<packageDirectory> (eca.packageDirectory)")
                .hasMessageContaining("outside the project");
        assertThat(files(outside)).isEmpty();
        assertThat(files(project)).isEmpty();
    }

    @Test
    void aSymlinkedManifestFolderInsideTheProjectIsFine() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(project.resolve("config/manifest"));
        Files.createSymbolicLink(project.resolve("manifest"), project.resolve("config/manifest"));
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()));
        assertThat(project.resolve("config/manifest/package.xml")).isRegularFile();
    }

    @Test
    void aManifestFolderThatCannotBeWrittenLeavesNoNewFileBehind() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("README.md"), "mine");
        Files.writeString(project.resolve("manifest"), "a file where the manifest folder should be");
        assertThatThrownBy(() -> new EcaGenerator(EcaLog.NONE).generate(request(project, nango())))
                .isInstanceOf(FileWriteException.class)
                .hasMessageContaining("Cannot write " + project.resolve("manifest/package.xml"))
                .hasMessageContaining("is a file where a folder is needed")
                .hasMessageContaining("None of the 7 files was changed");
        assertThat(files(project)).containsExactly(project.resolve("README.md"), project.resolve("manifest"));
    }
}
