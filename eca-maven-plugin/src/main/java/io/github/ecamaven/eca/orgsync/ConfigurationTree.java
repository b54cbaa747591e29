package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.generate.EcaGenerator;
import io.github.ecamaven.eca.generate.GenerateConfigException;
import io.github.ecamaven.eca.generate.GenerateRequest;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.OutputFolder;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The files the {@code <apps>} configuration declares, generated into a scratch folder (never the working tree) so
 * the org can be compared with the configuration itself, not only with what happens to be committed.
 */
public final class ConfigurationTree {

    private ConfigurationTree() {}

    /**
     * Generates {@code apps} into {@code outDir} (emptied first when it is the plugin's own marked folder; refused
     * when it holds anything else), with the namespace and API version of the
     * project's sfdx-project.json.
     *
     * @param nangoCallback the callback of the Nango server the build declares (the nango preset registers it)
     * @return the package directories written, to compare against
     */
    public static List<Path> generate(List<EcaApp> apps, Path projectDir, Path baseDir, Path outDir, Path buildDir,
            NangoCallback nangoCallback)
            throws IOException, GenerateConfigException, SfdxProjectException {
        OutputFolder.prepareEmpty(WriteScope.of(projectDir, buildDir), outDir, "the configuration folder");
        if (SfdxProject.exists(projectDir)) {
            // the copy gives the generator the project's sourceApiVersion, which it follows by default
            Files.copy(projectDir.resolve(SfdxProject.FILE_NAME), outDir.resolve(SfdxProject.FILE_NAME),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        new EcaGenerator(EcaLog.NONE).generate(new GenerateRequest(outDir, baseDir,
                ProjectPaths.DEFAULT_PACKAGE_DIRECTORY, ProjectPaths.DEFAULT_ORG_DIRECTORY,
                ProjectPaths.DEFAULT_MANIFEST, null, null, null, null, null, null, apps, false)
                .withNangoCallback(nangoCallback));
        return List.of(outDir.resolve(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY),
                outDir.resolve(ProjectPaths.DEFAULT_ORG_DIRECTORY));
    }

}
