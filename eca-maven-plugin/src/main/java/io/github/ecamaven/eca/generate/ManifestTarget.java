package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Element;

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
        String root;
        try {
            byte[] content = InputLimits.read(path);
            Element e = SecureXmlParser.parse(path, content).getDocumentElement();
            root = e.getLocalName();
        } catch (UnreadableFileException e) {
            problems.add(new ConfigProblem(null, element, "'" + relativePath + "' is not a package.xml manifest ("
                    + e.getMessage() + "); nothing was written" + fix
                    + ", or repair the file if it is one"));
            return null;
        }
        if (!"Package".equals(root)) {
            problems.add(new ConfigProblem(null, element, "'" + relativePath + "' is not a package.xml manifest:"
                    + " its root element is <" + root + ">, a manifest's is <Package>" + fix));
            return null;
        }
        try {
            return MetadataXml.read(path, PackageManifest.class);
        } catch (EcaXmlException e) {
            problems.add(new ConfigProblem(null, relativePath, "cannot update the manifest: " + e.getMessage()
                    + "; repair the file (eca:generate keeps every entry of a manifest, so it must read it whole)"));
            return null;
        }
    }
}
