package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files the validator needs: {@code sfdx-project.json}, the files with ECA suffixes (or misspellings) in
 * every package directory, and the manifests. It lists directories but opens only those files, so its cost grows
 * with the number of ECA files, not with the size of the tree. Files the project's {@code .forceignore} lists are not
 * deployed or packaged: the rules see them only as {@link EcaProject#ignoredFiles()}.
 */
public final class ProjectScanner {

    private ProjectScanner() {}

    /**
     * Scans {@code root}.
     *
     * @param extraManifests further package.xml files (absolute or relative to the root); missing ones are ignored
     */
    public static EcaProject scan(Path root, List<Path> extraManifests) throws IOException {
        return scan(root, extraManifests, Map.of());
    }

    /**
     * Scans {@code root} as it would be after writing {@code planned} (path relative to the root, forward slashes,
     * to the new content): a planned file replaces the file on disk or is added where it would be written.
     */
    public static EcaProject scan(Path root, List<Path> extraManifests, Map<String, byte[]> planned)
            throws IOException {
        Path projectRoot = root.toAbsolutePath().normalize();
        Map<Path, byte[]> overlay = new HashMap<>();
        planned.forEach((rel, bytes) -> overlay.put(projectRoot.resolve(rel).normalize(), bytes));
        if (!Files.isDirectory(projectRoot) && overlay.isEmpty()) {
            throw new ConfigurationException("the project directory " + projectRoot + " does not exist or is not a"
                    + " folder; point " + PropertyNames.PROJECT_DIRECTORY
                    + " at the folder that holds sfdx-project.json");
        }
        Path json = projectRoot.resolve(SfdxProject.FILE_NAME);
        SfdxProject sfdx = overlay.containsKey(json)
                ? SfdxProject.inspect(json, overlay.get(json))
                : SfdxProject.present(projectRoot) ? SfdxProject.inspect(json) : null;
        List<PackageDir> dirs = packageDirs(projectRoot, sfdx);
        Found found = new Found(overlay, Files.isDirectory(projectRoot) ? ForceIgnore.read(projectRoot)
                : ForceIgnore.NONE);
        List<PackageDir> roots = dirs;
        if (dirs.isEmpty()) { // no sfdx-project.json, or one whose package directories cannot be read
            roots = List.of(new PackageDir(".", projectRoot, true, null, null));
        }
        for (PackageDir d : roots) {
            if (d.dir().startsWith(projectRoot)) {
                walk(projectRoot, d, found);
            }
        }
        for (Map.Entry<Path, byte[]> e : overlay.entrySet()) { // planned files not on disk yet
            Path f = e.getKey();
            for (PackageDir d : roots) {
                if (EcaFileFinder.isEcaLike(f.getFileName().toString()) && f.startsWith(d.dir())
                        && d.dir().startsWith(projectRoot) && found.seen.add(f)) {
                    (found.ignore.ignores(projectRoot, f) ? found.ignored : found.files)
                            .add(read(projectRoot, d, f, found.texts, e.getValue()));
                }
            }
        }
        List<ManifestFile> manifests = new ArrayList<>();
        Set<Path> manifestPaths = new LinkedHashSet<>(manifestPaths(projectRoot, extraManifests));
        for (Path p : overlay.keySet()) {
            if (isManifestLocation(projectRoot, p, extraManifests)) {
                manifestPaths.add(p);
            }
        }
        for (Path m : manifestPaths) {
            manifests.add(readManifest(projectRoot, m, found.texts, overlay.get(m)));
        }
        return new EcaProject(projectRoot, sfdx, dirs, found.files, manifests, found.connectedApps,
                found.linksOut, found.texts, found.appSettings, found.leftoverTemps, found.ignored);
    }

    /** What the walks of the package directories collected. */
    private static final class Found {
        final List<EcaFile> files = new ArrayList<>();
        /** ECA files {@code .forceignore} keeps out of the deploy: read for the secret rules only. */
        final List<EcaFile> ignored = new ArrayList<>();
        final List<ConnectedAppFile> connectedApps = new ArrayList<>();
        final List<LinkedOutFile> linksOut = new ArrayList<>();
        final List<ProjectFile> appSettings = new ArrayList<>();
        final List<ProjectFile> leftoverTemps = new ArrayList<>();
        final Set<Path> seen = new LinkedHashSet<>();
        final Map<Path, String> texts = new HashMap<>();
        /** Planned content by absolute path, read instead of the disk. */
        final Map<Path, byte[]> overlay;
        final ForceIgnore ignore;

        Found(Map<Path, byte[]> overlay, ForceIgnore ignore) {
            this.overlay = overlay;
            this.ignore = ignore;
        }
    }

    private static List<PackageDir> packageDirs(Path root, SfdxProject sfdx) {
        List<PackageDir> out = new ArrayList<>();
        if (sfdx == null) {
            return out;
        }
        for (SfdxProject.PackageDirectory e : sfdx.packageDirectories()) {
            String path = e.json().path(SfdxProject.KEY_PATH).textValue();
            if (path == null) {
                continue;
            }
            Path dir = root.resolve(path).normalize();
            out.add(new PackageDir(path, dir, e.isDefault(), e.json().path(SfdxProject.KEY_PACKAGE).textValue(), e.pointer()));
        }
        return out;
    }

    private static void walk(Path root, PackageDir dir, Found found) throws IOException {
        EcaFileFinder.Found w = EcaFileFinder.find(root, dir.dir(), found.ignore);
        for (FileTrees.OutsideLink l : w.outsideLinks()) {
            if (found.seen.add(l.link().normalize())) {
                found.linksOut.add(new LinkedOutFile(l.link(), relative(root, l.link()), l.target(), l.exists()));
            }
        }
        for (Path f : w.appSettings()) {
            if (found.seen.add(f.normalize())) {
                found.appSettings.add(ProjectFile.of(f, relative(root, f)));
            }
        }
        for (Path f : w.leftoverTemps()) {
            if (found.seen.add(f.normalize())) {
                found.leftoverTemps.add(ProjectFile.of(f, relative(root, f)));
            }
        }
        for (Path f : w.ecaFiles()) {
            if (found.seen.add(f.normalize())) {
                found.files.add(read(root, dir, f, found.texts, found.overlay.get(f.toAbsolutePath().normalize())));
            }
        }
        for (Path f : w.ignored()) {
            if (found.seen.add(f.normalize())) {
                found.ignored.add(read(root, dir, f, found.texts, found.overlay.get(f.toAbsolutePath().normalize())));
            }
        }
        for (Path f : w.connectedApps()) {
            if (found.seen.add(f.normalize())) {
                found.connectedApps.add(new ConnectedAppFile(f, relative(root, f), dir));
                try {
                    found.texts.put(f, new String(InputLimits.read(f), StandardCharsets.ISO_8859_1));
                } catch (UnreadableFileException e) {
                    // a Connected App the plugin cannot read is not the validator's to report
                }
            }
        }
    }

    static EcaFile read(Path root, PackageDir dir, Path f, Map<Path, String> texts) throws IOException {
        return read(root, dir, f, texts, null);
    }

    /** @param planned the content to read instead of the disk, or null */
    private static EcaFile read(Path root, PackageDir dir, Path f, Map<Path, String> texts, byte[] planned)
            throws IOException {
        String name = f.getFileName().toString();
        String rel = relative(root, f);
        MetadataType type = MetadataType.ofFileName(name);
        String component = componentName(name);
        if (type == null) {
            return new EcaFile(f, rel, null, component, dir, null, null, false);
        }
        byte[] content = planned;
        try {
            if (content == null) {
                content = InputLimits.read(f);
            }
        } catch (UnreadableFileException e) {
            return new EcaFile(f, rel, type, component, dir, null, EcaXmlException.of(e), true);
        }
        texts.put(f, new String(content, StandardCharsets.ISO_8859_1));
        try {
            // the rules read the DOM; the model is bound only if one asks for it
            MetadataDocument<MetadataComponent> doc = MetadataXml.inspect(f, content);
            return new EcaFile(f, rel, type, component, dir, doc, null, false);
        } catch (EcaXmlException e) {
            boolean malformed;
            try {
                SecureXmlParser.parse(f, content);
                malformed = false;
            } catch (EcaXmlException syntax) {
                malformed = true;
            }
            return new EcaFile(f, rel, type, component, dir, null, e, malformed);
        }
    }

    private static String componentName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT).endsWith(MetadataType.META_SUFFIX)
                ? fileName.substring(0, fileName.length() - MetadataType.META_SUFFIX.length())
                : fileName;
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static List<Path> manifestPaths(Path root, List<Path> extra) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        Path rootManifest = root.resolve("package.xml");
        if (Files.isRegularFile(rootManifest)) {
            out.add(rootManifest);
        }
        Path dir = root.resolve(ProjectPaths.MANIFEST_FOLDER);
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                        .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .sorted()
                        .forEach(out::add);
            }
        }
        if (extra != null) {
            for (Path p : extra) {
                Path abs = root.resolve(p).normalize();
                if (Files.isRegularFile(abs)) {
                    out.add(abs);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Where {@link #manifestPaths} looks: package.xml at the root, XML files in manifest/, the extra ones. */
    private static boolean isManifestLocation(Path root, Path p, List<Path> extra) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return p.equals(root.resolve("package.xml"))
                || p.getParent() != null && p.getParent().equals(root.resolve(ProjectPaths.MANIFEST_FOLDER))
                        && name.endsWith(".xml")
                || extra != null && extra.stream().anyMatch(x -> root.resolve(x).normalize().equals(p));
    }

    private static ManifestFile readManifest(Path root, Path m, Map<Path, String> texts, byte[] planned)
            throws IOException {
        String rel = relative(root, m);
        try {
            byte[] content = planned;
            try {
                if (content == null) {
                    content = InputLimits.read(m);
                }
            } catch (UnreadableFileException e) {
                throw EcaXmlException.of(e);
            }
            texts.put(m, new String(content, StandardCharsets.ISO_8859_1));
            return new ManifestFile(m, rel, MetadataXml.inspect(m, content), null);
        } catch (EcaXmlException e) {
            return new ManifestFile(m, rel, null, e);
        }
    }

    static String relative(Path root, Path f) {
        Path abs = f.toAbsolutePath().normalize();
        String s = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }
}
