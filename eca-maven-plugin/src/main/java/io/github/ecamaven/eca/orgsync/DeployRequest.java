package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.project.OrgFormation;
import io.github.ecamaven.eca.project.ProjectPaths;
import java.nio.file.Path;
import java.util.Set;

/**
 * What to deploy.
 *
 * @param projectDir the sfdx project root (sf's working directory)
 * @param targetOrg alias or username; null for sf's default org
 * @param apps the apps to deploy; empty deploys every ECA of the package directories
 * @param checkOnly {@code sf project deploy validate} instead of {@code start}: nothing is saved in the org
 * @param headerFirst deploy the ExternalClientApplication headers on their own before the satellites, which need
 *     their parent to exist when the app is new in the org
 * @param testLevel sf's {@code --test-level}; null for sf's default
 * @param waitMinutes how long sf waits
 * @param formation how the apps exist in the target org: which files go, and with which link
 * @param policies whether the policies files go; null for the formation's default
 * @param sourceOrgId the declared source org ({@code eca.sourceOrgId}), or null
 * @param buildDir the build directory; the staged copy a formation other than source deploys from is in it
 */
public record DeployRequest(Path projectDir, String targetOrg, Set<String> apps, boolean checkOnly,
        boolean headerFirst, String testLevel, int waitMinutes, OrgFormation formation, Boolean policies,
        String sourceOrgId, Path buildDir) {

    /** Today's deploy: every file of the apps as the project has it ({@link OrgFormation#SOURCE}). */
    public DeployRequest(Path projectDir, String targetOrg, Set<String> apps, boolean checkOnly, boolean headerFirst,
            String testLevel, int waitMinutes) {
        this(projectDir, targetOrg, apps, checkOnly, headerFirst, testLevel, waitMinutes, OrgFormation.SOURCE, null,
                null, projectDir.resolve(ProjectPaths.DEFAULT_BUILD_DIRECTORY));
    }

    /** Whether the policies files go: as asked, else the formation's default. */
    public boolean sendsPolicies() {
        return policies != null ? policies : formation.sendsPoliciesByDefault();
    }

    /** Where the staged copy of {@code formation} is: {@code target/eca/deploy/<formation>}. */
    public Path stagingDir() {
        return ProjectPaths.buildFolder(buildDir).resolve("deploy").resolve(formation.value());
    }
}
