package io.github.ecamaven.eca.orgsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.project.NangoCallback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What eca:retrieve compares the org with is generated for the Nango server the build declares. */
class ConfigurationTreeTest {

    private static String globalSettings(List<Path> dirs) throws Exception {
        try (Stream<Path> s = Files.walk(dirs.get(0).getParent())) {
            Path global = s.filter(p -> p.toString().endsWith(".ecaGlblOauth-meta.xml")).findFirst().orElseThrow();
            return Files.readString(global);
        }
    }

    @Test
    void theNangoPresetsCallbackFollowsTheDeclaredNangoServer(@TempDir Path project) throws Exception {
        EcaApp app = new EcaApp();
        app.setName("Nango_Integration");
        app.setLabel("Nango Integration");
        app.setContactEmail("integrations@example.com");
        app.setPreset("nango");
        Path build = project.resolve("target");

        List<Path> selfHosted = ConfigurationTree.generate(List.of(app), project, project,
                build.resolve("eca/configuration"), build, NangoCallback.of("https://nango.example.com", null));
        assertThat(globalSettings(selfHosted))
                .contains("<callbackUrl>https://nango.example.com/oauth/callback</callbackUrl>")
                .doesNotContain("api.nango.dev");

        List<Path> cloud = ConfigurationTree.generate(List.of(app), project, project,
                build.resolve("eca/configuration"), build, NangoCallback.CLOUD);
        assertThat(globalSettings(cloud)).contains("<callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>");
    }
}
