package io.github.ecamaven.eca.orgsync;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to retrieve and where.
 *
 * @param projectDir the sfdx project root (sf's working directory)
 * @param targetOrg alias or username of the org; null for sf's default org
 * @param apps the apps to keep; empty keeps every ECA the manifest brings
 * @param manifest a package.xml to retrieve with; null builds one from the project's files of {@code apps}
 * @param outputDir where the retrieved source goes (emptied first when it is the plugin's own
 *     marked folder; a package directory is written into, never emptied; any other folder with files is refused)
 * @param reportDir where drift.json and drift.md go
 * @param buildDir the build directory ({@code target}); with the project, the only place the goal writes
 * @param waitMinutes how long sf waits for the retrieve
 * @param repositoryRoots what the org is compared with: the folders {@link ConfigurationTree} generated from the
 *     configuration, or null for the project's package directories (the committed files)
 */
public record RetrieveRequest(Path projectDir, String targetOrg, Set<String> apps, Path manifest, Path outputDir,
        Path reportDir, Path buildDir, int waitMinutes, List<Path> repositoryRoots) {}
