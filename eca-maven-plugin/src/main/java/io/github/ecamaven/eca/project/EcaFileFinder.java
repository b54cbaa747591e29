package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.credentials.ClientSecretSetting;
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
 * the org goals, migrate and the packaging checks.
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
     */
    public record Found(List<Path> ecaFiles, List<Path> connectedApps, List<Path> appSettings,
            List<FileTrees.OutsideLink> outsideLinks, List<Path> leftoverTemps) {}

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
        return fileName.endsWith(".connectedApp-meta.xml") || fileName.endsWith(".connectedApp");
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
        List<Path> eca = new ArrayList<>();
        List<Path> connectedApps = new ArrayList<>();
        List<Path> settings = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        FileTrees.Walk w = walk(projectRoot, dir, name -> isEcaLike(name) || isConnectedApp(name)
                || name.equals(ClientSecretSetting.FILE_NAME) || AtomicFiles.isTempFileName(name));
        for (Path f : w.files()) {
            String name = f.getFileName().toString();
            if (isEcaLike(name)) {
                eca.add(f);
            } else if (isConnectedApp(name)) {
                connectedApps.add(f);
            } else if (isAppSettings(f)) {
                settings.add(f);
            } else if (AtomicFiles.isTempFileName(name)) {
                temps.add(f);
            }
        }
        return new Found(eca, connectedApps, settings, w.outsideLinks(), temps);
    }

    /**
     * Files under {@code dir} whose name {@code wanted} accepts, with this class's folder policy; nothing when
     * {@code dir} does not exist.
     */
    public static FileTrees.Walk walk(Path projectRoot, Path dir, Predicate<String> wanted) throws IOException {
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
            out.add(projectDir.resolve("force-app"));
        }
        return out;
    }

    /**
     * Every file of the 13 ECA types under each of {@code roots} (links followed while they stay inside that root),
     * sorted per root; a root that is no folder has none.
     */
    public static List<Path> ecaFiles(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            out.addAll(walk(root, root, EcaFileFinder::isEcaFile).files());
        }
        return out;
    }
}
