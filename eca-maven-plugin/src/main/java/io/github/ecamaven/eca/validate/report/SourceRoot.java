package io.github.ecamaven.eca.validate.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory CI systems resolve report paths against: the top level of the git repository that holds the project
 * (code scanning, Jenkins and GitLab all check out the repository there), else the project directory itself.
 */
public final class SourceRoot {

    private SourceRoot() {}

    /**
     * The nearest directory at or above {@code projectDir} with a {@code .git} entry (a directory, or the file of a
     * worktree or submodule); {@code projectDir} when there is none.
     */
    public static Path of(Path projectDir) {
        Path dir = projectDir.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return dir;
    }

    /** {@code projectDir} relative to {@code root} with {@code /} and a trailing slash; empty when they are equal. */
    public static String prefix(Path root, Path projectDir) {
        Path rel = root.relativize(projectDir.toAbsolutePath().normalize());
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "" : s + "/";
    }
}
