package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaFileFinder;
import io.github.ecamaven.eca.project.SfdxProjectException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The app's files in the project (read only), one per metadata type. */
final class ProjectFiles {

    private final List<Path> packageDirs;
    private final Map<MetadataType, EcaFile> files;

    private ProjectFiles(List<Path> packageDirs, Map<MetadataType, EcaFile> files) {
        this.packageDirs = packageDirs;
        this.files = files;
    }

    static ProjectFiles read(Path projectDir, String app) throws IOException, EcaXmlException, SfdxProjectException {
        List<Path> dirs = EcaFileFinder.packageDirectories(projectDir);
        return new ProjectFiles(dirs, byType(EcaFile.find(projectDir, dirs, Set.of(app))));
    }

    static Map<MetadataType, EcaFile> byType(List<EcaFile> found) {
        Map<MetadataType, EcaFile> out = new EnumMap<>(MetadataType.class);
        for (EcaFile f : found) {
            if (f.type() != null) {
                out.putIfAbsent(f.type(), f);
            }
        }
        return out;
    }

    List<Path> packageDirs() {
        return packageDirs;
    }

    /** The file of {@code type}, or null. */
    EcaFile file(MetadataType type) {
        return files.get(type);
    }

    /** The text of {@code element} in the file of {@code type}; null when either is absent. */
    String text(MetadataType type, String element) {
        EcaFile f = files.get(type);
        return f == null ? null : f.text(element);
    }

    /** The components to retrieve: the header (always) and every file the project has, type name → full name. */
    Map<String, String> components(String app) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(MetadataType.EXTERNAL_CLIENT_APPLICATION.typeName(), app);
        files.forEach((type, f) -> out.putIfAbsent(type.typeName(), f.componentName()));
        return out;
    }
}
