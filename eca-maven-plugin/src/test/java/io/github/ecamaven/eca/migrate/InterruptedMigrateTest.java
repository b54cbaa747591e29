package io.github.ecamaven.eca.migrate;

import static io.github.ecamaven.eca.testing.ProjectTrees.projectFiles;
import static io.github.ecamaven.eca.testing.ProjectTrees.tempFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eca:migrate of many apps killed during the renames: the next run finishes its own half-written set instead of
 * refusing with "would overwrite", and no temp file is left anywhere in the project.
 */
class InterruptedMigrateTest {

    private static final int APPS = 30;

    @TempDir
    Path project;

    @TempDir
    Path clean;

    private static void connectedApps(Path root) throws IOException {
        Files.writeString(root.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"66.0\"}");
        Path apps = Files.createDirectories(root.resolve("force-app/main/default/connectedApps"));
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < APPS; i++) {
            Files.writeString(apps.resolve("Sync_" + i + ".connectedApp-meta.xml"), Fixtures.oauthApp("", "", ""));
            members.append("        <members>Sync_").append(i).append("</members>\n");
        }
        Files.writeString(Files.createDirectories(root.resolve("manifest")).resolve("package.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                        + "    <types>\n" + members + "        <name>ConnectedApp</name>\n    </types>\n"
                        + "    <version>66.0</version>\n</Package>\n");
    }

    private void killedDuringTheRenames(MigrateRequest req) throws Exception {
        connectedApps(project);
        connectedApps(clean);
        new Migrator(new RecordingLog(), new SchemaOutputCheck()).run(MigrateRequest.of(clean).withConfirm(true)
                .withRemoveSource(req.removeSource()));
        try (AutoCloseable kill = AtomicFiles.killAfterRenames(57)) {
            assertThatThrownBy(() -> new Migrator(new RecordingLog(), new SchemaOutputCheck()).run(req))
                    .isInstanceOf(AtomicFiles.SimulatedKill.class);
        }
        assertThat(tempFiles(project)).hasSizeGreaterThan(APPS).allMatch(t -> t.startsWith("target/eca/tmp/"));
    }

    @Test
    void theRerunFinishesItsOwnSetInsteadOfRefusingToOverwriteIt() throws Exception {
        MigrateRequest req = MigrateRequest.of(project).withConfirm(true);
        killedDuringTheRenames(req);

        RecordingLog log = new RecordingLog();
        new Migrator(log, new SchemaOutputCheck()).run(req); // no "would overwrite"
        assertThat(log.lines).filteredOn(l -> l.contains("Recovered from an interrupted write")).singleElement()
                .asString().contains("finished 1 set(s)");
        assertThat(projectFiles(project)).isEqualTo(projectFiles(clean));
        assertThat(tempFiles(project)).isEmpty();
    }

    @Test
    void overwriteAndRemoveSourceAfterAKillLeaveTheSameProjectAndNoTempFile() throws Exception {
        MigrateRequest req = MigrateRequest.of(project).withConfirm(true).withRemoveSource(true);
        killedDuringTheRenames(req);

        new Migrator(new RecordingLog(), new SchemaOutputCheck()).run(req.withOverwrite(true));
        assertThat(projectFiles(project)).isEqualTo(projectFiles(clean));
        assertThat(project.resolve("force-app/main/default/connectedApps/Sync_0.connectedApp-meta.xml"))
                .doesNotExist();
        assertThat(tempFiles(project)).isEmpty();
    }

    @Test
    void aFileChangedSinceTheFirstRunIsStillNotOverwrittenWithoutOverwrite() throws Exception {
        MigrateRequest req = MigrateRequest.of(project).withConfirm(true);
        killedDuringTheRenames(req);
        new Migrator(new RecordingLog(), new SchemaOutputCheck()).run(req);
        Path header = project.resolve("force-app/main/default/externalClientApps/Sync_3.eca-meta.xml");
        Files.writeString(header, Files.readString(header).replace("ops@example.org", "me@example.org"));

        assertThatThrownBy(() -> new Migrator(new RecordingLog(), new SchemaOutputCheck()).run(req))
                .isInstanceOf(MigrationException.class).hasMessageContaining("would overwrite")
                .hasMessageContaining("Sync_3.eca-meta.xml").hasMessageNotContaining("Sync_4.eca-meta.xml");
    }
}
