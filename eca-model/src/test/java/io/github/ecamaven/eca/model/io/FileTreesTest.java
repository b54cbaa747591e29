package io.github.ecamaven.eca.model.io;

import io.github.ecamaven.eca.model.schema.MetadataType;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
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
        assertThat(FileTrees.walk(dir, dir, FileTrees.FolderFilter.NONE, n -> MetadataType.ofFileName(n) != null).files())
                .extracting(p -> p.getFileName().toString()).containsExactly("A.eca-meta.xml", "B.eca-meta.xml");
        assertThat(FileTrees.walk(dir.resolve("missing"), dir, FileTrees.FolderFilter.NONE, n -> true).files()).isEmpty();
        FileTrees.deleteRecursively(dir.resolve("force-app"));
        assertThat(dir.resolve("force-app")).doesNotExist();
        FileTrees.deleteRecursively(dir.resolve("force-app"));
    }

    @Test
    void foldersAreLeftOutByTheirOwnAndTheirParentsName() throws Exception {
        Files.createDirectories(dir.resolve("a/skipMe"));
        Files.createDirectories(dir.resolve("a/bundles/one"));
        Files.createDirectories(dir.resolve("a/kept"));
        Files.writeString(dir.resolve("a/skipMe/A.eca-meta.xml"), "x");
        Files.writeString(dir.resolve("a/bundles/one/B.eca-meta.xml"), "x");
        Files.writeString(dir.resolve("a/bundles/C.eca-meta.xml"), "x");
        Files.writeString(dir.resolve("a/kept/D.eca-meta.xml"), "x");
        FileTrees.FolderFilter filter = (name, parent) -> name.equals("skipMe") || parent.equals("bundles");
        assertThat(FileTrees.walk(dir, dir, filter, n -> n.endsWith(".eca-meta.xml")).files())
                .extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("a/bundles/C.eca-meta.xml", "a/kept/D.eca-meta.xml");
    }

    @Test
    void aFolderWithAWantedNameIsWalkedNotReturned() throws Exception {
        Files.createDirectories(dir.resolve("odd/X.eca-meta.xml"));
        Files.writeString(dir.resolve("odd/X.eca-meta.xml/Y.eca-meta.xml"), "x");
        Files.writeString(dir.resolve("odd/Z.txt"), "x");
        assertThat(FileTrees.walk(dir, dir, FileTrees.FolderFilter.NONE, n -> n.endsWith(".eca-meta.xml")).files())
                .extracting(p -> p.getFileName().toString()).containsExactly("Y.eca-meta.xml");
    }

    @Test
    void foldersAndFilesWithNamesBeyondAsciiAreFound() throws Exception {
        Assumptions.assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder()
                .canEncode("Caf\u00e9"), "the platform charset of file names cannot write 'Caf\u00e9' (set LANG=C.UTF-8)");
        Path cafe = Files.createDirectories(dir.resolve("force-app/Caf\u00e9/apps"));
        Files.writeString(cafe.resolve("Plain.eca-meta.xml"), "x");
        Files.writeString(dir.resolve("force-app/Caf\u00e9/R\u00e9sum\u00e9.eca-meta.xml"), "x");
        assertThat(FileTrees.walk(dir, dir, FileTrees.FolderFilter.NONE, n -> n.endsWith(".eca-meta.xml")).files())
                .extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("force-app/Caf\u00e9/R\u00e9sum\u00e9.eca-meta.xml", "force-app/Caf\u00e9/apps/Plain.eca-meta.xml");
    }

    @Test
    void aTreeOnAnotherFileSystemIsWalkedToo() throws Exception {
        Path zip = dir.resolve("tree.zip");
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip,
                java.util.Map.of("create", "true"))) {
            Path apps = Files.createDirectories(fs.getPath("/force-app/apps"));
            Files.writeString(apps.resolve("A.eca-meta.xml"), "x");
            Files.writeString(apps.resolve("Note.txt"), "x");
            assertThat(FileTrees.walk(fs.getPath("/force-app"), fs.getPath("/"), FileTrees.FolderFilter.NONE,
                    n -> n.endsWith(".eca-meta.xml")).files()).extracting(Path::toString)
                    .containsExactly("/force-app/apps/A.eca-meta.xml");
        }
    }
}
