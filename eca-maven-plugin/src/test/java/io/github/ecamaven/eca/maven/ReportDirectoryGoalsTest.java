package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.generate.EcaApp;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eca:migrate and eca:retrieve refuse a report folder (eca.reportDirectory) that is empty, the project root or in a
 * package directory, as eca:validate does (ValidateMojoTest), before sf runs or anything is written.
 */
class ReportDirectoryGoalsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\":[{\"path\":\"force-app\","
                + "\"default\":true}]}");
        Files.createDirectories(dir.resolve("force-app/main/default"));
    }

    private void refused(AbstractMojo mojo) {
        Mojos.set(mojo, "projectDirectory", dir.toFile());
        Mojos.log(mojo);
        for (File bad : new File[] {new File(""), dir.toFile(), dir.resolve("force-app/main").toFile()}) {
            Mojos.set(mojo, "reportDirectory", bad);
            assertThatThrownBy(mojo::execute).as("%s", bad).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("<reportDirectory> (eca.reportDirectory) is ");
        }
    }

    @Test
    void migrate() throws Exception {
        refused(new MigrateMojo());
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("migrate-"))).isEmpty();
        }
    }

    @Test
    void retrieve() {
        RetrieveMojo mojo = new RetrieveMojo();
        Mojos.set(mojo, "wait", "10");
        Mojos.set(mojo, "failOnDrift", "false");
        Mojos.set(mojo, "sfExecutable", "/nonexistent/sf-must-not-run");
        EcaApp app = new EcaApp(); // with <apps>, the configuration is generated into the report folder first
        app.setName("Nango");
        Mojos.set(mojo, "apps", List.of(app));
        refused(mojo);
        assertThat(dir.resolve("force-app/main/configuration")).doesNotExist();
    }
}
