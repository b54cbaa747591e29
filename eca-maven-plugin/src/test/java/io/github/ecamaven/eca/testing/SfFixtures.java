package io.github.ecamaven.eca.testing;

import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfOutputParser;
import io.github.ecamaven.eca.sf.SfResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON shapes under {@code src/test/resources/sf/}, written after the captured sf 2.129.8 outputs. */
public final class SfFixtures {

    private SfFixtures() {}

    public static String text(String name) {
        try (InputStream in = SfFixtures.class.getResourceAsStream("/sf/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the gateway makes of a fixture printed with {@code exitCode}. */
    public static SfResult parse(SfCommand command, int exitCode, String fixture) throws SfCliException {
        return SfOutputParser.parse(command, exitCode, text(fixture), "");
    }
}
