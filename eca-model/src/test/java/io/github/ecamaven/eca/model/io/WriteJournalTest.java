package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-file writes through a journal, interrupted as a kill would, and the next run's recovery. */
class WriteJournalTest {

    @TempDir
    Path project;

    private Path build() {
        return project.resolve("target");
    }

    /** Twelve targets, the first six existing with old content. */
    private Map<Path, byte[]> set() throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            Path f = project.resolve("force-app/main/default/externalClientApps/A" + i + ".eca-meta.xml");
            if (i < 6) {
                Files.createDirectories(f.getParent());
                Files.writeString(f, "old " + i);
            }
            files.put(f, ("new " + i).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private void killedAfter(int renames, Map<Path, byte[]> files, WriteJournal journal) throws Exception {
        try (AutoCloseable kill = AtomicFiles.killAfterRenames(renames)) {
            assertThatThrownBy(() -> AtomicFiles.writeAll(files, WriteScope.of(project), journal))
                    .isInstanceOf(AtomicFiles.SimulatedKill.class);
        }
    }

    private List<String> tempFiles() throws IOException {
        try (Stream<Path> s = Files.walk(project)) {
            return s.filter(p -> AtomicFiles.isTempFileName(p.getFileName().toString()))
                    .map(p -> project.relativize(p).toString()).toList();
        }
    }

    private void assertAllNew(Map<Path, byte[]> files) throws IOException {
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
        }
    }

    @Test
    void tempFilesLiveUnderTheBuildDirectoryAndAKilledSetIsFinishedByTheNextRun() throws Exception {
        Map<Path, byte[]> files = set();
        WriteJournal journal = WriteJournal.in(build());
        killedAfter(5, files, journal);

        // the kill left five files new, seven old or missing, and every temp file in target/eca/tmp
        assertThat(tempFiles()).hasSize(7).allMatch(t -> t.startsWith("target/eca/tmp/"));
        assertThat(Files.readString(files.keySet().iterator().next())).isEqualTo("new 0");
        assertThat(Files.readString(project.resolve("force-app/main/default/externalClientApps/A5.eca-meta.xml")))
                .isEqualTo("old 5");

        WriteJournal.Recovery r = WriteJournal.in(build()).recover();
        assertThat(r.finished()).isEqualTo(1);
        assertThat(r.renamed()).isEqualTo(7);
        assertThat(r.kept()).isEmpty();
        assertThat(r.summary()).contains("finished 1 set(s)", "7 file(s) moved into place");
        assertAllNew(files);
        assertThat(tempFiles()).isEmpty();
        try (Stream<Path> s = Files.list(journal.folder())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(WriteJournal.LOCK);
        }
        assertThat(WriteJournal.in(build()).recover().didSomething()).isFalse();
    }

    @Test
    void onAnotherFileSystemTheTempFilesLieBesideTheTargetsAndAreStillJournaled() throws Exception {
        Map<Path, byte[]> files = set();
        WriteJournal journal = WriteJournal.in(build(), folder -> false);
        killedAfter(3, files, journal);
        assertThat(tempFiles()).hasSize(9).allMatch(t -> t.startsWith("force-app/"));

        WriteJournal.Recovery r = WriteJournal.in(build()).recover();
        assertThat(r.renamed()).isEqualTo(9);
        assertAllNew(files);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void aSetKilledBeforeItsFirstRenameIsRolledBack() throws Exception {
        Map<Path, byte[]> files = set();
        killedAfter(-1, files, WriteJournal.in(build(), folder -> false));
        assertThat(tempFiles()).hasSize(12);

        WriteJournal.Recovery r = WriteJournal.in(build()).recover();
        assertThat(r.rolledBack()).isEqualTo(1);
        assertThat(r.summary()).contains("rolled back 1 set(s)", "deleted 12 temp file(s)");
        assertThat(tempFiles()).isEmpty();
        for (int i = 0; i < 12; i++) {
            Path f = project.resolve("force-app/main/default/externalClientApps/A" + i + ".eca-meta.xml");
            if (i < 6) {
                assertThat(Files.readString(f)).isEqualTo("old " + i);
            } else {
                assertThat(f).doesNotExist();
            }
        }
    }

    @Test
    void aTargetEditedAfterTheKillIsLeftAsItIsAndNamed() throws Exception {
        Map<Path, byte[]> files = set();
        killedAfter(2, files, WriteJournal.in(build()));
        Path edited = project.resolve("force-app/main/default/externalClientApps/A4.eca-meta.xml");
        Files.writeString(edited, "a hand edit");

        WriteJournal.Recovery r = WriteJournal.in(build()).recover();
        assertThat(r.kept()).containsExactly(edited.toAbsolutePath().normalize());
        assertThat(r.summary()).contains("left 1 file(s) as they are", "A4.eca-meta.xml");
        assertThat(Files.readString(edited)).isEqualTo("a hand edit");
        assertThat(tempFiles()).isEmpty();
        assertThat(Files.readString(project.resolve("force-app/main/default/externalClientApps/A11.eca-meta.xml")))
                .isEqualTo("new 11");
    }

    @Test
    void aTargetWhoseFolderWasDeletedSinceIsNamedAndItsTempFileRemoved() throws Exception {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(project.resolve("force-app/a/One.xml"), new byte[] {1});
        files.put(project.resolve("force-app/b/Two.xml"), new byte[] {2});
        killedAfter(1, files, WriteJournal.in(build()));
        Files.delete(project.resolve("force-app/b"));

        WriteJournal.Recovery r = WriteJournal.in(build()).recover();
        assertThat(r.kept()).containsExactly(project.resolve("force-app/b/Two.xml").toAbsolutePath().normalize());
        assertThat(r.summary()).contains("deleted 1 temp file(s)", "no temp file is left");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void theSetOfARunStillWritingIsNotTouched() throws Exception {
        Map<Path, byte[]> files = set();
        killedAfter(1, files, WriteJournal.in(build()));
        WriteJournal live = WriteJournal.in(build());
        try (WriteJournal.Batch batch = live.begin()) {
            WriteJournal.Recovery r = WriteJournal.in(build()).recover();
            assertThat(r.busy()).isTrue();
            assertThat(r.didSomething()).isFalse();
            assertThat(tempFiles()).hasSize(11);
        }
        assertThat(WriteJournal.in(build()).recover().renamed()).isEqualTo(11);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void aCompleteWriteLeavesNoJournalAndAFailedOneRollsBackAsBefore() throws Exception {
        Map<Path, byte[]> files = set();
        WriteJournal journal = WriteJournal.in(build());
        AtomicFiles.writeAll(files, WriteScope.of(project), journal);
        assertAllNew(files);
        try (Stream<Path> s = Files.list(journal.folder())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(WriteJournal.LOCK);
        }

        Files.writeString(project.resolve("manifest"), "a file where a folder is needed");
        Map<Path, byte[]> failing = new LinkedHashMap<>();
        Path first = files.keySet().iterator().next();
        failing.put(first, "newer".getBytes(StandardCharsets.UTF_8));
        failing.put(project.resolve("manifest/package.xml"), "p".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AtomicFiles.writeAll(failing, WriteScope.of(project), journal))
                .isInstanceOf(FileWriteException.class);
        assertThat(Files.readString(first)).isEqualTo("new 0");
        assertThat(tempFiles()).isEmpty();
        assertThat(WriteJournal.in(build()).recover().didSomething()).isFalse();
    }

    @Test
    void theTempFileNameIsRecognised() {
        assertThat(AtomicFiles.isTempFileName(".eca1234567.tmp")).isTrue();
        assertThat(AtomicFiles.isTempFileName(".eca1234567890-12.tmp")).isTrue();
        assertThat(AtomicFiles.isTempFileName("My_App.eca-meta.xml")).isFalse();
        assertThat(AtomicFiles.isTempFileName(".eca.tmp")).isFalse();
    }
}
