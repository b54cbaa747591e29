package io.github.ecamaven.eca.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the plugin may write: inside the project directory or its build directory, after resolving symlinks. A path
 * is resolved by taking the real path of its nearest existing ancestor (so a symlinked folder counts where it
 * points) and appending the rest; {@code ../} and absolute paths are judged by where they end up.
 */
public final class WriteScope {

    private final List<Path> roots;

    private WriteScope(List<Path> roots) {
        this.roots = roots;
    }

    /** The scope of {@code projectDir} and any further roots (the build directory); nulls are left out. */
    public static WriteScope of(Path projectDir, Path... more) throws IOException {
        List<Path> roots = new ArrayList<>();
        roots.add(real(projectDir));
        for (Path p : more) {
            if (p != null) {
                roots.add(real(p));
            }
        }
        return new WriteScope(List.copyOf(roots));
    }

    /** The roots, resolved: the project first. */
    public List<Path> roots() {
        return roots;
    }

    /** Whether {@code path}, resolved, lies inside one of the roots. */
    public boolean contains(Path path) throws IOException {
        Path r = real(path);
        return roots.stream().anyMatch(r::startsWith);
    }

    /**
     * The resolved {@code target}, when it lies inside the scope.
     *
     * @param what how the user sets this path ({@code eca.retrieve.outputDirectory}, {@code packageDirectories[0].path}
     *     in sfdx-project.json), named in the message
     * @throws OutputPathException when it does not; nothing was written
     */
    public Path check(Path target, String what) throws IOException {
        Path r = real(target);
        if (roots.stream().anyMatch(r::startsWith)) {
            return r;
        }
        Path given = target.toAbsolutePath().normalize();
        throw new OutputPathException(what + " is " + target + (r.equals(given) ? "" : ", which resolves to " + r
                + " (through a symlink or ..)") + ": outside the project " + roots.get(0)
                + (roots.size() > 1 ? " and its build directory " + roots.get(1) : "")
                + ". The plugin writes only inside the project; point " + lowerFirst(what) + " at a place inside it."
                + " Nothing was written.");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || !Character.isUpperCase(s.charAt(0)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * {@code path} with every symlink resolved: the real path of its nearest existing ancestor plus the remaining
     * names. A dangling symlink is resolved to where it points.
     */
    public static Path real(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        Path base;
        if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
            Path link = Files.readSymbolicLink(existing);
            base = real(existing.getParent().resolve(link));
        } else {
            base = existing.toRealPath();
        }
        for (Path p : rest) {
            base = base.resolve(p.toString());
        }
        return base;
    }
}
