package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.util.Collections;
import java.util.Map;

/**
 * One metadata file the configuration produces.
 *
 * @param type its metadata type
 * @param fullName component name, e.g. {@code Nango_Integration_oauth}
 * @param packageDirectory the package directory it goes to, relative to the project root
 * @param model the managed fields (every other field null)
 * @param managed managed element names in XML order, each with the POM element, preset or default deciding it;
 *     an element managed with a null value is removed from the file
 * @param settings managed element names to the {@code <app>} element that changes them ({@code <refreshTokenPolicy>}),
 *     for the elements one {@code <app>} element decides
 */
public record PlannedFile(
        MetadataType type, String fullName, String packageDirectory, MetadataComponent model,
        Map<String, String> managed, Map<String, String> settings) {

    public PlannedFile {
        managed = Collections.unmodifiableMap(managed);
        settings = Collections.unmodifiableMap(settings);
    }

    /** {@code <packageDirectory>/main/default/<folder>/<fullName>.<suffix>-meta.xml}, forward slashes. */
    public String relativePath() {
        return ProjectPaths.sourceFile(packageDirectory, type.directoryName(), type.sourceFileName(fullName));
    }
}
