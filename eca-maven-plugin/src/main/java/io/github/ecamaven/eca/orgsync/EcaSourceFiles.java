package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.SatelliteComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the ECA files of a project (only in its package directories, only by suffix) and the app each belongs to. */
public final class EcaSourceFiles {

    /** One ECA component file. */
    public record EcaFile(Path path, MetadataType type, String fullName, String app) {}

    private EcaSourceFiles() {}

    /** The package directories sfdx-project.json lists, resolved; {@code force-app} when there is no file. */
    public static List<Path> packageDirectories(Path projectDir) throws IOException, SfdxProjectException {
        List<Path> out = new ArrayList<>();
        if (SfdxProject.exists(projectDir)) {
            for (SfdxProject.PackageDirectory d : SfdxProject.read(projectDir).packageDirectories()) {
                if (d.path() != null) {
                    out.add(projectDir.resolve(d.path()).normalize());
                }
            }
        }
        if (out.isEmpty()) {
            out.add(projectDir.resolve("force-app"));
        }
        return out;
    }

    /** Every ECA file under {@code roots}, with its app; {@code apps} empty means all. */
    public static List<EcaFile> find(List<Path> roots, Set<String> apps) throws IOException, EcaXmlException {
        List<EcaFile> out = new ArrayList<>();
        for (Path root : roots) {
            for (Path f : FileTrees.metadataFiles(root)) {
                String name = f.getFileName().toString();
                MetadataType type = MetadataType.ofFileName(name);
                String fullName = MetadataType.componentName(name);
                String app = appOf(f, type, fullName);
                if (apps.isEmpty() || apps.contains(app)) {
                    out.add(new EcaFile(f, type, fullName, app));
                }
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
