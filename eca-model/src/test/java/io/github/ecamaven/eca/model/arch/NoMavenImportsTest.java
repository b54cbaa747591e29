package io.github.ecamaven.eca.model.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** eca-model is usable without Maven: no source file may import org.apache.maven. */
class NoMavenImportsTest {

    @Test
    void modelSourcesDoNotImportMaven() throws IOException {
        Path src = Paths.get("src/main/java");
        assertThat(src).isDirectory();
        List<Path> offenders;
        try (Stream<Path> s = Files.walk(src)) {
            offenders = s.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("import org.apache.maven");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
