package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files count, which folders are left out, and links: the one finder every goal uses. */
class EcaFileFinderTest {

    @TempDir
    Path project;

    private void touch(String rel) throws Exception {
        Path p = project.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "<x/>");
    }

    @Test
    void findsEcaFilesLookalikesConnectedAppsAndSettingsAndLeavesOutToolAndBundleFolders() throws Exception {
        touch("force-app/main/default/externalClientApps/A.eca-meta.xml");
        touch("force-app/main/default/extlClntAppGlobalOauthSets/A_glbloauth.ecaGlobalOauth-meta.xml");
        touch("force-app/main/default/connectedApps/Old.connectedApp-meta.xml");
        touch("force-app/main/default/settings/ExternalClientApp.settings-meta.xml");
        touch("force-app/main/default/classes/Foo.cls-meta.xml");
        touch("force-app/node_modules/pkg/B.eca-meta.xml");
        touch("force-app/main/default/lwc/cmp/C.eca-meta.xml");
        touch("force-app/main/default/staticresources/res/D.eca-meta.xml");
        touch("force-app/main/default/staticresources/E.eca-meta.xml");
        touch("force-app/.sfdx/F.eca-meta.xml");
        EcaFileFinder.Found f = EcaFileFinder.find(project, project.resolve("force-app"));
        assertThat(f.ecaFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("A.eca-meta.xml", "A_glbloauth.ecaGlobalOauth-meta.xml", "E.eca-meta.xml");
        assertThat(f.connectedApps()).extracting(p -> p.getFileName().toString())
                .containsExactly("Old.connectedApp-meta.xml");
        assertThat(f.appSettings()).singleElement()
                .satisfies(p -> assertThat(p.getParent().getFileName().toString()).isEqualTo("settings"));
        assertThat(f.outsideLinks()).isEmpty();
    }

    @Test
    void linksAreFollowedInsideTheProjectAndReportedWhenTheyLeaveIt(@TempDir Path outside) throws Exception {
        touch("shared/S.eca-meta.xml");
        Files.createDirectories(project.resolve("force-app"));
        Files.createSymbolicLink(project.resolve("force-app/shared"), project.resolve("shared"));
        Files.writeString(outside.resolve("O.eca-meta.xml"), "<x/>");
        Files.createSymbolicLink(project.resolve("force-app/O.eca-meta.xml"), outside.resolve("O.eca-meta.xml"));
        Files.createSymbolicLink(project.resolve("force-app/loop"), project.resolve("force-app"));
        EcaFileFinder.Found f = EcaFileFinder.find(project, project.resolve("force-app"));
        assertThat(f.ecaFiles()).containsExactly(project.resolve("force-app/shared/S.eca-meta.xml"));
        assertThat(f.outsideLinks()).singleElement()
                .satisfies(l -> assertThat(l.link()).isEqualTo(project.resolve("force-app/O.eca-meta.xml")));
    }

    @Test
    void aMissingPackageDirectoryHasNoFiles() throws Exception {
        assertThat(EcaFileFinder.find(project, project.resolve("nowhere")).ecaFiles()).isEmpty();
        assertThat(EcaFileFinder.ecaFiles(project, List.of(project.resolve("nowhere")))).isEmpty();
    }

    @Test
    void packageDirectoriesComeFromTheProjectFileElseForceApp() throws Exception {
        assertThat(EcaFileFinder.packageDirectories(project)).containsExactly(project.resolve("force-app"));
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\": [{\"path\": \"a\"}, {\"path\": \"./b/\", \"default\": true}]}");
        assertThat(EcaFileFinder.packageDirectories(project))
                .containsExactly(project.resolve("a"), project.resolve("b"));
    }
}
