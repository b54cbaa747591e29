package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A file with an ECA suffix (or a misspelling of one), as read.
 *
 * @param path absolute path
 * @param relativePath relative to the project root
 * @param type the type its suffix names; null for a misspelt suffix
 * @param componentName the name before the suffix
 * @param packageDir the package directory it is in, or null
 * @param document the parsed file; null when {@link #error} is set or the suffix is unknown
 * @param error why it could not be read, or null
 * @param malformed whether {@code error} is an XML syntax error rather than a wrong root or namespace
 */
public record EcaFile(Path path, String relativePath, MetadataType type, String componentName, PackageDir packageDir,
        MetadataDocument<MetadataComponent> document, EcaXmlException error, boolean malformed)
        implements ProjectFile {

    /** Whether the content is available to the rules. */
    public boolean readable() {
        return document != null;
    }

    /** Trimmed text of a root child, or null when absent or unreadable. */
    public String text(String element) {
        if (document == null) {
            return null;
        }
        String t = document.text(element);
        return t == null ? null : t.trim();
    }

    /** A root child, or null. */
    public Element element(String element) {
        return document == null ? null : document.element(element);
    }

    /** {@code true}/{@code false} of a boolean root child; null when absent or not a boolean. */
    public Boolean flag(String element) {
        String t = text(element);
        if ("true".equals(t)) {
            return Boolean.TRUE;
        }
        return "false".equals(t) ? Boolean.FALSE : null;
    }

    /**
     * Every ECA file under {@code roots} (found by {@link EcaFileFinder}, less those the {@code .forceignore} of
     * {@code projectRoot} keeps out of the deploy) whose app is one of {@code apps} (all when empty), read as the
     * validator reads them, outside a scanned project.
     *
     * @throws EcaXmlException for the first file that cannot be read: a goal must not act on a file it cannot read
     */
    public static List<EcaFile> find(Path projectRoot, List<Path> roots, Set<String> apps)
            throws IOException, EcaXmlException {
        List<EcaFile> out = new ArrayList<>();
        Path base = projectRoot.toAbsolutePath().normalize();
        for (Path f : EcaFileFinder.ecaFiles(projectRoot, roots)) {
            EcaFile file = ProjectScanner.read(base, null, f, new HashMap<>());
            if (file.error() != null) {
                throw file.error();
            }
            if (apps.isEmpty() || apps.contains(file.appName())) {
                out.add(file);
            }
        }
        return out;
    }

    /** The app a satellite names, or the app itself for an {@code .eca} file; null for a satellite naming none. */
    public String appName() {
        if (type == MetadataType.EXTERNAL_CLIENT_APPLICATION) {
            return componentName;
        }
        return text("externalClientApplication");
    }

    /** The root element, or null. */
    public Element root() {
        return document == null ? null : document.root();
    }
}
