package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place that decides where a project's ECA files are and which files count: the package directories of
 * sfdx-project.json; files by suffix (the 13 ECA types, names that look like one, Connected Apps, the ECA org
 * settings); folders never searched (tool and build output) and folders that hold another component's content
 * (LWC and Aura bundles, unpacked static resources) pruned. Symbolic links are followed inside the project and
 * reported when they lead outside it or nowhere ({@link FileTrees#walk}, one file-system call per entry).
 *
 * <p>Every goal finds its files here: eca:validate's scanner (one walk per package directory for all its rules),
 * the org goals, migrate and the packaging checks. Files the project's {@code .forceignore} lists are not part of
 * the package or the deploy, so no walk here returns them as files ({@link ForceIgnore}, the reader
 * eca:package-version-create's checks use too); {@link Found#ignored} lists those a scan may still read.
 */
public final class EcaFileFinder {

    /** Folders never searched: version control, sf's state, build output, editors, dependencies. */
    public static final Set<String> SKIPPED = Set.of(".git", ".sf", ".sfdx", "node_modules", "target", ".idea",
            ".vscode", ".github");

    /** Folders whose whole content is one component of another type, so they cannot hold an ECA file. */
    private static final Set<String> BUNDLES = Set.of("lwc", "aura");

    /** Folders whose sub-folders are unpacked static resources. */
    private static final String STATIC_RESOURCES = "staticresources";

    /**
     * What one walk found.
     *
     * @param ecaFiles files with an ECA suffix or a name that looks like one, sorted
     * @param connectedApps Connected App files (source or Metadata API format), sorted
     * @param appSettings the ECA org settings files ({@code settings/ExternalClientApp.settings-meta.xml}), sorted
     * @param outsideLinks links not followed because they lead outside the project or nowhere
     * @param leftoverTemps temp files of an interrupted write ({@link AtomicFiles#isTempFileName}), sorted
     * @param ignored files with an ECA suffix (or a name that looks like one) that {@code .forceignore} keeps out of
     *     the package and the deploy, sorted
     */
    public record Found(List<Path> ecaFiles, List<Path> connectedApps, List<Path> appSettings,
            List<FileTrees.OutsideLink> outsideLinks, List<Path> leftoverTemps, List<Path> ignored) {}

    private EcaFileFinder() {}

    /** Whether the walk leaves the folder {@code name} (in the folder {@code parentName}) out. */
    public static boolean skipped(String name, String parentName) {
        return SKIPPED.contains(name) || BUNDLES.contains(name) || STATIC_RESOURCES.equals(parentName);
    }

    /** A file of one of the 13 ECA types. */
    public static boolean isEcaFile(String fileName) {
        return MetadataType.ofFileName(fileName) != null;
    }

    /** A known ECA suffix, or a name that looks like one ({@code .ecaGlobalOauth-meta.xml}). */
    public static boolean isEcaLike(String fileName) {
        return MetadataType.ofFileName(fileName) != null || MetadataType.looksLikeEcaFile(fileName);
    }

    /** A Connected App in source or Metadata API format. */
    public static boolean isConnectedApp(String fileName) {
        return ConnectedAppFile.componentName(fileName) != null;
    }

    /** The ECA org settings file (its folder is checked on the path). */
    public static boolean isAppSettings(Path file) {
        Path parent = file.getParent();
        return file.getFileName().toString().equals(ClientSecretSetting.FILE_NAME) && parent != null
                && parent.getFileName() != null && parent.getFileName().toString().equals(ClientSecretSetting.FOLDER);
    }

    /**
     * The ECA files, Connected Apps, settings files and leftover temp files under {@code dir} in one walk; nothing
     * when it is no folder.
     *
     * @param projectRoot links are followed while they stay inside it
     */
    public static Found find(Path projectRoot, Path dir) throws IOException {
        return find(projectRoot, dir, ForceIgnore.read(projectRoot));
    }

    /** {@link #find(Path, Path)} with the project's {@code .forceignore} already read. */
    public static Found find(Path projectRoot, Path dir, ForceIgnore ignore) throws IOException {
        List<Path> eca = new ArrayList<>();
        List<Path> connectedApps = new ArrayList<>();
        List<Path> settings = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        FileTrees.Walk w = walkAll(projectRoot, dir, name -> isEcaLike(name) || isConnectedApp(name)
                || name.equals(ClientSecretSetting.FILE_NAME) || AtomicFiles.isTempFileName(name));
        for (Path f : w.files()) {
            String name = f.getFileName().toString();
            if (ignore.ignores(projectRoot, f)) {
                if (isEcaLike(name)) {
                    ignored.add(f);
                }
            } else if (isEcaLike(name)) {
                eca.add(f);
            } else if (isConnectedApp(name)) {
                connectedApps.add(f);
            } else if (isAppSettings(f)) {
                settings.add(f);
            } else if (AtomicFiles.isTempFileName(name)) {
                temps.add(f);
            }
        }
        List<FileTrees.OutsideLink> links = w.outsideLinks().stream()
                .filter(l -> !ignore.ignores(projectRoot, l.link())).toList();
        return new Found(eca, connectedApps, settings, links, temps, ignored);
    }

    /**
     * Files under {@code dir} whose name {@code wanted} accepts, with this class's folder policy, less those the
     * {@code .forceignore} of {@code projectRoot} lists; nothing when {@code dir} does not exist.
     */
    public static FileTrees.Walk walk(Path projectRoot, Path dir, Predicate<String> wanted) throws IOException {
        ForceIgnore ignore = ForceIgnore.read(projectRoot);
        FileTrees.Walk w = walkAll(projectRoot, dir, wanted);
        if (ignore.isEmpty()) {
            return w;
        }
        return new FileTrees.Walk(w.files().stream().filter(f -> !ignore.ignores(projectRoot, f)).toList(),
                w.outsideLinks().stream().filter(l -> !ignore.ignores(projectRoot, l.link())).toList());
    }

    /** The walk itself, {@code .forceignore} not applied. */
    private static FileTrees.Walk walkAll(Path projectRoot, Path dir, Predicate<String> wanted) throws IOException {
        if (!Files.exists(projectRoot)) {
            return new FileTrees.Walk(List.of(), List.of());
        }
        return FileTrees.walk(dir, projectRoot, EcaFileFinder::skipped, wanted);
    }

    /** The package directories sfdx-project.json lists, resolved; {@code force-app} when there is none. */
    public static List<Path> packageDirectories(Path projectDir) throws IOException, SfdxProjectException {
        List<Path> out = new ArrayList<>();
        if (SfdxProject.exists(projectDir)) {
            for (SfdxProject.PackageDirectory d : SfdxProject.read(projectDir).packageDirectories()) {
                if (d.path() != null) {
                    out.add(projectDir.resolve(d.path()).normalize());
                }
            }
        }
        if (out.isEmpty()) {
            out.add(projectDir.resolve(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY));
        }
        return out;
    }

    /**
     * Every file of the 13 ECA types under each of {@code roots} (links followed while they stay inside that root),
     * sorted per root, less those the {@code .forceignore} of {@code projectRoot} lists; a root that is no folder
     * has none.
     */
    public static List<Path> ecaFiles(Path projectRoot, List<Path> roots) throws IOException {
        ForceIgnore ignore = ForceIgnore.read(projectRoot);
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            for (Path f : walkAll(root, root, EcaFileFinder::isEcaFile).files()) {
                if (!ignore.ignores(projectRoot, f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
