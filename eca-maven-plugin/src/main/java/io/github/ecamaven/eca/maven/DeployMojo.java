package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.orgsync.DeployRequest;
import io.github.ecamaven.eca.orgsync.DeployService;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the External Client App files of the package directories to an org ({@code sf project deploy start}), or
 * checks them without saving ({@code sf project deploy validate}). Headers go first when asked, since satellites
 * need their parent app. Component failures fail the build with the file and the org's problem.
 *
 * @since 0.1.0
 */
@Mojo(name = "deploy", threadSafe = true)
public class DeployMojo extends AbstractOrgMojo {

    /**
     * Comma-separated API names of the apps to deploy. Empty means the apps of {@code <apps>} when the plugin
     * configuration declares them, else every app in the package directories.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.deploy.apps", defaultValue = "")
    private String deployApps;

    /**
     * Validate only ({@code sf project deploy validate}): a check-only deploy that saves nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.deploy.checkOnly", defaultValue = "false")
    private String checkOnly;

    /**
     * Deploy the app headers before their satellites (needed when the app is new in the org).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.deploy.headerFirst", defaultValue = "true")
    private String headerFirst;

    /**
     * sf's {@code --test-level}; empty for sf's default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.deploy.testLevel", defaultValue = "")
    private String testLevel;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.deploy.skip", defaultValue = "false")
    private String skipDeploy;

    @Override
    protected String goalName() {
        return "deploy";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipDeploy", skipDeploy);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        boolean validateOnly = flag(checkOnly, "checkOnly");
        boolean headersFirst = flag(headerFirst, "headerFirst");
        Set<String> selected = selectedApps(deployApps);
        DeployRequest request = new DeployRequest(projectDir.toPath().toAbsolutePath(), blankToNull(targetOrg),
                selected, validateOnly, headersFirst, blankToNull(testLevel), sfWaitMinutes(wait));
        List<Path> files = call(() -> new DeployService(sfCli(), ecaLog()).deploy(request));
        getLog().info((validateOnly ? "Validated " : "Deployed ") + files.size() + " External Client App file(s)");
    }
}
