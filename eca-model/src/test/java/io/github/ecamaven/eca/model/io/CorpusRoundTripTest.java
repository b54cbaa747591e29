package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every metadata file of a folder of retrieved files reads and writes back byte-identical: {@code ../shared/corpus}
 * when it is there, and any folder given with {@code -Deca.corpus=DIR} (users check their own org's files).
 */
class CorpusRoundTripTest {

    @TestFactory
    Stream<DynamicTest> sharedCorpusRoundTripsByteIdentical() throws IOException {
        Path corpus = Shared.require("corpus");
        return roundTrips(corpus);
    }

    @TestFactory
    Stream<DynamicTest> userCorpusRoundTripsByteIdentical() throws IOException {
        String dir = System.getProperty("eca.corpus", "");
        Assumptions.assumeTrue(!dir.isBlank() && !dir.startsWith("${"),
                "SKIPPED: no -Deca.corpus=DIR given (point it at a folder of retrieved metadata to check it)");
        return roundTrips(Paths.get(dir));
    }

    static List<Path> metadataFiles(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith("-meta.xml") || n.equals("package.xml");
                    })
                    .sorted()
                    .forEach(out::add);
        }
        return out;
    }

    private static Stream<DynamicTest> roundTrips(Path root) throws IOException {
        List<Path> files = metadataFiles(root);
        assertThat(files).as("metadata files under " + root).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> {
            byte[] original = Files.readAllBytes(f);
            MetadataDocument<MetadataComponent> doc = MetadataXml.read(f, original);
            assertThat(doc.unknownElements()).as("unknown elements").isEmpty();
            assertThat(new String(doc.toBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(original, StandardCharsets.UTF_8));
        }));
    }
}
