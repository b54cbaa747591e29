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
 * ({@code .eca<digits>.tmp}, {@link #isTempFileName}) so a long target name never makes them fail; errors name the
 * target file and the cause in words. A set written through a {@link WriteJournal} keeps its temp files under the
 * build directory and survives a kill during the renames: the next run finishes it.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
        writeAll(Map.of(file, content), null, true, null);
    }

    /**
     * Writes every file or none.
     *
     * @param scope when not null, every target must lie inside it (symlinks resolved), checked before anything is
     *     written
     * @throws FileWriteException naming the file that failed and why; nothing was changed then
     */
    public static void writeAll(Map<Path, byte[]> files, WriteScope scope) throws IOException {
        writeAll(files, scope, false, null);
    }

    /**
     * {@link #writeAll(Map, WriteScope)} through {@code journal} (null: temp files beside the targets, no journal):
     * the temp files live in the journal's folder under the build directory, and a run killed during the renames
     * leaves a journal with which the next run's {@link WriteJournal#recover()} finishes the set.
     */
    public static void writeAll(Map<Path, byte[]> files, WriteScope scope, WriteJournal journal)
            throws IOException {
        writeAll(files, scope, false, journal);
    }

    /** Whether {@code fileName} is the name of a temp file of this class ({@code .eca*.tmp}). */
    public static boolean isTempFileName(String fileName) {
        return fileName.startsWith(".eca") && fileName.endsWith(".tmp") && fileName.length() > ".eca.tmp".length();
    }

    /** Thrown by the test hook {@link #killAfterRenames}: an Error, so that no rollback or cleanup runs. */
    public static final class SimulatedKill extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedKill(int renames) {
            super("simulated kill after " + renames + " rename(s)");
        }
    }

    private static final ThreadLocal<Integer> KILL_AFTER = new ThreadLocal<>();

    /**
     * For tests of recovery: the writes through a journal in this thread stop as a kill would, after {@code renames}
     * renames (throwing {@link SimulatedKill}: temp files and journal stay), until the returned handle is closed; a
     * negative number stops them once the temp files are written, before the first rename.
     */
    public static AutoCloseable killAfterRenames(int renames) {
        KILL_AFTER.set(renames);
        return KILL_AFTER::remove;
    }

    private static void writeAll(Map<Path, byte[]> files, WriteScope scope, boolean ownerOnly, WriteJournal journal)
            throws IOException {
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            Path t = e.getKey().toAbsolutePath().normalize();
            if (scope != null) {
                scope.check(t, "the file " + t);
            }
            targets.put(t, e.getValue());
        }
        if (targets.isEmpty()) {
            return;
        }
        try (WriteJournal.Batch batch = journal == null ? null : journal.begin()) {
            writeAll(targets, ownerOnly, batch);
        }
    }

    private static void writeAll(Map<Path, byte[]> targets, boolean ownerOnly, WriteJournal.Batch batch)
            throws IOException {
        List<Path> createdDirs = new ArrayList<>();
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        List<Path> committed = new ArrayList<>();
        Path current = null;
        Integer killAfter = batch == null ? null : KILL_AFTER.get();
        try {
            if (batch != null) {
                for (Path target : targets.keySet()) {
                    current = target;
                    createParents(current.getParent(), createdDirs);
                    if (Files.isDirectory(current)) {
                        throw new FileSystemException(current.toString(), null, "is a folder");
                    }
                    temps.put(current, batch.tempFor(current));
                }
                batch.prepared(createdDirs); // before the first temp file exists
            }
            for (Map.Entry<Path, byte[]> e : targets.entrySet()) {
                current = e.getKey();
                Path tmp;
                if (batch == null) {
                    createParents(current.getParent(), createdDirs);
                    if (Files.isDirectory(current)) {
                        throw new FileSystemException(current.toString(), null, "is a folder");
                    }
                    tmp = Files.createTempFile(current.getParent(), ".eca", ".tmp"); // owner-only until moved
                    temps.put(current, tmp);
                } else {
                    tmp = createOwnerOnly(temps.get(current));
                }
                Files.write(tmp, e.getValue());
                if (!ownerOnly) {
                    keepPermissions(current, tmp);
                }
            }
            for (Path target : temps.keySet()) {
                current = target;
                if (Files.isRegularFile(current)) {
                    originals.put(current, Files.readAllBytes(current));
                }
            }
            if (killAfter != null && killAfter < 0) {
                throw new SimulatedKill(killAfter);
            }
            if (batch != null) {
                batch.committing(targets, originals); // every temp file complete: the next run can finish the set
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                if (killAfter != null && committed.size() == killAfter) {
                    throw new SimulatedKill(killAfter);
                }
                current = e.getKey();
                move(e.getValue(), current);
                committed.add(current);
            }
            if (batch != null) {
                batch.done();
            }
        } catch (IOException e) {
            rollback(temps, originals, committed, createdDirs);
            if (batch != null) {
                quietly(() -> {
                    batch.done();
                    return true;
                });
            }
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

    /** A new empty file readable by its owner only (as createTempFile makes them), until moved. */
    private static Path createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createFile(file);
    }

    static void move(Path from, Path to) throws IOException {
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
