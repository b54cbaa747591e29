package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.orgsync.AppSelection;
import io.github.ecamaven.eca.orgsync.CustomerBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the customer bundle of each app, {@code target/eca/<App>-customer-org.zip}, and attaches it to the build
 * (classifier {@code <App>-customer-org}, type {@code zip}), so {@code mvn deploy} publishes it: the header and the
 * OAuth settings with their {@code oauthLink} to the source org's consumer, {@code sfdx-project.json},
 * {@code manifest/package.xml} and a README, from which a customer's Salesforce admin links the app into their org
 * with two sf commands. No secret, no global OAuth settings, no policies.
 *
 * @since 0.2.0
 */
@Mojo(name = "bundle", configurator = EcaConfigurator.HINT, defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BundleMojo extends AbstractEcaMojo {

    /**
     * API names of the apps to bundle ({@code -Deca.appNames=A,B}, or {@code <appNames><appName>A</appName>…}).
     * Empty means the apps of {@code <apps>} when the plugin configuration declares them, else every app of the
     * project.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.APP_NAMES)
    private List<String> appNames;

    /**
     * The apps eca:generate declares; their names are the default selection of apps.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<EcaApp> apps;

    /**
     * The id of the apps' source org (15 or 18 characters): each {@code oauthLink} must name its consumer. Empty
     * means the org the project's files tell.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.SOURCE_ORG_ID, defaultValue = "")
    private String sourceOrgId;

    /**
     * Skips this goal.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.BUNDLE_SKIP, defaultValue = "false")
    private String skipBundle;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    protected String goalName() {
        return "bundle";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipBundle", skipBundle, PropertyNames.BUNDLE_SKIP);
    }

    @Override
    protected void run() throws Exception {
        String source = sourceOrgId == null || sourceOrgId.isBlank() ? null : sourceOrgId.strip();
        Map<String, Path> bundles = CustomerBundle.write(projectDirectory.toPath().toAbsolutePath(),
                buildDirectory().toPath().toAbsolutePath(),
                AppSelection.of(list(appNames, PropertyNames.APP_NAMES), apps), source, ecaLog());
        for (Map.Entry<String, Path> b : bundles.entrySet()) {
            if (!withoutPom()) {
                projectHelper.attachArtifact(project, CustomerBundle.TYPE, CustomerBundle.classifier(b.getKey()),
                        b.getValue().toFile());
                getLog().info("Attached " + b.getValue().getFileName() + " (classifier "
                        + CustomerBundle.classifier(b.getKey()) + ", type " + CustomerBundle.TYPE + ")");
            }
        }
    }
}
