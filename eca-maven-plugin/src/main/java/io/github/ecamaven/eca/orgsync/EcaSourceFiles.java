package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.SatelliteComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.EcaFileFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The ECA files of a project ({@link EcaFileFinder}) and the app each belongs to. */
public final class EcaSourceFiles {

    /** One ECA component file. */
    public record EcaFile(Path path, MetadataType type, String fullName, String app) {}

    private EcaSourceFiles() {}

    /**
     * Every ECA file under {@code roots}, with its app, less those the {@code .forceignore} of {@code projectRoot}
     * keeps out of the deploy; {@code apps} empty means all.
     */
    public static List<EcaFile> find(Path projectRoot, List<Path> roots, Set<String> apps)
            throws IOException, EcaXmlException {
        List<EcaFile> out = new ArrayList<>();
        for (Path f : EcaFileFinder.ecaFiles(projectRoot, roots)) {
            String name = f.getFileName().toString();
            MetadataType type = MetadataType.ofFileName(name);
            String fullName = MetadataType.componentName(name);
            String app = appOf(f, type, fullName);
            if (apps.isEmpty() || apps.contains(app)) {
                out.add(new EcaFile(f, type, fullName, app));
            }
        }
        return out;
    }

    private static String appOf(Path f, MetadataType type, String fullName) throws IOException, EcaXmlException {
        if (!type.isSatellite()) {
            return fullName;
        }
        MetadataComponent m = MetadataXml.read(f).model();
        String app = m instanceof SatelliteComponent s ? s.getExternalClientApplication() : null;
        return app == null ? fullName : app;
    }
}
