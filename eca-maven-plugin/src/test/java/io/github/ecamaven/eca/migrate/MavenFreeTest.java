package io.github.ecamaven.eca.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MavenFreeTest {

    @Test
    void theMigrateCoreImportsNothingFromMaven() throws Exception {
        Path dir = Path.of("src/main/java/io/github/ecamaven/eca/migrate");
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(5);
        for (Path p : sources) {
            assertThat(Files.readString(p)).as(p.toString()).doesNotContain("import org.apache.maven");
        }
    }
}
