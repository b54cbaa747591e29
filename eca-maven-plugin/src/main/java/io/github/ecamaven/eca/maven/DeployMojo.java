package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.orgsync.DeployRequest;
import io.github.ecamaven.eca.orgsync.DeployService;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the External Client App files of the package directories to an org ({@code sf project deploy start}), or
 * checks them without saving ({@code sf project deploy validate}). Headers go first when asked, since satellites
 * need their parent app. Component failures fail the build with the file and the org's problem.
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
        DeployRequest request = new DeployRequest(projectDirectory.toPath().toAbsolutePath(), blankToNull(targetOrg),
                selected, validateOnly, headersFirst, blankToNull(testLevel), sfWaitMinutes(wait));
        List<Path> files = new DeployService(sfCli(), ecaLog()).deploy(request);
        getLog().info((validateOnly ? "Validated " : "Deployed ") + files.size() + " External Client App file(s)");
    }
}
