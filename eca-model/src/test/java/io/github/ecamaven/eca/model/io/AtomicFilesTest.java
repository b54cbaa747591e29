package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void unchangedContentIsNotRewritten() throws Exception {
        Path f = dir.resolve("a/b.xml");
        assertThat(AtomicFiles.writeIfChanged(f, new byte[] {1, 2})).isTrue();
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L));
        assertThat(AtomicFiles.writeIfChanged(f, new byte[] {1, 2})).isFalse();
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(1_000_000L);
        assertThat(AtomicFiles.writeIfChanged(f, new byte[] {3})).isTrue();
        assertThat(Files.readAllBytes(f)).containsExactly(3);
        try (var s = Files.list(f.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("b.xml");
        }
    }

    @Test
    void newFilesAreWorldReadableAndOldFilesKeepTheirPermissions() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "SKIPPED: no POSIX permissions on this file system");
        Path f = dir.resolve("new.xml");
        AtomicFiles.write(f, new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(f, new byte[] {2});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
    }

    @Test
    void aSetOfFilesIsWrittenAllOrNothing() throws Exception {
        Path kept = dir.resolve("force-app/a.xml");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, "old");
        Files.writeString(dir.resolve("manifest"), "a file where a folder is needed");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(kept, "new".getBytes());
        files.put(dir.resolve("force-app/sub/b.xml"), "b".getBytes());
        files.put(dir.resolve("manifest/package.xml"), "p".getBytes());
        assertThatThrownBy(() -> AtomicFiles.writeAll(files, null))
                .isInstanceOf(FileWriteException.class)
                .hasMessageContaining("Cannot write " + dir.resolve("manifest/package.xml"))
                .hasMessageContaining("is a file where a folder is needed")
                .hasMessageContaining("None of the 3 files was changed");
        assertThat(Files.readString(kept)).isEqualTo("old");
        assertThat(dir.resolve("force-app/sub")).doesNotExist();
        try (var s = Files.list(dir.resolve("force-app"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.xml");
        }
    }

    @Test
    void aReadOnlyFolderLeavesNoNewFileBehind() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "SKIPPED: no POSIX permissions on this file system");
        Path ro = Files.createDirectories(dir.resolve("manifest"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "SKIPPED: running as root, a read-only folder is writable");
            Map<Path, byte[]> files = new LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                files.put(dir.resolve("force-app/f" + i + ".xml"), new byte[] {1});
            }
            files.put(ro.resolve("package.xml"), new byte[] {2});
            assertThatThrownBy(() -> AtomicFiles.writeAll(files, null))
                    .hasMessageContaining("Cannot write " + ro.resolve("package.xml") + ": permission denied");
            assertThat(dir.resolve("force-app")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aTooLongFileNameNamesTheTargetNotATempFile() throws Exception {
        Path f = dir.resolve("x".repeat(300) + ".ecaGlblOauth-meta.xml");
        assertThatThrownBy(() -> AtomicFiles.write(f, new byte[] {1}))
                .isInstanceOf(FileWriteException.class)
                .hasMessage("Cannot write " + f + ": the file name is too long for the file system (322 characters;"
                        + " most allow 255 bytes).");
        try (var s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void accessDeniedOnATempFileIsReportedForTheTarget() {
        Path target = dir.resolve("force-app/App.eca-meta.xml");
        FileWriteException e = AtomicFiles.failure(target,
                new AccessDeniedException(dir.resolve("force-app/.eca123.tmp").toString()), 1);
        assertThat(e).hasMessage("Cannot write " + target + ": permission denied: the folder "
                + target.getParent() + " or the file is not writable.");
        assertThat(e.getMessage()).doesNotContain(".tmp");
    }
}
