package io.github.ecamaven.eca.model.io;

import io.github.ecamaven.eca.model.schema.MetadataType;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir
    Path dir;

    @Test
    void findsOnlyEcaFilesSortedAndDeletesTrees() throws Exception {
        Path base = dir.resolve("force-app/main/default");
        Files.createDirectories(base.resolve("externalClientApps"));
        Files.createDirectories(base.resolve("classes"));
        Files.writeString(base.resolve("externalClientApps/B.eca-meta.xml"), "x");
        Files.writeString(base.resolve("externalClientApps/A.eca-meta.xml"), "x");
        Files.writeString(base.resolve("classes/Foo.cls-meta.xml"), "x");
        Files.writeString(base.resolve("externalClientApps/C.ecaGlobalOauth-meta.xml"), "x");
        assertThat(FileTrees.walk(dir, dir, d -> false, n -> MetadataType.ofFileName(n) != null).files())
                .extracting(p -> p.getFileName().toString()).containsExactly("A.eca-meta.xml", "B.eca-meta.xml");
        assertThat(FileTrees.walk(dir.resolve("missing"), dir, d -> false, n -> true).files()).isEmpty();
        FileTrees.deleteRecursively(dir.resolve("force-app"));
        assertThat(dir.resolve("force-app")).doesNotExist();
        FileTrees.deleteRecursively(dir.resolve("force-app"));
    }
}
