package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The manifest generate edits: an existing file is read whole before anything is written, and a file that is not a
 * {@code package.xml} (a POM, sfdx-project.json, an ECA file, a destructive-changes list) is refused, so that a
 * wrong {@code <manifest>} can never turn another file into a manifest.
 */
final class ManifestTarget {

    /** The value recorded for a member generate listed (members have no value of their own). */
    static final String LISTED = "listed";

    private ManifestTarget() {}

    /** The field name under which generate remembers that it listed {@code member} of {@code typeName}. */
    static String memberField(String typeName, String member) {
        return "member." + typeName + "." + member; // a key of the values file: no blank, no colon
    }

    /** The existing manifest at {@code path}, or null after adding the problem that says why it is not one. */
    static MetadataDocument<PackageManifest> read(Path path, String relativePath, List<ConfigProblem> problems)
            throws IOException {
        String element = PropertyNames.describe(PropertyNames.MANIFEST);
        String fix = "; set " + element + " to the package.xml that lists the apps (" + ProjectPaths.DEFAULT_MANIFEST
                + " when left out)";
        if (!Files.isRegularFile(path)) {
            problems.add(new ConfigProblem(null, element, "'" + relativePath + "' is not a file" + fix));
            return null;
        }
        if (path.getFileName().toString().startsWith("destructiveChanges")) {
            problems.add(new ConfigProblem(null, element, "'" + relativePath + "' lists components to delete;"
                    + " listing the apps there would delete them at the next deploy" + fix));
            return null;
        }
        byte[] content;
        MetadataDocument<MetadataComponent> doc;
        try {
            content = InputLimits.read(path);
        } catch (UnreadableFileException e) {
            problems.add(new ConfigProblem(null, element, "'" + relativePath + "' is not a package.xml manifest ("
                    + e.getMessage() + "); nothing was written" + fix + ", or repair the file if it is one"));
            return null;
        }
        try {
            doc = MetadataXml.read(path, content); // read once: the usual case is a manifest
        } catch (EcaXmlException e) {
            String root = rootName(path, content);
            if (root != null && !"Package".equals(root)) {
                problems.add(notAManifest(relativePath, root, fix));
            } else if (root == null) {
                problems.add(new ConfigProblem(null, element, "'" + relativePath + "' is not a package.xml manifest ("
                        + e.getMessage() + "); nothing was written" + fix + ", or repair the file if it is one"));
            } else {
                problems.add(new ConfigProblem(null, relativePath, "cannot update the manifest: " + e.getMessage()
                        + "; repair the file (eca:generate keeps every entry of a manifest, so it must read it"
                        + " whole)"));
            }
            return null;
        }
        if (!(doc.model() instanceof PackageManifest)) {
            problems.add(notAManifest(relativePath, doc.rootName(), fix));
            return null;
        }
        @SuppressWarnings("unchecked")
        MetadataDocument<PackageManifest> manifest = (MetadataDocument<PackageManifest>) (MetadataDocument<?>) doc;
        return manifest;
    }

    private static ConfigProblem notAManifest(String relativePath, String root, String fix) {
        return new ConfigProblem(null, PropertyNames.describe(PropertyNames.MANIFEST), "'" + relativePath
                + "' is not a package.xml manifest: its root element is <" + root + ">, a manifest's is <Package>"
                + fix);
    }

    /** The root element's name when {@code content} is XML at all, else null (only on the error path). */
    private static String rootName(Path path, byte[] content) {
        try {
            return SecureXmlParser.parse(path, content).getDocumentElement().getLocalName();
        } catch (EcaXmlException e) {
            return null;
        }
    }
}
