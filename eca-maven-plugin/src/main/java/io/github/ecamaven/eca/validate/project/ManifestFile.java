package io.github.ecamaven.eca.validate.project;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import java.nio.file.Path;

/**
 * A {@code package.xml}.
 *
 * @param document the parsed manifest, or null when {@code error} is set
 * @param error why it could not be read
 */
public record ManifestFile(Path path, String relativePath, MetadataDocument<MetadataComponent> document,
        EcaXmlException error) implements ProjectFile {}
