package io.github.ecamaven.eca.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.model.io.OutputPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package goals' record file: written by name in the build directory, never through a symlink out of it. */
class RequestIdStoreWritesTest {

    @TempDir
    Path tmp;

    private static final RequestIdStore.Entry ENTRY =
            new RequestIdStore.Entry("08c1", "pkg", "0Ho1", "hub", "Queued", null, null);

    @Test
    void aBuildDirectoryThatIsTheProjectRootLosesNoUserFile() throws Exception {
        Files.writeString(tmp.resolve("pom.xml"), "<project/>");
        Files.createDirectories(tmp.resolve("eca"));
        Files.writeString(tmp.resolve("eca/notes.md"), "mine");
        RequestIdStore store = new RequestIdStore(tmp);
        store.record(ENTRY);
        assertThat(store.read().requestId()).isEqualTo("08c1");
        assertThat(tmp.resolve("pom.xml")).hasContent("<project/>");
        assertThat(tmp.resolve("eca/notes.md")).hasContent("mine");
    }

    @Test
    void anEcaFolderSymlinkedOutOfTheBuildDirectoryIsRefused(@TempDir Path outside) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("target"));
        Files.createSymbolicLink(target.resolve("eca"), outside);
        assertThatThrownBy(() -> new RequestIdStore(target).record(ENTRY))
                .isInstanceOf(OutputPathException.class).hasMessageContaining("resolves to");
        try (var s = Files.list(outside)) {
            assertThat(s).isEmpty();
        }
    }
}
