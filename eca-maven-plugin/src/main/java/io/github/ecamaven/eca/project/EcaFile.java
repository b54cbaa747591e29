package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.nio.file.Path;
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

    /** The app a satellite names, or the app itself for an {@code .eca} file. */
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
