package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scanner found in an sfdx project: {@code sfdx-project.json}, its package directories, the ECA files in
 * them and the manifests. Rules read only this.
 */
public final class EcaProject {

    private final Path root;
    private final SfdxProject sfdxProject;
    private final List<PackageDir> packageDirs;
    private final List<EcaFile> ecaFiles;
    private final List<ManifestFile> manifests;
    private final List<ConnectedAppFile> connectedApps;
    private final List<LinkedOutFile> linksOut;
    private final Map<Path, String> texts;
    private final List<ProjectFile> appSettings;
    private final List<ProjectFile> leftoverTemps;
    private final List<EcaFile> ignoredFiles;
    // indexes built once: rules look files up per app, and a scan per lookup made validate quadratic in the apps
    private final Map<MetadataType, List<EcaFile>> byType = new EnumMap<>(MetadataType.class);
    private final Map<String, EcaFile> apps = new LinkedHashMap<>();
    private final Map<MetadataType, Map<String, List<EcaFile>>> byApp = new EnumMap<>(MetadataType.class);
    /** References with a namespace prefix to the app without it. */
    private final Map<String, String> resolved = new HashMap<>();
    private final Map<String, List<EcaFile>> namespaced = new LinkedHashMap<>();

    public EcaProject(Path root, SfdxProject sfdxProject, List<PackageDir> packageDirs, List<EcaFile> ecaFiles,
            List<ManifestFile> manifests) {
        this(root, sfdxProject, packageDirs, ecaFiles, manifests, List.of(), List.of(), Map.of());
    }

    /**
     * @param connectedApps Connected App files in the package directories
     * @param linksOut symbolic links in the package directories that lead outside the project or nowhere
     * @param texts the raw text of each file read (bytes as ISO-8859-1, so nothing fails to decode), by path
     */
    public EcaProject(Path root, SfdxProject sfdxProject, List<PackageDir> packageDirs, List<EcaFile> ecaFiles,
            List<ManifestFile> manifests, List<ConnectedAppFile> connectedApps, List<LinkedOutFile> linksOut,
            Map<Path, String> texts) {
        this(root, sfdxProject, packageDirs, ecaFiles, manifests, connectedApps, linksOut, texts, List.of());
    }

    /** @param appSettings the ECA org settings files in the package directories (for the settings rules) */
    public EcaProject(Path root, SfdxProject sfdxProject, List<PackageDir> packageDirs, List<EcaFile> ecaFiles,
            List<ManifestFile> manifests, List<ConnectedAppFile> connectedApps, List<LinkedOutFile> linksOut,
            Map<Path, String> texts, List<ProjectFile> appSettings) {
        this(root, sfdxProject, packageDirs, ecaFiles, manifests, connectedApps, linksOut, texts, appSettings,
                List.of());
    }

    /** @param leftoverTemps temp files of an interrupted write in the package directories */
    public EcaProject(Path root, SfdxProject sfdxProject, List<PackageDir> packageDirs, List<EcaFile> ecaFiles,
            List<ManifestFile> manifests, List<ConnectedAppFile> connectedApps, List<LinkedOutFile> linksOut,
            Map<Path, String> texts, List<ProjectFile> appSettings, List<ProjectFile> leftoverTemps) {
        this(root, sfdxProject, packageDirs, ecaFiles, manifests, connectedApps, linksOut, texts, appSettings,
                leftoverTemps, List.of());
    }

    /**
     * @param ignoredFiles ECA files in the package directories that {@code .forceignore} keeps out of the deploy and
     *     the package; not in {@link #ecaFiles()}
     */
    public EcaProject(Path root, SfdxProject sfdxProject, List<PackageDir> packageDirs, List<EcaFile> ecaFiles,
            List<ManifestFile> manifests, List<ConnectedAppFile> connectedApps, List<LinkedOutFile> linksOut,
            Map<Path, String> texts, List<ProjectFile> appSettings, List<ProjectFile> leftoverTemps,
            List<EcaFile> ignoredFiles) {
        this.ignoredFiles = List.copyOf(ignoredFiles);
        this.appSettings = List.copyOf(appSettings);
        this.leftoverTemps = List.copyOf(leftoverTemps);
        this.root = root;
        this.sfdxProject = sfdxProject;
        this.packageDirs = List.copyOf(packageDirs);
        this.ecaFiles = List.copyOf(ecaFiles);
        this.manifests = List.copyOf(manifests);
        this.connectedApps = List.copyOf(connectedApps);
        this.linksOut = List.copyOf(linksOut);
        this.texts = Map.copyOf(texts);
        for (EcaFile f : this.ecaFiles) {
            if (f.readable() && f.type() != null) {
                byType.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(f);
            }
        }
        byType.replaceAll((t, l) -> List.copyOf(l));
        for (EcaFile f : filesOf(MetadataType.EXTERNAL_CLIENT_APPLICATION)) {
            apps.putIfAbsent(f.componentName(), f);
        }
        String ns = sfdxProject == null || sfdxProject.syntaxError() != null ? null : sfdxProject.string(SfdxProject.KEY_NAMESPACE);
        for (EcaFile f : this.ecaFiles) {
            String app = f.readable() && f.type() != null ? f.appName() : null;
            if (app == null) {
                continue;
            }
            int sep = app.indexOf("__");
            if (sep > 0 && !apps.containsKey(app) && apps.containsKey(app.substring(sep + 2))) {
                String prefix = app.substring(0, sep);
                if (ns == null || ns.isBlank()) { // sf would look for the prefixed name: the project must say it
                    namespaced.computeIfAbsent(prefix, p -> new ArrayList<>()).add(f);
                }
                if (ns == null || ns.isBlank() || ns.equals(prefix)) {
                    resolved.put(app, app.substring(sep + 2));
                    app = app.substring(sep + 2);
                }
            }
            byApp.computeIfAbsent(f.type(), t -> new HashMap<>()).computeIfAbsent(app, a -> new ArrayList<>()).add(f);
        }
    }

    /**
     * The app {@code name} (a satellite's {@code <externalClientApplication>}) means: itself, or — for a name with a
     * namespace prefix ({@code acme__My_App}) that no app has, while {@code My_App} is an app of the project and the
     * project's namespace is that prefix or none — the app without the prefix. A retrieve from the namespace's
     * packaging org writes the references that way.
     */
    public String resolveApp(String name) {
        return name == null ? null : resolved.getOrDefault(name, name);
    }

    /** The app a satellite belongs to ({@link #resolveApp} of its reference); a header's own name. */
    public String appOf(EcaFile f) {
        return resolveApp(f.appName());
    }

    /**
     * Satellites whose reference resolved through a namespace prefix that sfdx-project.json does not declare (it
     * has no namespace), by prefix.
     */
    public Map<String, List<EcaFile>> undeclaredNamespaces() {
        return Collections.unmodifiableMap(namespaced);
    }

    /** Connected App files in the package directories (text only: for the secret rules). */
    public List<ConnectedAppFile> connectedApps() {
        return connectedApps;
    }

    /** The ECA org settings files ({@code settings/ExternalClientApp.settings-meta.xml}) the scan found. */
    public List<ProjectFile> appSettings() {
        return appSettings;
    }

    /** Temp files an interrupted write left in the package directories ({@code .eca*.tmp}). */
    public List<ProjectFile> leftoverTemps() {
        return leftoverTemps;
    }

    /** Symbolic links the scan did not follow because they lead outside the project or nowhere. */
    public List<LinkedOutFile> linksOut() {
        return linksOut;
    }

    /**
     * The raw text of a file the scan read, each byte as one ISO-8859-1 character (so positions of ASCII markers are
     * exact and no file fails to decode); null when the file was not read (too large, a folder).
     */
    public String rawText(ProjectFile f) {
        return texts.get(f.path());
    }

    public Path root() {
        return root;
    }

    /** The project file, or null when there is none. */
    public SfdxProject sfdxProject() {
        return sfdxProject;
    }

    public List<PackageDir> packageDirs() {
        return packageDirs;
    }

    /** Whether {@code dir} is a directory, or will be one because an ECA file of this project lies in it. */
    public boolean isDirectory(Path dir) {
        return java.nio.file.Files.isDirectory(dir) || ecaFiles.stream().anyMatch(f -> f.path().startsWith(dir));
    }

    /** Every file with an ECA suffix or a misspelling of one that sf would deploy ({@code .forceignore} applied). */
    public List<EcaFile> ecaFiles() {
        return ecaFiles;
    }

    /** ECA files that {@code .forceignore} keeps out of the deploy and the package. */
    public List<EcaFile> ignoredFiles() {
        return ignoredFiles;
    }

    /**
     * Every ECA file in the package directories, those {@code .forceignore} lists included: they are not deployed,
     * but a secret in them is committed all the same (for the secret rules).
     */
    public List<EcaFile> committedFiles() {
        if (ignoredFiles.isEmpty()) {
            return ecaFiles;
        }
        List<EcaFile> out = new ArrayList<>(ecaFiles);
        out.addAll(ignoredFiles);
        return out;
    }

    /** ECA files whose content could be read. */
    public List<EcaFile> readableFiles() {
        return ecaFiles.stream().filter(EcaFile::readable).toList();
    }

    /** Readable files of one type. */
    public List<EcaFile> filesOf(MetadataType type) {
        return byType.getOrDefault(type, List.of());
    }

    public List<ManifestFile> manifests() {
        return manifests;
    }

    /** The apps ({@code .eca} files) by name; the first one wins on duplicates. */
    public Map<String, EcaFile> apps() {
        return Collections.unmodifiableMap(apps);
    }

    /** The readable satellites of {@code type} naming {@code appName}. */
    public List<EcaFile> satellites(String appName, MetadataType type) {
        if (appName == null) {
            return List.of();
        }
        return List.copyOf(byApp.getOrDefault(type, Map.of()).getOrDefault(resolveApp(appName), List.of()));
    }

    /** The first satellite of {@code type} for the app, or null. */
    public EcaFile satellite(String appName, MetadataType type) {
        List<EcaFile> l = satellites(appName, type);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The app's header ({@code .eca} file), or null when the project does not have it. */
    public EcaFile header(String appName) {
        return appName == null ? null : apps().get(resolveApp(appName));
    }

    /** {@code distributionState} of an app, or null when the app or the element is absent. */
    public String distributionState(String appName) {
        EcaFile app = apps().get(resolveApp(appName));
        return app == null ? null : app.text("distributionState");
    }

    /** Whether the app is distributed to other orgs ({@code Packaged}). */
    public boolean isPackaged(String appName) {
        return ExtlClntAppDistState.Packaged.name().equals(distributionState(appName));
    }

    /** {@code sourceApiVersion} when present and well-formed, else null. */
    public ApiVersion sourceApiVersion() {
        return sfdxProject == null ? null : ApiVersion.tryParse(sfdxProject.sourceApiVersion());
    }

    /** Every file read, for reports that list files without findings. */
    public List<ProjectFile> allFiles() {
        List<ProjectFile> out = new ArrayList<>();
        if (sfdxProject != null) {
            out.add(sfdxProject);
        }
        out.addAll(committedFiles());
        out.addAll(manifests);
        out.addAll(connectedApps);
        return out;
    }
}
