package io.github.ecamaven.eca.model.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes files so that an interrupted run never leaves a half-written file (temp file beside it, then an atomic move),
 * and a set of files all or nothing: every temp file is written first, then all are moved into place; when anything
 * fails, the temps are removed and the files already replaced get their old content back. Temp names are short
 * ({@code .eca<digits>.tmp}) so a long target name never makes them fail; errors name the target file and the cause
 * in words.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {}

    /**
     * Writes {@code content} to {@code file} unless it already holds exactly that.
     *
     * @return true when the file was written, false when it was already up to date (its time is left alone)
     */
    public static boolean writeIfChanged(Path file, byte[] content) throws IOException {
        return writeIfChanged(file, content, null);
    }

    /** {@link #writeIfChanged(Path, byte[])} for a file that must lie inside {@code scope} (null: anywhere). */
    public static boolean writeIfChanged(Path file, byte[] content, WriteScope scope) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return false;
        }
        writeAll(Map.of(file, content), scope);
        return true;
    }

    /** Writes {@code content} to {@code file} through a temp file in the same folder and an atomic move. */
    public static void write(Path file, byte[] content) throws IOException {
        writeAll(Map.of(file, content), null);
    }

    /**
     * Like {@link #write}, for a file with a secret: readable by its owner only (0600 where the file system has
     * POSIX permissions) from the moment it exists, whatever the old file allowed.
     */
    public static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        writeAll(Map.of(file, content), null, true);
    }

    /**
     * Writes every file or none.
     *
     * @param scope when not null, every target must lie inside it (symlinks resolved), checked before anything is
     *     written
     * @throws FileWriteException naming the file that failed and why; nothing was changed then
     */
    public static void writeAll(Map<Path, byte[]> files, WriteScope scope) throws IOException {
        writeAll(files, scope, false);
    }

    private static void writeAll(Map<Path, byte[]> files, WriteScope scope, boolean ownerOnly) throws IOException {
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            Path t = e.getKey().toAbsolutePath().normalize();
            if (scope != null) {
                scope.check(t, "the file " + t);
            }
            targets.put(t, e.getValue());
        }
        List<Path> createdDirs = new ArrayList<>();
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        List<Path> committed = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> e : targets.entrySet()) {
                current = e.getKey();
                createParents(current.getParent(), createdDirs);
                if (Files.isDirectory(current)) {
                    throw new FileSystemException(current.toString(), null, "is a folder");
                }
                Path tmp = Files.createTempFile(current.getParent(), ".eca", ".tmp"); // owner-only until moved
                temps.put(current, tmp);
                Files.write(tmp, e.getValue());
                if (!ownerOnly) {
                    keepPermissions(current, tmp);
                }
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                current = e.getKey();
                if (Files.isRegularFile(current)) {
                    originals.put(current, Files.readAllBytes(current));
                }
                move(e.getValue(), current);
                committed.add(current);
            }
        } catch (IOException e) {
            rollback(temps, originals, committed, createdDirs);
            throw failure(current, e, targets.size());
        }
    }

    private static void createParents(Path dir, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void rollback(Map<Path, Path> temps, Map<Path, byte[]> originals, List<Path> committed,
            List<Path> createdDirs) {
        for (Path tmp : temps.values()) {
            quietly(() -> Files.deleteIfExists(tmp));
        }
        for (int i = committed.size() - 1; i >= 0; i--) {
            Path f = committed.get(i);
            byte[] old = originals.get(f);
            if (old == null) {
                quietly(() -> Files.deleteIfExists(f));
            } else {
                quietly(() -> {
                    Path tmp = Files.createTempFile(f.getParent(), ".eca", ".tmp");
                    Files.write(tmp, old);
                    keepPermissions(f, tmp);
                    move(tmp, f);
                    return true;
                });
            }
        }
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
            Path d = createdDirs.get(i);
            quietly(() -> Files.deleteIfExists(d)); // only empty folders go; never a user's file
        }
    }

    private interface Io {
        Object run() throws IOException;
    }

    private static void quietly(Io io) {
        try {
            io.run();
        } catch (IOException ignored) {
            // best effort: the error that started the rollback is the one reported
        }
    }

    /** The old file's permissions, or rw-r--r-- for a new one (createTempFile makes files owner-only). */
    private static void keepPermissions(Path file, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(file) ? Files.getPosixFilePermissions(file) : NEW_FILE);
    }

    /** {@code e} as a message naming {@code target} and the cause in words. */
    public static FileWriteException failure(Path target, IOException e, int fileCount) {
        if (e instanceof FileWriteException f) {
            return f;
        }
        String why = cause(target, e);
        String rest = fileCount > 1 ? " None of the " + fileCount + " files was changed (all or nothing)." : "";
        return new FileWriteException("Cannot write " + target + ": " + why + "." + rest, e);
    }

    /** The folder of {@code folder}'s path that exists as something else (a file), or null: the user's to move. */
    private static Path fileInTheWay(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    static String cause(Path target, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String where = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        Path folder = target == null ? null : target.getParent();
        if (reason.contains("File name too long")) {
            return "the file name is too long for the file system (" + target.getFileName().toString().length()
                    + " characters; most allow 255 bytes)";
        }
        if (e instanceof AccessDeniedException || reason.contains("Permission denied")) {
            return "permission denied: the folder " + folder + " or the file is not writable";
        }
        if (reason.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        if (reason.contains("No space left")) {
            return "the disk is full";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || reason.contains("Not a directory")) {
            Path blocking = fileInTheWay(folder);
            return (blocking != null ? blocking : where != null ? where : folder) + " is a file where a folder is"
                    + " needed; move or delete it";
        }
        if ("is a folder".equals(reason)) {
            return "a folder of that name is in the way";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder disappeared while writing";
        }
        return reason;
    }
}
