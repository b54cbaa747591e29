package io.github.ecamaven.eca.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@link StartupBench}'s project (one generated app) in a JVM of its own. */
public final class WriteFixture {

    static final Path DIR = Path.of("target", "startup-fixture");

    private WriteFixture() {}

    public static void main(String[] args) throws Exception {
        InProcessBench.delete(DIR);
        Files.createDirectories(DIR);
        OneApp.generate(DIR);
        System.out.println("startup fixture in " + DIR.toAbsolutePath());
    }
}
