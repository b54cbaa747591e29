package io.github.ecamaven.eca.model.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * The journal of the multi-file writes of one build directory, in its folder {@value #FOLDER}: the temp files of a
 * set live there (not beside the targets, where an interrupted run would leave them in a package directory), and a
 * small journal per set lets the next run finish or roll back a set a kill interrupted.
 *
 * <p>A set is written in two steps, each recorded by replacing its journal atomically: "prepared" lists every target
 * and its temp file before the first temp file is created; "committing" adds the SHA-256 of each new and old content
 * once every temp file is complete, before the first rename. {@link #recover()} reads what a dead run left: a
 * prepared set is rolled back (its temp files removed, no target was touched yet), a committing one is finished
 * (every temp file whose content is the journaled one is moved over its target, unless the target was edited since),
 * and every other file in the folder is removed.
 *
 * <p>An atomic rename needs the temp file on the target's file system: for a target on another file system than the
 * build directory the temp file is created beside the target, and journaled all the same.
 *
 * <p>Runs that write hold a shared lock on the folder's {@value #LOCK} file; recovery needs the exclusive one, so it
 * never touches the set of a run that is still alive (a killed process loses its locks).
 */
public final class WriteJournal {

    /** The folder, relative to the build directory. */
    public static final String FOLDER = "eca/tmp";

    static final String LOCK = ".lock";
    private static final String SUFFIX = ".journal";
    private static final String PART = ".part";
    private static final String PREPARED = "prepared";
    private static final String COMMITTING = "committing";

    /** The folders whose lock this JVM holds, with the number of sets writing through each. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path dir;
    private final Predicate<Path> sameFileSystem;
    private final Map<Path, Boolean> sameStoreByFolder = new HashMap<>();
    private FileStore store;

    private WriteJournal(Path dir, Predicate<Path> sameFileSystem) {
        this.dir = dir.toAbsolutePath().normalize();
        this.sameFileSystem = sameFileSystem;
    }

    /** The journal of {@code buildDirectory} (its folder {@value #FOLDER} is created when a set is written). */
    public static WriteJournal in(Path buildDirectory) {
        return new WriteJournal(buildDirectory.resolve(FOLDER), null);
    }

    /** For tests: {@code sameFileSystem} says whether a temp file in the folder can be renamed into a target folder. */
    static WriteJournal in(Path buildDirectory, Predicate<Path> sameFileSystem) {
        return new WriteJournal(buildDirectory.resolve(FOLDER), sameFileSystem);
    }

    /** The folder of the temp files and journals. */
    public Path folder() {
        return dir;
    }

    // ---------------------------------------------------------------- recovery

    /**
     * What {@link #recover()} did.
     *
     * @param finished interrupted sets completed
     * @param rolledBack interrupted sets rolled back (interrupted before their first rename)
     * @param renamed temp files moved over their targets
     * @param tempsRemoved files deleted from the folder or beside the targets (temp files not moved into place,
     *     journals of dead runs)
     * @param kept targets left as they are: edited since the interruption, or their temp file was incomplete
     * @param busy another run was writing, so nothing was looked at
     */
    public record Recovery(int finished, int rolledBack, int renamed, int tempsRemoved, List<Path> kept,
            boolean busy) {

        static final Recovery NOTHING = new Recovery(0, 0, 0, 0, List.of(), false);

        /** Whether anything was found. */
        public boolean didSomething() {
            return finished + rolledBack + renamed + tempsRemoved > 0 || !kept.isEmpty();
        }

        /** One line saying what was done, for the log. */
        public String summary() {
            StringBuilder b = new StringBuilder("Recovered from an interrupted write (" + FOLDER + "): ");
            List<String> parts = new ArrayList<>();
            if (finished > 0) {
                parts.add("finished " + finished + " set(s) of files (" + renamed + " file(s) moved into place)");
            }
            if (rolledBack > 0) {
                parts.add("rolled back " + rolledBack + " set(s) interrupted before any file was replaced");
            }
            if (tempsRemoved > 0) {
                parts.add("deleted " + tempsRemoved + " temp file(s)");
            }
            if (!kept.isEmpty()) {
                parts.add("left " + kept.size() + " file(s) as they are, edited since or with an incomplete temp"
                        + " file (check them, then run again): " + kept.subList(0, Math.min(5, kept.size()))
                        + (kept.size() > 5 ? " and " + (kept.size() - 5) + " more" : ""));
            }
            parts.add("no temp file is left");
            return b.append(String.join("; ", parts)).toString();
        }
    }

    /**
     * Finishes or rolls back every set a dead run left in the folder and removes every temp file of those sets;
     * does nothing while another run writes through the folder.
     */
    public Recovery recover() throws IOException {
        if (!Files.isDirectory(dir) || onlyLock()) {
            return Recovery.NOTHING;
        }
        synchronized (HELD) {
            if (HELD.containsKey(dir)) {
                return new Recovery(0, 0, 0, 0, List.of(), true);
            }
            try (FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = ch.tryLock();
                    if (lock == null) {
                        return new Recovery(0, 0, 0, 0, List.of(), true);
                    }
                } catch (OverlappingFileLockException e) {
                    return new Recovery(0, 0, 0, 0, List.of(), true);
                } catch (IOException e) {
                    lock = null; // a file system without locks: runs are not told apart there
                }
                try {
                    return recoverLocked();
                } finally {
                    if (lock != null) {
                        lock.release();
                    }
                }
            }
        }
    }

    private boolean onlyLock() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (!p.getFileName().toString().equals(LOCK)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Recovery recoverLocked() throws IOException {
        int finished = 0;
        int rolledBack = 0;
        int renamed = 0;
        int removed = 0;
        List<Path> kept = new ArrayList<>();
        List<Path> journals = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            s.forEach(journals::add);
        }
        journals.sort(null);
        for (Path j : journals) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(j, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                p.clear(); // unreadable: nothing was renamed by its run before it was complete, treated as prepared
            }
            boolean committing = COMMITTING.equals(p.getProperty("state"));
            for (int i = 0; p.getProperty("target." + i) != null && p.getProperty("temp." + i) != null; i++) {
                Path target = Path.of(p.getProperty("target." + i));
                Path temp = Path.of(p.getProperty("temp." + i));
                if (!committing || p.getProperty("new." + i) == null) {
                    removed += Files.deleteIfExists(temp) ? 1 : 0;
                    continue;
                }
                String fresh = p.getProperty("new." + i);
                String old = p.getProperty("old." + i, "");
                if (Files.isRegularFile(temp)) {
                    String now = Files.isRegularFile(target) ? sha256(Files.readAllBytes(target)) : "";
                    if (fresh.equals(sha256(Files.readAllBytes(temp))) && now.equals(old) && moved(temp, target)) {
                        renamed++;
                    } else {
                        Files.deleteIfExists(temp);
                        removed++;
                        if (!now.equals(fresh)) {
                            kept.add(target);
                        }
                    }
                } else if (!Files.isRegularFile(target) || !fresh.equals(sha256(Files.readAllBytes(target)))) {
                    kept.add(target); // neither the new content nor a temp file to give it: someone changed it
                }
            }
            if (!committing) {
                List<Path> dirs = new ArrayList<>();
                for (int i = 0; p.getProperty("dir." + i) != null; i++) {
                    dirs.add(Path.of(p.getProperty("dir." + i)));
                }
                for (int i = dirs.size() - 1; i >= 0; i--) {
                    deleteEmptyFolder(dirs.get(i));
                }
            }
            if (committing) {
                finished++;
            } else {
                rolledBack++;
            }
            Files.deleteIfExists(j);
        }
        List<Path> rest = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(rest::add);
        }
        for (Path f : rest) { // no run writes now: whatever is left belongs to a dead one
            if (!f.getFileName().toString().equals(LOCK) && Files.isRegularFile(f)) {
                removed += Files.deleteIfExists(f) ? 1 : 0;
            }
        }
        return new Recovery(finished, rolledBack, renamed, removed, List.copyOf(kept), false);
    }

    /** Moves a temp file of a dead set into place; false when that fails (its folder is gone, not writable). */
    private static boolean moved(Path temp, Path target) {
        try {
            AtomicFiles.move(temp, target);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteEmptyFolder(Path d) {
        try {
            Files.deleteIfExists(d); // fails, and is left, when it holds anything
        } catch (IOException ignored) {
            // not empty: someone's files are in it
        }
    }

    // ---------------------------------------------------------------- writing

    /** One set being written: holds the shared lock until closed. */
    final class Batch implements AutoCloseable {

        private final String id;
        private final Map<Path, Path> temps = new LinkedHashMap<>();
        private boolean closed;

        Batch() throws IOException {
            share();
            String candidate;
            do {
                candidate = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
            } while (Files.exists(dir.resolve(candidate + SUFFIX)));
            this.id = candidate;
        }

        /** The temp file of {@code target} (not created yet): in the folder, or beside it on another file system. */
        Path tempFor(Path target) throws IOException {
            String name = ".eca" + id + "-" + temps.size() + ".tmp";
            Path t = sameStore(target.getParent()) ? dir.resolve(name) : target.resolveSibling(name);
            temps.put(target, t);
            return t;
        }

        /** Before the first temp file is created: every target, its temp file and the folders created for them. */
        void prepared(List<Path> createdDirs) throws IOException {
            Properties p = entries(PREPARED);
            for (int i = 0; i < createdDirs.size(); i++) {
                p.setProperty("dir." + i, createdDirs.get(i).toString());
            }
            save(p);
        }

        /** Every temp file is complete: the digests of the new and the old contents (empty: no old file). */
        void committing(Map<Path, byte[]> contents, Map<Path, byte[]> originals) throws IOException {
            Properties p = entries(COMMITTING);
            int i = 0;
            for (Path target : temps.keySet()) {
                p.setProperty("new." + i, sha256(contents.get(target)));
                byte[] old = originals.get(target);
                p.setProperty("old." + i, old == null ? "" : sha256(old));
                i++;
            }
            save(p);
        }

        /** The set is written, or rolled back by this run: the journal goes. */
        void done() throws IOException {
            Files.deleteIfExists(journal());
        }

        private Properties entries(String state) {
            Properties p = new Properties();
            p.setProperty("state", state);
            p.setProperty("count", Integer.toString(temps.size()));
            int i = 0;
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                p.setProperty("target." + i, e.getKey().toString());
                p.setProperty("temp." + i, e.getValue().toString());
                i++;
            }
            return p;
        }

        private Path journal() {
            return dir.resolve(id + SUFFIX);
        }

        /** Atomically: written beside, then renamed over the journal (the folder is one file system). */
        private void save(Properties p) throws IOException {
            StringWriter w = new StringWriter();
            p.store(w, "eca-maven-plugin: a set of files being written; the next eca:generate or eca:migrate"
                    + " finishes or rolls it back");
            Path part = dir.resolve(id + SUFFIX + PART);
            Files.writeString(part, w.toString(), StandardCharsets.UTF_8);
            Files.move(part, journal(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release();
            }
        }
    }

    /** Starts a set: creates the folder and takes the shared lock. */
    Batch begin() throws IOException {
        return new Batch();
    }

    private boolean sameStore(Path folder) throws IOException {
        if (sameFileSystem != null) {
            return sameFileSystem.test(folder);
        }
        Boolean same = sameStoreByFolder.get(folder);
        if (same == null) {
            if (store == null) {
                store = Files.getFileStore(dir);
            }
            same = Files.getFileStore(folder).equals(store);
            sameStoreByFolder.put(folder, same);
        }
        return same;
    }

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int users;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private void share() throws IOException {
        synchronized (HELD) {
            Held h = HELD.get(dir);
            if (h == null) {
                Files.createDirectories(dir);
                FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = ch.lock(0, Long.MAX_VALUE, true); // waits while another process recovers
                } catch (IOException e) {
                    lock = null; // a file system without locks: runs are not told apart there
                }
                h = new Held(ch, lock);
                HELD.put(dir, h);
            }
            h.users++;
        }
    }

    private void release() {
        synchronized (HELD) {
            Held h = HELD.get(dir);
            if (h != null && --h.users == 0) {
                HELD.remove(dir);
                try {
                    h.channel.close(); // releases the lock
                } catch (IOException ignored) {
                    // the process ends its locks at the latest
                }
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
