package io.github.ecamaven.eca.model.io;

import java.nio.file.Path;

/** Lets tests in other packages find {@code ../shared} the same way the corpus test does. */
public final class CorpusRoundTripTestAccess {

    private CorpusRoundTripTestAccess() {}

    public static Path sharedDir() {
        return CorpusRoundTripTest.sharedDir();
    }
}
