package io.github.ecamaven.eca.testing;

import io.github.ecamaven.eca.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a project folder holds, for tests that compare a project with another after a kill or a rerun. */
public final class ProjectTrees {

    private ProjectTrees() {}

    /** Every file of the project but the build directory: relative path → content. */
    public static Map<String, String> projectFiles(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith("target/")) {
                    out.put(rel, Files.readString(p));
                }
            }
        }
        return out;
    }

    /** The temp files of multi-file writes anywhere in the project, build directory included. */
    public static List<String> tempFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> AtomicFiles.isTempFileName(p.getFileName().toString()))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
