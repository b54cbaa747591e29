package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * A {@code package.xml}.
 *
 * @param document the parsed manifest, or null when {@code error} is set
 * @param error why it could not be read
 */
public record ManifestFile(Path path, String relativePath, MetadataDocument<MetadataComponent> document,
        EcaXmlException error) implements ProjectFile {

    /**
     * The members listed per type name, in order, read from the DOM as JAXB would bind them (the last {@code <name>}
     * of a {@code <types>} wins); empty unless the root is {@code <Package>}. The rules use this rather than the
     * bound model so that validating loads no JAXB.
     */
    public Map<String, List<String>> typeMembers() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (document == null || !"Package".equals(document.rootName())) {
            return out;
        }
        for (Element t : document.elements("types")) {
            List<Element> names = MetadataDocument.childElements(t, "name");
            if (names.isEmpty()) {
                continue;
            }
            List<String> members = out.computeIfAbsent(names.get(names.size() - 1).getTextContent(),
                    k -> new ArrayList<>());
            MetadataDocument.childElements(t, "members").forEach(m -> members.add(m.getTextContent()));
        }
        return out;
    }
}
