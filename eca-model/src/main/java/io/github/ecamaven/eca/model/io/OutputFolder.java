package io.github.ecamaven.eca.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder the plugin owns: created by it and marked with {@value #MARKER}, so that a later run may empty it. A
 * folder without the marker that holds anything is never emptied and never written into: the plugin deletes only
 * what it created.
 */
public final class OutputFolder {

    /** The file that marks a folder as the plugin's own output. */
    public static final String MARKER = ".eca-maven-plugin-output";

    private static final byte[] MARKER_TEXT = ("Created by eca-maven-plugin, which empties this folder on its next run."
            + "\nDelete this file to keep the folder from being emptied (the plugin then refuses to use it).\n")
            .getBytes(StandardCharsets.UTF_8);

    private OutputFolder() {}

    /**
     * Makes {@code dir} ready for a fresh output: checked against {@code scope}, created and marked when new, emptied
     * (marker kept) when it carries the marker, refused when it holds files without it.
     *
     * @param parameter the parameter that sets the folder, named in errors ({@code eca.retrieve.outputDirectory})
     * @return the resolved folder
     */
    public static Path prepareEmpty(WriteScope scope, Path dir, String parameter) throws IOException {
        Path real = scope.check(dir, parameter);
        requireFolder(real, dir, parameter);
        if (Files.isDirectory(real) && !Files.exists(real.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                && !isEmpty(real)) {
            throw new OutputPathException(parameter + " is " + dir + ", which holds files eca-maven-plugin did not"
                    + " create (it has no " + MARKER + " file). The plugin empties this folder before each run and"
                    + " never deletes what it did not create. Point " + parameter + " at a new or empty folder (the"
                    + " default is under target/), or move the files away. Nothing was deleted.");
        }
        if (Files.isDirectory(real)) {
            emptyExceptMarker(real);
        }
        Files.createDirectories(real);
        Path marker = real.resolve(MARKER);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            Files.write(marker, MARKER_TEXT);
        }
        return real;
    }

    /**
     * Makes {@code dir} ready for the plugin's report files (written by name, nothing deleted): checked against
     * {@code scope} and created when missing.
     *
     * @return the resolved folder
     */
    public static Path prepareReports(WriteScope scope, Path dir, String parameter) throws IOException {
        Path real = scope.check(dir, parameter);
        requireFolder(real, dir, parameter);
        Files.createDirectories(real);
        return real;
    }

    private static void requireFolder(Path real, Path dir, String parameter) throws OutputPathException {
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new OutputPathException(parameter + " is " + dir + ", which is a file, not a folder. Point "
                    + parameter + " at a folder (it is created when missing). Nothing was written.");
        }
        Path p = real.getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p != null && !Files.isDirectory(p)) {
            throw new OutputPathException(parameter + " is " + dir + ", but " + p + " is a file, not a folder."
                    + " Point " + parameter + " at a folder. Nothing was written.");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes everything in {@code dir} but the marker; symlinks are removed as links, never followed. */
    private static void emptyExceptMarker(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(p -> !p.equals(dir) && !p.equals(marker)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
