package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.drift.FieldDrift;
import io.github.ecamaven.eca.orgsync.ConfigurationTree;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.orgsync.RetrieveRequest;
import io.github.ecamaven.eca.orgsync.RetrieveResult;
import io.github.ecamaven.eca.orgsync.RetrieveService;
import io.github.ecamaven.eca.project.WriteTargets;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Retrieves the configured External Client Apps from an org ({@code sf project retrieve start}) into a separate
 * folder, keeps only their components, fails when the org lacks one (sf itself exits 0), and reports drift between
 * the repository and the org field by field in {@code target/eca/drift.json} and {@code drift.md}.
 *
 * @since 0.1.0
 */
@Mojo(name = "retrieve", configurator = EcaConfigurator.HINT, threadSafe = true)
public class RetrieveMojo extends AbstractSyncMojo {

    /**
     * A package.xml to retrieve with, relative to the project. Empty builds one from the project's ECA files.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.RETRIEVE_MANIFEST, defaultValue = "")
    private String retrieveManifest;

    /**
     * Where the retrieved files go. The plugin creates and marks it, and empties it on the next run; a folder with
     * files the plugin did not create is refused (never emptied), a package directory is written into.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.RETRIEVE_OUTPUT_DIRECTORY,
            defaultValue = ProjectPaths.BUILD_FOLDER_PARAMETER + "/retrieved")
    private File outputDirectory;

    /**
     * Directory of the drift reports ({@code drift.json}, {@code drift.md}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = ProjectPaths.BUILD_FOLDER_PARAMETER)
    private File reportDirectory;

    /**
     * Fails the build when the org differs from the repository in a managed field, or lacks a component.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.RETRIEVE_FAIL_ON_DRIFT, defaultValue = "false")
    private String failOnDrift;

    /** Base URL of the Nango server the apps connect through: the nango preset's callback in what {@code <apps>}
     * declares, which the org is compared with.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_URL, defaultValue = NangoCallback.CLOUD_URL)
    private String nangoUrl;

    /** Nango's custom callback URL; empty: {@code <eca.nangoUrl>/oauth/callback}.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_CALLBACK_URL, defaultValue = "")
    private String nangoCallbackUrl;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.RETRIEVE_SKIP, defaultValue = "false")
    private String skipRetrieve;

    @Override
    protected String goalName() {
        return "retrieve";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipRetrieve", skipRetrieve, PropertyNames.RETRIEVE_SKIP);
    }

    @Override
    protected void run() throws Exception {
        boolean failOnOrgDrift = flag(failOnDrift, PropertyNames.RETRIEVE_FAIL_ON_DRIFT);
        Set<String> selected = selectedApps();
        int waitMinutes = sfWaitMinutes(wait);
        Path reportDir = (resolved(reportDirectory) != null ? reportDirectory
                : new File(buildDirectory(), ProjectPaths.BUILD_FOLDER)).toPath().toAbsolutePath();
        Path root = projectDirectory.toPath().toAbsolutePath();
        WriteTargets.of(root, buildDirectory().toPath()).check(PropertyNames.REPORT_DIRECTORY, reportDir);
        List<Path> expected = apps == null || apps.isEmpty() ? null : ConfigurationTree.generate(apps,
                root, project != null && project.getBasedir() != null ? project.getBasedir().toPath() : root,
                reportDir.resolve("configuration"), buildDirectory().toPath(),
                NangoCallback.of(nangoUrl, nangoCallbackUrl));
        if (expected != null) {
            getLog().info("Comparing the org with what <apps> declares (generated into " + expected.get(0).getParent()
                    + ")");
        }
        RetrieveResult result = new RetrieveService(sfCli(), ecaLog()).retrieve(new RetrieveRequest(root,
                blankToNull(targetOrg), selected,
                        blankToNull(retrieveManifest) == null ? null : root.resolve(retrieveManifest),
                outputDirectory.toPath().toAbsolutePath(), reportDir, buildDirectory().toPath(), waitMinutes,
                        expected));
        getLog().info("Retrieved " + result.kept().size() + " file(s) into " + outputDirectory
                + (result.dropped().isEmpty() ? "" : "; dropped " + result.dropped().size() + " of other apps"));
        for (FieldDrift d : result.drift().drifts()) {
            getLog().warn("Drift in " + d.app() + ": " + d.describe());
        }
        result.drift().missingInOrg().forEach(m -> getLog().warn("Missing in the org: " + m));
        getLog().info(result.drift().hasDrift()
                ? "Drift report: " + result.driftJson() + " and " + result.driftMarkdown()
                : "No drift: the org matches the repository for every managed field");
        if (failOnOrgDrift && result.drift().hasDrift()) {
            throw new MojoFailureException("the org differs from the repository in " + result.drift().drifts().size()
                    + " field(s) and lacks " + result.drift().missingInOrg().size() + " component(s) ("
                    + PropertyNames.RETRIEVE_FAIL_ON_DRIFT + "=true); see " + result.driftMarkdown()
                    + ", then deploy the repository's files or take the org's values into the configuration");
        }
    }
}
