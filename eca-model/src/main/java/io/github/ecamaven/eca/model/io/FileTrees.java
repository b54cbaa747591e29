package io.github.ecamaven.eca.model.io;

import io.github.ecamaven.eca.model.schema.MetadataType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The two tree walks the goals share: finding the ECA files under a folder, and emptying a scratch folder. */
public final class FileTrees {

    private FileTrees() {}

    /** Every file under {@code root} whose suffix belongs to one of the 13 ECA types, sorted; empty when no folder. */
    public static List<Path> metadataFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> MetadataType.ofFileName(p.getFileName().toString()) != null)
                    .sorted()
                    .toList();
        }
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
