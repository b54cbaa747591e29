package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteScopeTest {

    @TempDir
    Path tmp;

    @Test
    void pathsInsideTheProjectOrItsBuildDirectoryPass() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path build = tmp.resolve("build");
        WriteScope scope = WriteScope.of(project, build);
        assertThat(scope.check(project.resolve("force-app/x/y.xml"), "p").startsWith(project.toRealPath())).isTrue();
        assertThat(scope.check(build.resolve("eca/drift.json"), "p")).isNotNull();
    }

    @Test
    void dotDotAndAbsolutePathsOutOfTheProjectAreRefusedNamingTheParameter() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        WriteScope scope = WriteScope.of(project);
        assertThatThrownBy(() -> scope.check(project.resolve("../x"), "packageDirectories[0].path"))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("packageDirectories[0].path is " + project.resolve("../x"))
                .hasMessageContaining("outside the project " + project.toRealPath())
                .hasMessageContaining("Nothing was written");
        assertThatThrownBy(() -> scope.check(Path.of("/etc/eca"), "eca.retrieve.outputDirectory"))
                .isInstanceOf(OutputPathException.class);
    }

    @Test
    void aSymlinkedFolderCountsWhereItPoints() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(project.resolve("force-app"), outside);
        Files.createSymbolicLink(project.resolve("dangling"), tmp.resolve("nowhere"));
        Files.createDirectories(project.resolve("real"));
        Files.createSymbolicLink(project.resolve("inner"), project.resolve("real"));
        WriteScope scope = WriteScope.of(project);
        assertThatThrownBy(() -> scope.check(project.resolve("force-app/main/x.xml"), "eca.packageDirectory"))
                .hasMessageContaining("which resolves to " + outside.toRealPath().resolve("main/x.xml"));
        assertThatThrownBy(() -> scope.check(project.resolve("dangling/x.xml"), "p"))
                .isInstanceOf(OutputPathException.class);
        assertThat(scope.check(project.resolve("inner/x.xml"), "p"))
                .isEqualTo(project.toRealPath().resolve("real/x.xml"));
    }

    @Test
    void writeAllChecksEveryTargetBeforeWritingAny() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(project.resolve("manifest"), outside);
        java.util.Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(project.resolve("force-app/a.xml"), new byte[] {1});
        files.put(project.resolve("manifest/package.xml"), new byte[] {2});
        assertThatThrownBy(() -> AtomicFiles.writeAll(files, WriteScope.of(project)))
                .isInstanceOf(OutputPathException.class);
        assertThat(project.resolve("force-app")).doesNotExist();
        try (var s = Files.list(outside)) {
            assertThat(s).isEmpty();
        }
    }
}
