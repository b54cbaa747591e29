package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links: followed inside the boundary, reported outside it or when broken, and loops end. */
class FileTreesLinkTest {

    @TempDir
    Path dir;

    @Test
    void linksInsideAreFollowedOutsideAndBrokenOnesReportedLoopsEnd() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path apps = Files.createDirectories(project.resolve("force-app/externalClientApps"));
        Path shared = Files.createDirectories(project.resolve("shared"));
        Files.writeString(shared.resolve("In.eca-meta.xml"), "x");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("Out.eca-meta.xml"), "x");
        Files.createSymbolicLink(apps.resolve("In.eca-meta.xml"), shared.resolve("In.eca-meta.xml"));
        Files.createSymbolicLink(apps.resolve("Out.eca-meta.xml"), outside.resolve("Out.eca-meta.xml"));
        Files.createSymbolicLink(apps.resolve("Gone.eca-meta.xml"), Path.of("nowhere/Gone.eca-meta.xml"));
        Files.createSymbolicLink(apps.resolve("sharedDir"), shared);
        Files.createSymbolicLink(apps.resolve("outsideDir"), outside);
        Files.createSymbolicLink(apps.resolve("loop"), project.resolve("force-app"));
        Files.createSymbolicLink(apps.resolve("Note.txt"), outside.resolve("Out.eca-meta.xml"));

        FileTrees.Walk w = FileTrees.walk(project.resolve("force-app"), project, FileTrees.FolderFilter.NONE,
                n -> n.endsWith(".eca-meta.xml"));

        assertThat(w.files()).extracting(p -> project.relativize(p).toString()).containsExactlyInAnyOrder(
                "force-app/externalClientApps/In.eca-meta.xml",
                "force-app/externalClientApps/sharedDir/In.eca-meta.xml");
        assertThat(w.outsideLinks()).extracting(l -> l.link().getFileName().toString(), FileTrees.OutsideLink::exists)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Out.eca-meta.xml", true),
                        org.assertj.core.groups.Tuple.tuple("Gone.eca-meta.xml", false),
                        org.assertj.core.groups.Tuple.tuple("outsideDir", true));
        assertThat(w.outsideLinks()).filteredOn(l -> l.link().endsWith("outsideDir")).singleElement()
                .extracting(FileTrees.OutsideLink::target).isEqualTo(outside.toRealPath());
    }

    @Test
    void aStartFolderThatIsALinkOutsideIsReportedNotWalked() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("A.eca-meta.xml"), "x");
        Files.createSymbolicLink(project.resolve("force-app"), outside);
        FileTrees.Walk w = FileTrees.walk(project.resolve("force-app"), project, FileTrees.FolderFilter.NONE, n -> true);
        assertThat(w.files()).isEmpty();
        assertThat(w.outsideLinks()).singleElement().extracting(FileTrees.OutsideLink::link)
                .isEqualTo(project.resolve("force-app"));
    }
}
