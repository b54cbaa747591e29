package io.github.ecamaven.eca.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The common subset of {@code .forceignore} (gitignore syntax): comments, blank lines, globs with {@code *} and
 * {@code **}, a leading {@code /} anchoring to the project root, a trailing {@code /} for folders. A pattern without
 * a slash matches any file or folder name. Negations ({@code !…}) are not supported and are ignored, so a path they
 * would re-include is still checked — the safe side for the packaging checks.
 */
final class ForceIgnore {

    private final List<PathMatcher> anchored = new ArrayList<>();
    private final List<PathMatcher> names = new ArrayList<>();

    static ForceIgnore read(Path projectRoot) throws IOException {
        ForceIgnore f = new ForceIgnore();
        Path file = projectRoot.resolve(".forceignore");
        if (Files.isRegularFile(file)) {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                f.add(raw);
            }
        }
        return f;
    }

    void add(String raw) {
        String p = raw.strip();
        if (p.isEmpty() || p.startsWith("#") || p.startsWith("!")) {
            return;
        }
        p = p.replace('\\', '/');
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return;
        }
        boolean hasSlash = p.contains("/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p);
        (hasSlash ? anchored : names).add(m);
    }

    /** Whether {@code relative} (to the project root) or one of its parent folders is ignored. */
    boolean ignores(Path relative) {
        for (int i = 1; i <= relative.getNameCount(); i++) {
            Path prefix = relative.subpath(0, i);
            Path name = relative.getName(i - 1);
            for (PathMatcher m : anchored) {
                if (m.matches(prefix)) {
                    return true;
                }
            }
            for (PathMatcher m : names) {
                if (m.matches(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
