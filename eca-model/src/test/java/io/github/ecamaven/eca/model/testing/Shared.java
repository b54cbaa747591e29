package io.github.ecamaven.eca.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * The one lookup of the optional reference folder beside the checkout ({@code ../shared}, or {@code -Deca.shared=DIR},
 * which the build sets): tests that use it skip, saying so, when it is absent. Shared with the plugin's tests through
 * eca-model's test jar.
 */
public final class Shared {

    private Shared() {}

    /** The folder, whether or not it exists. */
    public static Path dir() {
        String s = System.getProperty("eca.shared", "");
        return s.isBlank() || s.startsWith("${") ? Paths.get("..", "..", "shared") : Paths.get(s);
    }

    /** {@code relative} inside it; skips the calling test with a visible message when that is not there. */
    public static Path require(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) {
            System.out.println("SKIPPED: no " + relative + " in " + dir() + " (the shared reference folder beside the"
                    + " checkout; -Deca.shared=DIR points elsewhere)");
        }
        Assumptions.assumeTrue(Files.exists(p), "SKIPPED: no " + p + " (set -Deca.shared=DIR to run this test)");
        return p;
    }
}
