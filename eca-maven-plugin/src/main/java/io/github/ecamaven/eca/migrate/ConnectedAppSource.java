package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.project.ConnectedAppFile;
import java.nio.file.Path;

/**
 * One Connected App file as read.
 *
 * @param name the component name (file name without {@code .connectedApp[-meta.xml]})
 * @param file where it is
 * @param document the file, with positions
 */
public record ConnectedAppSource(String name, Path file, MetadataDocument<ConnectedApp> document) {

    public ConnectedApp app() {
        return document.model();
    }

    /** Where the first root child {@code element} starts, or the file start. */
    public SourcePosition positionOf(String element) {
        return element == null || document.element(element) == null
                ? document.rootPosition() : MetadataDocument.positionOf(document.element(element));
    }

    /** {@code file:line} of {@code element}, for messages. */
    public String at(String element) {
        return file + ":" + positionOf(element).line();
    }

    /** The component name of a Connected App file name, or null when it is not one. */
    public static String componentName(String fileName) {
        return ConnectedAppFile.componentName(fileName);
    }
}
