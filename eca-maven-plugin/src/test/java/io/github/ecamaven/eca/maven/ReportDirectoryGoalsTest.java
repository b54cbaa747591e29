package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * eca:migrate and eca:retrieve refuse a report folder (eca.reportDirectory) that is empty, the project root or in a
 * package directory, as eca:validate does (ValidateMojoTest), before sf runs or anything is written.
 */
@ExtendWith(GoalExtension.class)
class ReportDirectoryGoalsTest {

    @BeforeEach
    void project(Goals goals) throws Exception {
        Path dir = goals.dir();
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\":[{\"path\":\"force-app\","
                + "\"default\":true}]}");
        Files.createDirectories(dir.resolve("force-app/main/default"));
    }

    private static void refused(Goals goals, String goal, String configuration) {
        for (String bad : new String[] {"${project.basedir}", "force-app/main"}) {
            Mojo mojo = goals.goal(goal, configuration + "<reportDirectory>" + bad + "</reportDirectory>");
            assertThatThrownBy(mojo::execute).as("%s", bad).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("<reportDirectory> (eca.reportDirectory) is ");
        }
        Mojo mojo = goals.property(PropertyNames.REPORT_DIRECTORY, "").goal(goal, configuration);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<reportDirectory> (eca.reportDirectory) is empty");
    }

    @Test
    void migrate(Goals goals) throws Exception {
        refused(goals, "migrate", "");
        try (var files = Files.walk(goals.dir())) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("migrate-"))).isEmpty();
        }
    }

    @Test
    void retrieve(Goals goals) {
        goals.property(PropertyNames.SF_EXECUTABLE, "/nonexistent/sf-must-not-run");
        // with <apps>, the configuration is generated into the report folder first
        refused(goals, "retrieve", "<apps><app><name>Nango</name></app></apps>");
        assertThat(goals.dir().resolve("force-app/main/configuration")).doesNotExist();
    }
}
