package io.github.ecamaven.eca.model.io;

import io.github.ecamaven.eca.model.schema.MetadataType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The tree walks the goals share: finding files under a folder (symbolic links followed while they stay inside a
 * boundary, and reported when they do not), and emptying a scratch folder.
 */
public final class FileTrees {

    /**
     * A symbolic link the walk did not follow because it leads outside the boundary or nowhere.
     *
     * @param link the link as found in the tree
     * @param target where it points (the link's own text when it points nowhere)
     * @param exists whether the target exists
     */
    public record OutsideLink(Path link, Path target, boolean exists) {}

    /**
     * What a walk found.
     *
     * @param files the wanted files, sorted (paths as found, through links)
     * @param outsideLinks links not followed, in the order met
     */
    public record Walk(List<Path> files, List<OutsideLink> outsideLinks) {}

    private FileTrees() {}

    /** Every file under {@code root} whose suffix belongs to one of the 13 ECA types, sorted; empty when no folder. */
    public static List<Path> metadataFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        return walk(root, root, d -> false, name -> MetadataType.ofFileName(name) != null).files();
    }

    /**
     * Walks {@code start} without recursion. A symbolic link (also {@code start} itself) is followed when its target
     * lies inside {@code boundary}; otherwise, or when it points nowhere, it is returned as an {@link OutsideLink} if
     * it leads to a folder or has a wanted name. A folder reached twice through links is walked once, so link loops
     * end.
     *
     * @param skipFolder folders (by path as found) not to enter; {@code start} is always entered
     * @param wantedName file names to return
     */
    public static Walk walk(Path start, Path boundary, Predicate<Path> skipFolder, Predicate<String> wantedName)
            throws IOException {
        Path limit = boundary.toRealPath();
        List<Path> files = new ArrayList<>();
        List<OutsideLink> outside = new ArrayList<>();
        Set<Path> entered = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        if (Files.isSymbolicLink(start)) {
            Path real = inside(start, limit, true, outside);
            if (real == null || !Files.isDirectory(real)) {
                return new Walk(files, outside);
            }
        }
        if (!Files.isDirectory(start)) {
            return new Walk(files, outside);
        }
        entered.add(start.toRealPath());
        todo.push(start);
        while (!todo.isEmpty()) {
            Path dir = todo.pop();
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                ds.forEach(entries::add);
            }
            for (Path p : entries) {
                String name = p.getFileName().toString();
                Path real = p;
                if (Files.isSymbolicLink(p)) {
                    real = inside(p, limit, wantedName.test(name), outside);
                    if (real == null) {
                        continue;
                    }
                }
                if (Files.isDirectory(real)) {
                    if (!skipFolder.test(p) && entered.add(real.toRealPath())) {
                        todo.push(p);
                    }
                } else if (Files.isRegularFile(real) && wantedName.test(name)) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.naturalOrder());
        return new Walk(files, outside);
    }

    /** The real target of {@code link} when it is inside {@code limit}; else records it (when relevant) and null. */
    private static Path inside(Path link, Path limit, boolean wanted, List<OutsideLink> outside) throws IOException {
        Path text = Files.readSymbolicLink(link);
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            if (wanted) {
                outside.add(new OutsideLink(link, text, false));
            }
            return null;
        }
        if (real.startsWith(limit)) {
            return real;
        }
        if (wanted || Files.isDirectory(real)) {
            outside.add(new OutsideLink(link, real, true));
        }
        return null;
    }

    /** Deletes {@code dir} and everything in it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
