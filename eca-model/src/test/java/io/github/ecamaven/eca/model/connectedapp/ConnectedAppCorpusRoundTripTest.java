package io.github.ecamaven.eca.model.connectedapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Connected App file of {@code ../shared/corpus-connected-app} (source and MDAPI form, and the XML block of
 * the one Markdown page) reads as a {@link ConnectedApp} and writes back byte-identical.
 */
class ConnectedAppCorpusRoundTripTest {

    private static final Pattern FENCE = Pattern.compile("```[a-z]*\\n(<\\?xml.*?</ConnectedApp>\\n?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> corpusRoundTripsByteIdentical() throws IOException {
        Path corpus = Shared.require("corpus-connected-app");
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("INDEX.md"))
                    .sorted().toList();
        }
        assertThat(files).as("files under " + corpus).hasSizeGreaterThanOrEqualTo(20);
        return files.stream().map(f -> DynamicTest.dynamicTest(corpus.relativize(f).toString(), () -> {
            String original = xmlOf(f);
            MetadataDocument<MetadataComponent> doc =
                    MetadataXml.read(f, original.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.model()).isInstanceOf(ConnectedApp.class);
            assertThat(((ConnectedApp) doc.model()).getLabel()).isNotBlank();
            // every file, whatever formatted it (CR in a value, a space before ?>, a start tag broken over lines)
            assertThat(new String(doc.toBytes(), StandardCharsets.UTF_8)).isEqualTo(original);
        }));
    }

    /** The file, or the fenced XML block of a Markdown page. */
    static String xmlOf(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (!f.getFileName().toString().endsWith(".md")) {
            return text;
        }
        Matcher m = FENCE.matcher(text);
        assertThat(m.find()).as("an XML code block in " + f).isTrue();
        return m.group(1);
    }

}
