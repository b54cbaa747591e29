package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.orgsync.DeployRequest;
import io.github.ecamaven.eca.orgsync.DeployService;
import io.github.ecamaven.eca.project.OrgFormation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the External Client App files of the package directories to an org ({@code sf project deploy start}), or
 * checks them without saving ({@code sf project deploy validate}). Headers go first when asked, since satellites
 * need their parent app. Component failures fail the build with the file and the org's problem. The org formation
 * ({@code eca.deploy.formation}) chooses what goes: every file, or what a linked or an independent org takes.
 *
 * @since 0.1.0
 */
@Mojo(name = "deploy", configurator = EcaConfigurator.HINT, threadSafe = true)
public class DeployMojo extends AbstractSyncMojo {

    /**
     * Validate only ({@code sf project deploy validate}): a check-only deploy that saves nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEPLOY_CHECK_ONLY, defaultValue = "false")
    private String checkOnly;

    /**
     * Deploy the app headers before their satellites (needed when the app is new in the org).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEPLOY_HEADER_FIRST, defaultValue = "true")
    private String headerFirst;

    /**
     * sf's {@code --test-level}; empty for sf's default.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEPLOY_TEST_LEVEL, defaultValue = "")
    private String testLevel;

    /**
     * How the apps exist in the target org: {@code source} (every file as the project has it: the org that holds the
     * global OAuth settings and the consumer), {@code linked} (the header and the OAuth settings with their
     * {@code oauthLink}: the org shares the source org's consumer key) or {@code independent} (no link, but the global
     * OAuth settings: the org mints a consumer of its own). linked and independent, and source when a run-as user is
     * resolved for the org, deploy a copy staged in {@code target/eca/deploy/<formation>}; the project's files are
     * never changed.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DEPLOY_FORMATION, defaultValue = "source")
    private String formation;

    /**
     * Whether the policies files go ({@code true}/{@code false}). Empty means the formation's default: only the source
     * org gets the project's policies; in every other org its admin sets them.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DEPLOY_POLICIES, defaultValue = "")
    private String policies;

    /**
     * The id of the apps' source org (15 or 18 characters): the {@code oauthLink} of a {@code linked} deploy must name
     * its consumer. Empty means the org the project's files tell.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.SOURCE_ORG_ID, defaultValue = "")
    private String sourceOrgId;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEPLOY_SKIP, defaultValue = "false")
    private String skipDeploy;

    @Override
    protected String goalName() {
        return "deploy";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipDeploy", skipDeploy, PropertyNames.DEPLOY_SKIP);
    }

    @Override
    protected void run() throws Exception {
        boolean validateOnly = flag(checkOnly, PropertyNames.DEPLOY_CHECK_ONLY);
        boolean headersFirst = flag(headerFirst, PropertyNames.DEPLOY_HEADER_FIRST);
        Set<String> selected = selectedApps();
        OrgFormation orgFormation = OrgFormation.parse(formation, PropertyNames.describe(PropertyNames.DEPLOY_FORMATION));
        DeployRequest request = new DeployRequest(projectDirectory.toPath().toAbsolutePath(), blankToNull(targetOrg),
                selected, validateOnly, headersFirst, blankToNull(testLevel), sfWaitMinutes(wait), orgFormation,
                optionalFlag(policies, PropertyNames.DEPLOY_POLICIES), blankToNull(sourceOrgId),
                buildDirectory().toPath().toAbsolutePath());
        List<Path> files = new DeployService(sfCli(), ecaLog()).deploy(request);
        getLog().info((validateOnly ? "Validated " : "Deployed ") + files.size() + " External Client App file(s)");
    }
}
