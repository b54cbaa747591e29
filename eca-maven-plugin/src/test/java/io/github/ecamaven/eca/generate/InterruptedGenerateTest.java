package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.testing.ProjectTrees.projectFiles;
import static io.github.ecamaven.eca.testing.ProjectTrees.tempFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.WriteJournal;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eca:generate of many changed apps killed during the renames: the temp files never lie in a package directory, and
 * the next run finishes the set and leaves no temp file anywhere in the project.
 */
class InterruptedGenerateTest {

    private static final int APPS = 40;

    @TempDir
    Path project;

    @TempDir
    Path clean;

    private static EcaApp[] apps(String email) {
        List<EcaApp> out = new ArrayList<>();
        for (int i = 0; i < APPS; i++) {
            EcaApp a = GenerateTestSupport.nango();
            a.setName("App_" + i);
            a.setLabel("App " + i);
            a.setContactEmail(email);
            out.add(a);
        }
        return out.toArray(EcaApp[]::new);
    }

    private static EcaGenerator generator(Path project, RecordingLog log) {
        Path build = project.resolve("target");
        return new EcaGenerator(log).rememberingIn(build.resolve("eca/generated-values.properties"))
                .writingThrough(WriteJournal.in(build));
    }

    @Test
    void theNextRunFinishesTheSetAKillInterruptedAndNoTempFileIsLeft() throws Exception {
        generator(project, new RecordingLog()).generate(GenerateTestSupport.request(project, apps("a@example.com")));
        generator(clean, new RecordingLog()).generate(GenerateTestSupport.request(clean, apps("b@example.com")));

        // every app's contact e-mail changes, so its header file is rewritten; the kill comes after 13 renames
        try (AutoCloseable kill = AtomicFiles.killAfterRenames(13)) {
            assertThatThrownBy(() -> generator(project, new RecordingLog())
                    .generate(GenerateTestSupport.request(project, apps("b@example.com"))))
                    .isInstanceOf(AtomicFiles.SimulatedKill.class);
        }
        List<String> temps = tempFiles(project);
        assertThat(temps).hasSize(APPS - 13).allMatch(t -> t.startsWith("target/eca/tmp/"));
        assertThat(projectFiles(project)).isNotEqualTo(projectFiles(clean)); // half old, half new

        RecordingLog log = new RecordingLog();
        GenerateResult rerun = generator(project, log).generate(GenerateTestSupport.request(project,
                apps("b@example.com")));

        assertThat(log.lines).filteredOn(l -> l.contains("Recovered from an interrupted write"))
                .singleElement().asString().startsWith("[INFO]").contains("finished 1 set(s)",
                        (APPS - 13) + " file(s) moved into place", "no temp file is left");
        assertThat(rerun.written()).isEmpty(); // the recovery completed it: nothing left to write
        assertThat(projectFiles(project)).isEqualTo(projectFiles(clean));
        assertThat(tempFiles(project)).isEmpty();
    }

    @Test
    void aSetKilledBeforeItsFirstRenameIsRolledBackAndWrittenByTheNextRun() throws Exception {
        generator(clean, new RecordingLog()).generate(GenerateTestSupport.request(clean, apps("b@example.com")));
        try (AutoCloseable kill = AtomicFiles.killAfterRenames(-1)) {
            assertThatThrownBy(() -> generator(project, new RecordingLog())
                    .generate(GenerateTestSupport.request(project, apps("b@example.com"))))
                    .isInstanceOf(AtomicFiles.SimulatedKill.class);
        }
        assertThat(projectFiles(project)).isEmpty(); // no file was moved into the project yet
        assertThat(tempFiles(project)).isNotEmpty().allMatch(t -> t.startsWith("target/eca/tmp/"));

        RecordingLog log = new RecordingLog();
        generator(project, log).generate(GenerateTestSupport.request(project, apps("b@example.com")));
        assertThat(log.lines).anyMatch(l -> l.contains("rolled back 1 set(s)"));
        assertThat(log.lines).contains("[INFO] Created manifest/package.xml");
        assertThat(projectFiles(project)).isEqualTo(projectFiles(clean));
        assertThat(tempFiles(project)).isEmpty();
    }
}
