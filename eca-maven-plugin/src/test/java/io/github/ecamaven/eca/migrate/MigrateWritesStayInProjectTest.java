package io.github.ecamaven.eca.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.OutputPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eca:migrate writes only inside the project, with normal permissions, and never deletes a user's file. */
class MigrateWritesStayInProjectTest {

    @TempDir
    Path tmp;

    Path project;
    Path outside;
    private final Migrator migrator = new Migrator(EcaLog.NONE, new SchemaOutputCheck());

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(tmp.resolve("project"));
        outside = Files.createDirectories(tmp.resolve("x"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(outside.resolve("theirs.txt"), "not the plugin's");
    }

    private void connectedAppIn(Path packageDir) throws Exception {
        Path apps = Files.createDirectories(packageDir.resolve("main/default/connectedApps"));
        Files.writeString(apps.resolve("Order_Sync.connectedApp-meta.xml"), Fixtures.oauthApp("", "", ""));
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aPackageDirectoryOutsideTheProjectIsRefused() throws Exception {
        for (String path : List.of("../x", outside.toString())) {
            Files.writeString(project.resolve("sfdx-project.json"),
                    "{\"packageDirectories\":[{\"path\":\"" + path + "\",\"default\":true}]}");
            connectedAppIn(outside);
            List<Path> before = files(outside);
            assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withConfirm(true)))
                    .as(path)
                    .isInstanceOf(OutputPathException.class)
                    .hasMessageContaining("The package directory of sfdx-project.json")
                    .hasMessageContaining("outside the project");
            assertThat(files(outside)).isEqualTo(before);
            assertThat(files(project)).containsExactly(project.resolve("pom.xml"),
                    project.resolve("sfdx-project.json"));
        }
    }

    @Test
    void aFileWhereTheAppsFolderBelongsIsNamedNotATempFile() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}]}");
        connectedAppIn(project.resolve("force-app"));
        Path folder = project.resolve("force-app/main/default/externalClientApps");
        Files.writeString(folder, "in the way");
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withConfirm(true)))
                .hasMessageContaining(folder + " is a file where a folder is needed")
                .hasMessageNotContaining(".tmp");
        assertThat(Files.readString(folder)).isEqualTo("in the way");
    }

    @Test
    void aSymlinkedPackageDirectoryOutOfTheProjectIsRefused() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}]}");
        Files.createSymbolicLink(project.resolve("force-app"), outside);
        connectedAppIn(outside);
        List<Path> before = files(outside);
        assertThatThrownBy(() -> migrator.run(MigrateRequest.of(project).withConfirm(true)))
                .isInstanceOf(OutputPathException.class).hasMessageContaining("resolves to");
        assertThat(files(outside)).isEqualTo(before);
    }

    @Test
    void reportsGoOnlyIntoAFolderInsideTheProject() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}]}");
        connectedAppIn(project.resolve("force-app"));
        MigrateRequest dry = MigrateRequest.of(project).withDryRun(true);
        Files.createSymbolicLink(project.resolve("reports"), outside);
        assertThatThrownBy(() -> migrator.run(new MigrateRequest(project, project.resolve("reports"), List.of(),
                false, true, false, false, false, false, false, null, null, null)))
                .isInstanceOf(OutputPathException.class).hasMessageContaining("eca.reportDirectory");
        assertThatThrownBy(() -> migrator.run(new MigrateRequest(project, project.resolve("pom.xml"), List.of(),
                false, true, false, false, false, false, false, null, null, null)))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("eca.reportDirectory is " + project.resolve("pom.xml") + ", which is a file");
        for (Path notAReportFolder : List.of(project, project.resolve("force-app"))) {
            assertThatThrownBy(() -> migrator.run(new MigrateRequest(project, notAReportFolder, List.of(), false, true,
                    false, false, false, false, false, null, null, null)))
                    .isInstanceOf(OutputPathException.class)
                    .hasMessageStartingWith("<reportDirectory> (eca.reportDirectory) is " + notAReportFolder + ", ");
        }
        assertThat(project.resolve("migrate-Order_Sync.md")).doesNotExist();
        assertThat(project.resolve("force-app/migrate-Order_Sync.md")).doesNotExist();
        migrator.run(new MigrateRequest(project, project.resolve("migration"), List.of(), false, true, false, false,
                false, false, false, null, null, null));
        assertThat(project.resolve("migration/migrate-Order_Sync.md")).exists();
        assertThat(project.resolve("pom.xml")).hasContent("<project/>");
        assertThat(files(outside)).containsExactly(outside.resolve("theirs.txt"));
        migrator.run(dry);
    }

    @Test
    void writtenFilesHaveNormalPermissions() throws Exception {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "SKIPPED: no POSIX permissions on this file system");
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}]}");
        connectedAppIn(project.resolve("force-app"));
        migrator.run(MigrateRequest.of(project).withConfirm(true));
        List<Path> written = new java.util.ArrayList<>(files(project.resolve("force-app")).stream()
                .filter(p -> p.getFileName().toString().contains(".eca")).toList());
        assertThat(written).hasSize(5);
        written.add(project.resolve("target/eca/migrate-Order_Sync.md"));
        for (Path p : written) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rw-r--r--");
        }
    }
}
