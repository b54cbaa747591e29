package io.github.ecamaven.eca.project;

import java.nio.file.Path;

/** A file the validator read. */
public interface ProjectFile {

    Path path();

    /** Relative to the project root, {@code /}-separated. */
    String relativePath();

    /** A stand-in for findings about a path that is not a file (e.g. a missing package directory). */
    static ProjectFile of(Path path, String relativePath) {
        return new ProjectFile() {
            @Override
            public Path path() {
                return path;
            }

            @Override
            public String relativePath() {
                return relativePath;
            }
        };
    }
}
