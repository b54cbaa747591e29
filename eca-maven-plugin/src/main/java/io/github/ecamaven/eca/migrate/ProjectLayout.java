package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.project.EcaFileFinder;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * What the migration needs to know of the sfdx project: its default package directory, its
 * {@code sourceApiVersion}, its Connected App files, permission sets (label → API name) and package.xml manifests.
 */
public final class ProjectLayout {

    /** The API version assumed when the project names none: the newest one the model is confirmed against. */
    public static final ApiVersion DEFAULT_API_VERSION = ApiVersion.CONFIRMED;

    private final Path root;
    private final Path packageDir;
    private final ApiVersion apiVersion;
    private final boolean apiVersionFromProject;

    private ProjectLayout(Path root, Path packageDir, ApiVersion apiVersion, boolean fromProject) {
        this.root = root;
        this.packageDir = packageDir;
        this.apiVersion = apiVersion;
        this.apiVersionFromProject = fromProject;
    }

    /**
     * Reads {@code sfdx-project.json} when there is one (default package directory, sourceApiVersion); without it
     * the package directory is {@code force-app}.
     *
     * @throws MigrationException when sfdx-project.json cannot be understood
     */
    public static ProjectLayout of(Path root) throws IOException, MigrationException {
        Path json = root.resolve(SfdxProject.FILE_NAME);
        String dir = ProjectPaths.DEFAULT_PACKAGE_DIRECTORY;
        ApiVersion version = null;
        if (SfdxProject.exists(root)) {
            SfdxProject project;
            try {
                project = SfdxProject.read(root);
            } catch (SfdxProjectException e) {
                throw new MigrationException(e.getMessage());
            }
            SfdxProject.PackageDirectory d = project.defaultPackageDirectory();
            if (d == null || d.path() == null) {
                d = project.packageDirectories().stream().findFirst().orElse(null);
            }
            if (d != null && d.path() != null) {
                dir = d.path();
            }
            String v = project.sourceApiVersion();
            if (v != null) {
                version = ApiVersion.tryParse(v);
                if (version == null) {
                    throw new MigrationException(json + ": sourceApiVersion '" + v + "' is not an API version");
                }
            }
        }
        return new ProjectLayout(root, root.resolve(dir).normalize(),
                version == null ? DEFAULT_API_VERSION : version, version != null);
    }

    public Path root() {
        return root;
    }

    /** The package directory new files go into ({@code force-app}). */
    public Path packageDir() {
        return packageDir;
    }

    public ApiVersion apiVersion() {
        return apiVersion;
    }

    public boolean apiVersionFromProject() {
        return apiVersionFromProject;
    }

    /** Every Connected App file of the project (source or MDAPI form, in a {@code connectedApps} folder), sorted. */
    public List<Path> connectedAppFiles() throws IOException {
        return find(p -> ConnectedAppSource.componentName(p.getFileName().toString()) != null
                && p.getParent() != null && p.getParent().getFileName().toString().equals("connectedApps"));
    }

    /** Every {@code package.xml} of the project outside build output. */
    public List<Path> manifests() throws IOException {
        return find(p -> p.getFileName().toString().equals("package.xml"));
    }

    /** Permission set label → API name, from {@code *.permissionset-meta.xml} (and MDAPI {@code .permissionset}). */
    public Map<String, String> permissionSetsByLabel() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path p : find(f -> f.getFileName().toString().endsWith(".permissionset-meta.xml")
                || f.getFileName().toString().endsWith(".permissionset"))) {
            String file = p.getFileName().toString();
            String apiName = file.substring(0, file.indexOf(".permissionset"));
            try {
                Element label = MetadataDocument.childElements(
                        SecureXmlParser.parse(p, InputLimits.read(p)).getDocumentElement(), "label").stream()
                        .findFirst().orElse(null);
                if (label != null) {
                    out.putIfAbsent(label.getTextContent().trim(), apiName);
                }
            } catch (UnreadableFileException e) {
                // an unreadable permission set resolves nothing; the report lists the labels left unresolved
            }
            out.putIfAbsent(apiName, apiName);
        }
        return out;
    }

    private interface PathFilter {
        boolean accept(Path p);
    }

    /** The files of the one walk of the project (Connected Apps, manifests, permission sets), made on first use. */
    private List<Path> files;

    private List<Path> find(PathFilter filter) throws IOException {
        if (files == null) {
            files = !Files.isDirectory(root) ? List.of() : EcaFileFinder.walk(root, root, name -> EcaFileFinder
                    .isConnectedApp(name) || name.equals("package.xml") || name.endsWith(".permissionset-meta.xml")
                    || name.endsWith(".permissionset")).files();
        }
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (filter.accept(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
