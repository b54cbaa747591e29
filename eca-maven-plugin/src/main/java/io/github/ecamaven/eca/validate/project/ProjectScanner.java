package io.github.ecamaven.eca.validate.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files the validator needs: {@code sfdx-project.json}, the files with ECA suffixes (or misspellings) in
 * every package directory, and the manifests. It lists directories but opens only those files, so its cost grows
 * with the number of ECA files, not with the size of the tree.
 */
public final class ProjectScanner {

    /** Folders never searched. */
    private static final Set<String> SKIPPED = Set.of(".git", ".sf", ".sfdx", "node_modules", "target", ".idea",
            ".vscode", ".github");

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
        Map<Path, byte[]> overlay = new LinkedHashMap<>();
        planned.forEach((rel, bytes) -> overlay.put(projectRoot.resolve(rel).normalize(), bytes));
        Path json = projectRoot.resolve("sfdx-project.json");
        SfdxProjectFile sfdx = overlay.containsKey(json)
                ? SfdxProjectFile.read(json, "sfdx-project.json", overlay.get(json))
                : Files.isRegularFile(json) ? SfdxProjectFile.read(json, "sfdx-project.json") : null;
        List<PackageDir> dirs = packageDirs(projectRoot, sfdx);
        List<EcaFile> files = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        List<PackageDir> roots = dirs;
        if (dirs.isEmpty()) { // no sfdx-project.json, or one whose package directories cannot be read
            roots = List.of(new PackageDir(".", projectRoot, true, null, null));
        }
        for (PackageDir d : roots) {
            if (Files.isDirectory(d.dir()) && d.dir().startsWith(projectRoot)) {
                walk(projectRoot, d, files, seen, overlay);
            }
        }
        for (Map.Entry<Path, byte[]> e : overlay.entrySet()) {
            Path f = e.getKey();
            if (seen.contains(f) || !isEcaLike(f.getFileName().toString())) {
                continue;
            }
            for (PackageDir d : roots) {
                if (f.startsWith(d.dir()) && d.dir().startsWith(projectRoot) && seen.add(f)) {
                    files.add(read(projectRoot, d, f, e.getValue()));
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
            manifests.add(readManifest(projectRoot, m, overlay.get(m)));
        }
        return new EcaProject(projectRoot, sfdx, dirs, files, manifests);
    }

    private static List<PackageDir> packageDirs(Path root, SfdxProjectFile sfdx) {
        List<PackageDir> out = new ArrayList<>();
        if (sfdx == null) {
            return out;
        }
        JsonNode arr = sfdx.root().path("packageDirectories");
        if (!arr.isArray()) {
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonNode e = arr.get(i);
            String path = e.path("path").isTextual() ? e.path("path").asText() : null;
            if (path == null) {
                continue;
            }
            Path dir = root.resolve(path).normalize();
            String pkg = e.path("package").isTextual() ? e.path("package").asText() : null;
            out.add(new PackageDir(path, dir, e.path("default").asBoolean(false), pkg, "/packageDirectories/" + i));
        }
        return out;
    }

    private static void walk(Path root, PackageDir dir, List<EcaFile> files, Set<Path> seen,
            Map<Path, byte[]> overlay) throws IOException {
        Files.walkFileTree(dir.dir(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(dir.dir()) && SKIPPED.contains(d.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                String name = f.getFileName().toString();
                if (attrs.isRegularFile() && isEcaLike(name) && seen.add(f.normalize())) {
                    byte[] planned = overlay.get(f.toAbsolutePath().normalize());
                    files.add(planned != null ? read(root, dir, f, planned) : read(root, dir, f));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A known ECA suffix, or a name that looks like one ({@code .ecaGlobalOauth-meta.xml}). */
    static boolean isEcaLike(String fileName) {
        return MetadataType.ofFileName(fileName) != null || MetadataType.looksLikeEcaFile(fileName);
    }

    static EcaFile read(Path root, PackageDir dir, Path f) throws IOException {
        return read(root, dir, f, MetadataType.ofFileName(f.getFileName().toString()) == null ? null
                : Files.readAllBytes(f));
    }

    private static EcaFile read(Path root, PackageDir dir, Path f, byte[] content) {
        String name = f.getFileName().toString();
        String rel = relative(root, f);
        MetadataType type = MetadataType.ofFileName(name);
        String component = componentName(name);
        if (type == null) {
            return new EcaFile(f, rel, null, component, dir, null, null, false);
        }
        try {
            MetadataDocument<MetadataComponent> doc = MetadataXml.read(f, content);
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
        String n = fileName.toLowerCase(Locale.ROOT).endsWith("-meta.xml")
                ? fileName.substring(0, fileName.length() - "-meta.xml".length())
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
        Path dir = root.resolve("manifest");
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
                || p.getParent() != null && p.getParent().equals(root.resolve("manifest")) && name.endsWith(".xml")
                || extra != null && extra.stream().anyMatch(x -> root.resolve(x).normalize().equals(p));
    }

    private static ManifestFile readManifest(Path root, Path m, byte[] planned) throws IOException {
        String rel = relative(root, m);
        try {
            return new ManifestFile(m, rel, MetadataXml.read(m, planned != null ? planned : Files.readAllBytes(m)),
                    null);
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
