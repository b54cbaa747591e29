package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.MetadataComponent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken files end in one {@link EcaXmlException} naming the file, the line and the limit: never a
 * StackOverflowError, an OutOfMemoryError or a raw parser message.
 */
class BoundedParsingTest {

    private static final String NS = MetadataComponent.NAMESPACE;

    @TempDir
    Path tmp;

    /** An .eca file whose {@code <label>} holds {@code levels} nested elements. */
    static byte[] nested(int levels) {
        StringBuilder sb = new StringBuilder(levels * 8 + 200);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExternalClientApplication xmlns=\"").append(NS)
                .append("\">\n<label>");
        sb.append("<a>".repeat(levels)).append("x").append("</a>".repeat(levels));
        sb.append("</label>\n</ExternalClientApplication>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private EcaXmlException readError(String name, byte[] content) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, content);
        return catchThrowableOfType(EcaXmlException.class, () -> MetadataXml.read(f));
    }

    @ParameterizedTest
    @ValueSource(ints = {3_000, 200_000})
    void deepNestingIsOneErrorAtTheDepthLimit(int levels) throws Exception {
        EcaXmlException e = readError("Deep.eca-meta.xml", nested(levels));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.file().getFileName().toString()).isEqualTo("Deep.eca-meta.xml");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("nested more than " + InputLimits.MAX_DEPTH + " deep");
    }

    @Test
    void nestingJustBelowTheLimitIsRead() throws Exception {
        // the root and <label> take two levels
        MetadataDocument<MetadataComponent> doc =
                MetadataXml.read(Path.of("Ok.eca-meta.xml"), nested(InputLimits.MAX_DEPTH - 2));
        assertThat(doc.root().getLocalName()).isEqualTo("ExternalClientApplication");
        assertThat(doc.toXml()).contains("<a>");
    }

    @Test
    void oneAndAHalfMillionElementsAreOneErrorAtTheElementLimit() throws Exception {
        StringBuilder sb = new StringBuilder(7_000_000);
        sb.append("<ExternalClientApplication xmlns=\"").append(NS).append("\">\n");
        for (int i = 0; i < 1_500_000; i++) {
            sb.append("<a/>");
        }
        sb.append("\n</ExternalClientApplication>\n");
        byte[] content = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) content.length).isLessThan(InputLimits.MAX_FILE_BYTES);
        EcaXmlException e = readError("Many.eca-meta.xml", content);
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("more than 200,000 elements and comments (the limit)");
    }

    @Test
    void commentsCountTowardsTheElementLimit() throws Exception {
        String text = "<ExternalClientApplication xmlns=\"" + NS + "\">\n" + "<!---->".repeat(250_000)
                + "\n</ExternalClientApplication>\n";
        EcaXmlException e = readError("Comments.eca-meta.xml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(e).isNotNull();
        assertThat(e.reason()).contains("more than 200,000 elements and comments (the limit)");
    }

    @Test
    void aFiftyMegabyteValueIsOneErrorAtTheFileSizeLimit() throws Exception {
        byte[] head = ("<ExternalClientApplication xmlns=\"" + NS + "\">\n<label>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</label>\n</ExternalClientApplication>\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[50 * 1024 * 1024];
        Arrays.fill(content, (byte) 'x');
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, content.length - tail.length, tail.length);
        EcaXmlException e = readError("Huge.eca-meta.xml", content);
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).contains("52,428,800 bytes").contains("limit of 10,485,760 bytes");
        // the same from bytes already in memory
        EcaXmlException fromBytes = catchThrowableOfType(EcaXmlException.class,
                () -> MetadataXml.read(Path.of("Huge.eca-meta.xml"), content));
        assertThat(fromBytes.reason()).contains("limit of 10,485,760 bytes");
    }

    @Test
    void aValueAboveTheValueLimitIsOneErrorNamingTheElement() throws Exception {
        String value = "y".repeat(InputLimits.MAX_VALUE_CHARS + 1);
        String text = "<ExternalClientApplication xmlns=\"" + NS + "\">\n  <label>" + value
                + "</label>\n</ExternalClientApplication>\n";
        EcaXmlException e = readError("Long.eca-meta.xml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("text of <label>").contains("1,048,577 characters")
                .contains("limit of 1,048,576");
    }

    @Test
    void invalidUtf8NamesLineAndColumnAndPrintsNothing() throws Exception {
        byte[] content = ("<ExternalClientApplication xmlns=\"" + NS + "\">\n  <label>ab\u00ff</label>\n"
                + "</ExternalClientApplication>\n").getBytes(StandardCharsets.ISO_8859_1);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        EcaXmlException e;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            e = readError("Bad.eca-meta.xml", content);
        } finally {
            System.setErr(err);
        }
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.reason()).contains("not valid UTF-8 (byte 0xFF here)");
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("nothing on stderr").isEmpty();
    }

    @Test
    void aFolderWithAnEcaNameIsOneErrorNamingIt() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("Dir.eca-meta.xml"));
        EcaXmlException e = catchThrowableOfType(EcaXmlException.class, () -> MetadataXml.read(d));
        assertThat(e.getMessage()).startsWith(d + ":1: ").contains("is a folder, not a file");
    }

    @Test
    void duplicatesAreRecordedWithPositionsAndValues() throws Exception {
        String text = "<ExternalClientApplication xmlns=\"" + NS + "\">\n"
                + "    <distributionState>Local</distributionState>\n"
                + "    <distributionState>Packaged</distributionState>\n"
                + "    <isProtected>false</isProtected>\n"
                + "    <isProtected>false</isProtected>\n"
                + "    <label>App</label>\n"
                + "</ExternalClientApplication>\n";
        MetadataDocument<ExternalClientApplication> doc = typed(text);
        assertThat(doc.model().getDistributionState()).isEqualTo(ExtlClntAppDistState.Packaged);
        assertThat(doc.duplicates()).extracting(DuplicateElement::path, DuplicateElement::values,
                DuplicateElement::conflicting).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("distributionState", java.util.List.of("Local", "Packaged"),
                                true),
                        org.assertj.core.groups.Tuple.tuple("isProtected", java.util.List.of("false", "false"),
                                false));
        DuplicateElement d = doc.duplicates().stream().filter(x -> x.name().equals("distributionState")).findFirst()
                .orElseThrow();
        assertThat(d.positions()).containsExactly(new SourcePosition(2, 5), new SourcePosition(3, 5));
    }

    private static MetadataDocument<ExternalClientApplication> typed(String text) throws Exception {
        MetadataDocument<MetadataComponent> doc =
                MetadataXml.read(Path.of("App.eca-meta.xml"), text.getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        MetadataDocument<ExternalClientApplication> t = (MetadataDocument<ExternalClientApplication>) (Object) doc;
        return t;
    }
}
