package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.OutputPathException;
import io.github.ecamaven.eca.model.io.WriteScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one check of a place the user names by a parameter for the plugin to write (a report folder, the validate
 * baseline, an env file): refused, naming the parameter, when it is empty, the project root itself, or inside a package
 * directory of sfdx-project.json (sf would deploy what lands there); otherwise it goes through the project's
 * {@link WriteScope}. A file target may also be required to be absent or of the kind the plugin writes there, so
 * that a setting such as {@code -Deca.validate.baseline=pom.xml} never replaces a file of the user's.
 *
 * <p>The package directories are read leniently: a broken sfdx-project.json is eca:validate's to report, and the
 * folders it lists still count; a project without one has {@code force-app}, as {@link EcaFileFinder} assumes.
 */
public final class WriteTargets {

    private final Path projectDir;
    private final Path realProject;
    private final WriteScope scope;
    private final List<PackageDir> packageDirs;

    /** A package directory as sfdx-project.json spells it, and resolved. */
    private record PackageDir(String declared, Path real) {}

    private WriteTargets(Path projectDir, WriteScope scope, List<PackageDir> packageDirs) throws IOException {
        this.projectDir = projectDir;
        this.realProject = WriteScope.real(projectDir);
        this.scope = scope;
        this.packageDirs = packageDirs;
    }

    /** The targets of {@code projectDir}; {@code moreRoots} (the build directory; nulls are left out) too. */
    public static WriteTargets of(Path projectDir, Path... moreRoots) throws IOException {
        Path root = projectDir.toAbsolutePath().normalize();
        Path realRoot = WriteScope.real(root);
        List<PackageDir> dirs = new ArrayList<>();
        for (String d : packageDirectoryPaths(root)) {
            Path real = WriteScope.real(root.resolve(d));
            if (!realRoot.startsWith(real)) { // "." (or above the project) is a rule's to report, not a folder here
                dirs.add(new PackageDir(d, real));
            }
        }
        return new WriteTargets(root, WriteScope.of(root, moreRoots), List.copyOf(dirs));
    }

    /**
     * {@code path} checked as a place to write ({@link #check(String, Path)}) in {@code projectDir} alone: the call
     * for code that has nothing but the project.
     */
    public static Path check(Path projectDir, String property, Path path) throws IOException {
        return of(projectDir).check(property, path);
    }

    /**
     * The resolved {@code path}, a file or folder the parameter {@code property} names. A relative path is judged as
     * the file system takes it, from the working directory, since that is where a writer would put it: resolve it
     * against the project first where the project is meant.
     *
     * @param property the parameter's property, from {@link PropertyNames}; the message names it with its POM element
     * @throws OutputPathException when the path is empty or blank, the project root, inside a package directory, or
     *     outside the write scope; nothing was written
     */
    public Path check(String property, Path path) throws IOException {
        return scope.check(place(property, path), PropertyNames.describe(property));
    }

    /**
     * The absolute {@code path} when it is not empty or blank, not the project root and not inside a package
     * directory: {@link #check(String, Path)} without the write scope, for a file that is only read this time (a
     * baseline may be shared from outside the project) but would be written another time.
     *
     * @throws OutputPathException naming the parameter and the fix
     */
    public Path place(String property, Path path) throws IOException {
        String name = PropertyNames.describe(property);
        if (path == null || path.toString().isBlank()
                || path.getFileName() != null && path.getFileName().toString().isBlank()) {
            throw new OutputPathException(name + " is empty or blank" + (path == null ? "" : " ('" + path + "')")
                    + ". Set it to a path inside the project, e.g. under target/,"
                    + " or remove the setting to use the default. Nothing was written.");
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path real = WriteScope.real(absolute);
        if (real.equals(realProject)) {
            throw new OutputPathException(name + " is " + path + ", the project root itself (an empty value means"
                    + " the project root too); the plugin's files would mix with the project's. Point " + property
                    + " at a folder of its own, e.g. under target/, or remove the setting to use the default."
                    + " Nothing was written.");
        }
        for (PackageDir d : packageDirs) {
            if (real.startsWith(d.real())) {
                throw new OutputPathException(name + " is " + path + ", inside the package directory "
                        + d.declared() + " of " + SfdxProject.FILE_NAME + ", whose files sf deploys. Point "
                        + property + " at a place outside every package directory, e.g. under target/, or remove"
                        + " the setting to use the default. Nothing was written.");
            }
        }
        return absolute;
    }

    /**
     * {@link #check(String, Path)} for a file, which, when it exists, must be empty or of the kind the plugin writes
     * there ({@code ours} accepts it): anything else would be replaced.
     *
     * @param kind what the plugin writes there, for the message ({@code an eca:validate baseline})
     * @param mark how that kind is recognised, for the message ({@code the first line "# eca:validate baseline"})
     */
    public Path checkFile(String property, Path path, String kind, String mark, Predicate<Path> ours)
            throws IOException {
        Path real = check(property, path);
        String name = PropertyNames.describe(property);
        if (Files.isDirectory(real)) {
            throw new OutputPathException(name + " is " + path + ", an existing folder, not " + kind + ". Point "
                    + property + " at a file. Nothing was written.");
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && Files.size(real) > 0 && !ours.test(real)) {
            throw new OutputPathException(name + " is " + path + ", an existing file that is not " + kind
                    + " (" + kind + " has " + mark + "); writing it would replace the file's content. Point "
                    + property + " at a new file or at " + kind + ", or move the file away. Nothing was written.");
        }
        return real;
    }

    private static List<String> packageDirectoryPaths(Path root) {
        List<String> out = new ArrayList<>();
        if (SfdxProject.exists(root)) {
            List<SfdxProject.PackageDirectory> listed;
            try {
                listed = SfdxProject.inspect(root.resolve(SfdxProject.FILE_NAME)).packageDirectories();
            } catch (IOException e) { // unreadable: eca:validate reports it; the convention below still counts
                listed = List.of();
            }
            for (SfdxProject.PackageDirectory d : listed) {
                if (d.path() != null && !d.path().isBlank()) {
                    out.add(d.path());
                }
            }
        }
        if (out.isEmpty()) {
            out.add(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY);
        }
        return out;
    }
}
