package io.github.ecamaven.eca.model.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * Which folders a walk leaves out, told by name: the folder's own and its parent's, so deciding costs no path
     * object per folder.
     */
    @FunctionalInterface
    public interface FolderFilter {
        /** A filter that enters every folder. */
        FolderFilter NONE = (name, parentName) -> false;

        /**
         * @param name the folder's file name
         * @param parentName the file name of the folder it is in ({@code ""} for a root)
         * @return true to leave the folder out
         */
        boolean skip(String name, String parentName);
    }

    /**
     * Walks {@code start} without recursion. A symbolic link (also {@code start} itself) is followed when its target
     * lies inside {@code boundary}; otherwise, or when it points nowhere, it is returned as an {@link OutsideLink} if
     * it leads to a folder or has a wanted name. A folder reached twice through links is walked once, so link loops
     * end.
     *
     * <p>Cost per entry: most entries of a Salesforce project are files nobody asked for (Apex classes, fields,
     * layouts). For those the walk makes one {@code stat} through {@link File#isDirectory} and creates no path or
     * attributes object: that is what keeps a 100,000-file tree cheap in time and in garbage. Folders and wanted
     * names get the full treatment (attributes read without following links, so links are told apart). A folder
     * with a name that is not plain ASCII is listed through {@link Files#newDirectoryStream} instead, which keeps
     * the file system's bytes: a name the platform charset cannot decode would not resolve back to the file.
     * Folders are told apart by their file key (device and inode) instead of a real-path lookup per folder.
     *
     * @param skipFolder folders not to enter; {@code start} is always entered
     * @param wantedName file names to return
     */
    public static Walk walk(Path start, Path boundary, FolderFilter skipFolder, Predicate<String> wantedName)
            throws IOException {
        Path limit = boundary.toRealPath();
        List<Path> files = new ArrayList<>();
        List<OutsideLink> outside = new ArrayList<>();
        Set<Object> entered = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        BasicFileAttributes startAttrs;
        try {
            startAttrs = Files.readAttributes(start, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new Walk(files, outside);
        }
        if (startAttrs.isSymbolicLink()) {
            Path real = inside(start, limit, true, outside);
            if (real == null) {
                return new Walk(files, outside);
            }
            startAttrs = followed(real);
        }
        if (startAttrs == null || !startAttrs.isDirectory()) {
            return new Walk(files, outside);
        }
        entered.add(key(start, startAttrs));
        todo.push(start);
        while (!todo.isEmpty()) {
            Path dir = todo.pop();
            Path dirName = dir.getFileName();
            String parentName = dirName == null ? "" : dirName.toString();
            boolean plain = dir.getFileSystem() == FileSystems.getDefault(); // java.io.File knows no other
            File dirFile = plain ? dir.toFile() : null;
            String[] names = plain ? dirFile.list() : null;
            if (names == null || !allAscii(names)) {
                walkListed(dir, parentName, limit, skipFolder, wantedName, files, outside, entered, todo);
                continue;
            }
            // the entries' paths as one exact-size concatenation each (File(File, String) grows a StringBuilder)
            String prefix = dirFile.getPath().endsWith(File.separator) ? dirFile.getPath()
                    : dirFile.getPath() + File.separator;
            for (String name : names) {
                boolean wanted = wantedName.test(name);
                if (!wanted && !new File(prefix.concat(name)).isDirectory()) {
                    continue; // a file nobody asked for (or a link to one, or gone): no path, no attributes
                }
                visit(dir.resolve(name), name, parentName, wanted, limit, skipFolder, files, outside, entered, todo);
            }
        }
        files.sort(Comparator.naturalOrder());
        return new Walk(files, outside);
    }

    /**
     * One folder through NIO's listing: when plain listing fails (NIO then says why), a name is not ASCII, or the
     * folder is on another file system than the default one.
     */
    private static void walkListed(Path dir, String parentName, Path limit, FolderFilter skipFolder,
            Predicate<String> wantedName, List<Path> files, List<OutsideLink> outside, Set<Object> entered,
            Deque<Path> todo) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                visit(p, name, parentName, wantedName.test(name), limit, skipFolder, files, outside, entered, todo);
            }
        } catch (NoSuchFileException | NotDirectoryException gone) {
            // deleted or replaced while we walk
        }
    }

    /** One entry that may be a folder or a wanted file: attributes without following links, then the link policy. */
    private static void visit(Path p, String name, String parentName, boolean wanted, Path limit,
            FolderFilter skipFolder, List<Path> files, List<OutsideLink> outside, Set<Object> entered,
            Deque<Path> todo) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return; // deleted while we walk
        }
        if (a.isSymbolicLink()) {
            Path real = inside(p, limit, wanted, outside);
            if (real == null || (a = followed(real)) == null) {
                return;
            }
        }
        if (a.isDirectory()) {
            if (!skipFolder.skip(name, parentName) && entered.add(key(p, a))) {
                todo.push(p);
            }
        } else if (wanted && a.isRegularFile()) {
            files.add(p);
        }
    }

    private static boolean allAscii(String[] names) {
        for (String n : names) {
            for (int i = 0; i < n.length(); i++) {
                if (n.charAt(i) >= 0x80) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The attributes of a link's target, or null when it vanished. */
    private static BasicFileAttributes followed(Path real) throws IOException {
        try {
            return Files.readAttributes(real, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** What identifies a folder however it is reached: its file key, else (no key on this file system) its real path. */
    private static Object key(Path dir, BasicFileAttributes a) throws IOException {
        Object k = a.fileKey();
        return k != null ? k : dir.toRealPath();
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
