package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
}
