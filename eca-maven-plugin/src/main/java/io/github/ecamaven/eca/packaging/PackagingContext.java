package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.sf.SfCli;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What every packaging service needs: the sf gateway, the sfdx project root, the build directory (for
 * {@code target/eca/}), the log and the clock.
 */
public record PackagingContext(SfCli sf, Path projectRoot, Path buildDirectory, EcaLog log, Ticker ticker) {

    public PackagingContext {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        buildDirectory = buildDirectory.toAbsolutePath().normalize();
    }

    public PackagingContext(SfCli sf, Path projectRoot, Path buildDirectory, EcaLog log) {
        this(sf, projectRoot, buildDirectory, log, Ticker.SYSTEM);
    }

    /**
     * The sfdx project, read strictly. A missing file means {@code eca.projectDirectory} (or where Maven runs) is not
     * the project, a broken one that the project is wrong: both are the user's to fix, as in every goal.
     */
    public SfdxProject readProject() throws PackagingException, IOException {
        if (!SfdxProject.exists(projectRoot)) {
            throw PackagingException.content("no " + SfdxProject.FILE_NAME + " in " + projectRoot
                    + ": the packaging goals run in an sfdx project. Run Maven in the project root or set"
                    + " -D" + PropertyNames.PROJECT_DIRECTORY + "=<folder with sfdx-project.json>.");
        }
        try {
            return SfdxProject.read(projectRoot);
        } catch (SfdxProjectException e) {
            throw new PackagingException(e.getMessage(), false, e);
        }
    }

    /** The project when there is one, else null (for commands that do not need it). */
    public SfdxProject readProjectIfPresent() throws PackagingException, IOException {
        return SfdxProject.exists(projectRoot) ? readProject() : null;
    }

    public RequestIdStore requestIdStore() {
        return new RequestIdStore(buildDirectory);
    }
}
