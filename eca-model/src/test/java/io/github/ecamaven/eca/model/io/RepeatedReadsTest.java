package io.github.ecamaven.eca.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.model.MetadataComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are read into arrays of their own size, and the parser's reader is reused from file to file: neither may
 * change what a read returns, also after a file that failed half way.
 */
class RepeatedReadsTest {

    @TempDir
    Path tmp;

    @Test
    void filesAreReadWholeWhateverTheirSize() throws Exception {
        for (int size : new int[] {0, 1, 8191, 8192, 8193, 100_000}) {
            byte[] content = new byte[size];
            for (int i = 0; i < size; i++) {
                content[i] = (byte) ('a' + i % 26);
            }
            Path f = Files.write(tmp.resolve("f" + size), content);
            assertThat(InputLimits.read(f)).as("size %d", size).isEqualTo(content);
        }
    }

    @Test
    void aFileWithoutASizeInAdvanceIsReadToItsEnd() throws Exception {
        Path cmdline = Path.of("/proc/self/cmdline");
        Assumptions.assumeTrue(Files.isReadable(cmdline), "needs Linux's /proc (a file that reports size 0)");
        assertThat(Files.size(cmdline)).as("reported size").isZero();
        byte[] read = InputLimits.read(cmdline);
        assertThat(read).isNotEmpty().isEqualTo(Files.readAllBytes(cmdline));
    }

    @Test
    void theReaderIsSoundAfterAFileThatFailedHalfWay() throws Exception {
        String ns = MetadataComponent.NAMESPACE;
        byte[] good = ("<ExternalClientApplication xmlns=\"" + ns + "\">\n  <label>One</label>\n"
                + "</ExternalClientApplication>\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = ("<ExternalClientApplication xmlns=\"" + ns + "\">\n  <label>Two</lab>\n"
                + "</ExternalClientApplication>\n").getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 3; round++) {
            assertThat(SecureXmlParser.parse(Path.of("A.eca-meta.xml"), good).getDocumentElement()
                    .getElementsByTagNameNS(ns, "label").item(0).getTextContent()).isEqualTo("One");
            EcaXmlException e = catchThrowableOfType(EcaXmlException.class,
                    () -> SecureXmlParser.parse(Path.of("B.eca-meta.xml"), broken));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("B.eca-meta.xml:2:");
        }
    }
}
