package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.OutputFolder;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.project.SfdxProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal sfdx project the plugin writes for sf to deploy from (or zips for a customer): {@code sfdx-project.json}
 * with the default package directory and the project's sourceApiVersion, and the files of a
 * {@link FormationFiles} selection in source format. The user's files are only read.
 *
 * @param dir the staged project's root
 * @param userFiles staged file (absolute) → the user's file it was copied from
 */
record StagedProject(Path dir, Map<Path, EcaFile> userFiles) {

    /** The text of the staged {@code sfdx-project.json}. */
    static String sfdxProjectJson(Path dir, String apiVersion) {
        SfdxProject p = SfdxProject.create(dir);
        p.ensurePackageDirectory(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY);
        p.setSourceApiVersion(apiVersion);
        return p.toJson() + "\n";
    }

    /**
     * Empties {@code dir} (only when it is the plugin's own folder) and writes the selection into it atomically.
     *
     * @param scope where the plugin may write: the project and its build directory
     */
    static StagedProject write(Path dir, WriteScope scope, String apiVersion, List<FormationFiles.Outgoing> files)
            throws IOException {
        Path root = OutputFolder.prepareEmpty(scope, dir, "the deploy staging folder");
        Map<Path, byte[]> content = new LinkedHashMap<>();
        Map<Path, EcaFile> userFiles = new LinkedHashMap<>();
        content.put(root.resolve(SfdxProject.FILE_NAME), sfdxProjectJson(root, apiVersion)
                .getBytes(StandardCharsets.UTF_8));
        for (FormationFiles.Outgoing o : files) {
            Path staged = root.resolve(o.stagedPath());
            content.put(staged, o.content());
            userFiles.put(staged.toAbsolutePath().normalize(), o.file());
        }
        AtomicFiles.writeAll(content, scope);
        return new StagedProject(root, userFiles);
    }

    /** The staged path of {@code file}, relative to {@link #dir}, as sf takes it for {@code --source-dir}. */
    String sourceDir(EcaFile file) {
        for (Map.Entry<Path, EcaFile> e : userFiles.entrySet()) {
            if (e.getValue() == file) {
                return dir.relativize(e.getKey()).toString();
            }
        }
        throw new IllegalArgumentException(file.relativePath() + " is not staged");
    }

    /** The user's file sf's path names, relative to the project; null when {@code sfPath} is no staged file. */
    String userFile(String sfPath) {
        try {
            Path p = Path.of(sfPath);
            EcaFile f = userFiles.get((p.isAbsolute() ? p : dir.resolve(p)).toAbsolutePath().normalize());
            return f == null ? null : f.relativePath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
