package io.github.ecamaven.eca.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the mojo package may touch Maven; every other package of the plugin is a Maven-free core. */
class CoreIsMavenFreeTest {

    @Test
    void onlyTheMavenPackageImportsMaven() throws IOException {
        Path root = Paths.get("src/main/java/io/github/ecamaven/eca");
        Path mojos = root.resolve("maven");
        assertThat(root).isDirectory();
        List<Path> offenders;
        try (Stream<Path> s = Files.walk(root)) {
            offenders = s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(mojos))
                    .filter(CoreIsMavenFreeTest::importsMaven)
                    .toList();
        }
        assertThat(offenders).as("core classes importing org.apache.maven").isEmpty();
    }

    private static boolean importsMaven(Path p) {
        try {
            return Files.readString(p).contains("import org.apache.maven");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
