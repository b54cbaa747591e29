package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.generate.EcaGenerator;
import io.github.ecamaven.eca.generate.GenerateConfigException;
import io.github.ecamaven.eca.generate.GenerateRequest;
import io.github.ecamaven.eca.generate.GenerateResult;
import io.github.ecamaven.eca.model.io.OutputPathException;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the External Client App files declared in {@code <apps>}, package.xml and sfdx-project.json, merging into
 * existing files (values the configuration does not manage stay); a rerun with nothing changed writes nothing. With
 * {@code -Deca.generate.check=true} it changes nothing and fails when the files differ from the configuration.
 * What eca:validate (its profile in this POM) would reject is refused before anything is written.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractEcaMojo {

    /**
     * The External Client Apps, one {@code <app>} each (name, label, contactEmail, preset, scopes ...).
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<EcaApp> apps;

    /**
     * Package directory, relative to {@code eca.projectDir}, for the files (Packaged apps: the packageable ones).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.packageDirectory", defaultValue = "force-app")
    protected String packageDirectory;

    /**
     * Second, never packaged directory for the global OAuth settings and policies of Packaged apps (sf package
     * version create uploads the whole packaged directory); Local apps of such a project go there entirely.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.orgDirectory", defaultValue = "eca-org")
    protected String orgDirectory;

    /**
     * API version of the ECA files and package.xml (settings newer than it are refused, naming the version they
     * need); empty means the project's {@code sourceApiVersion}, which generate never changes (66.0 without one).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.apiVersion", defaultValue = "")
    protected String apiVersion;

    /**
     * Namespace prefix; required for Packaged apps unless sfdx-project.json has one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.namespace")
    protected String namespace;

    /**
     * 2GP package name for Packaged apps; defaults to the existing {@code package}, else the artifactId.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.packageName")
    protected String packageName;

    /**
     * Package {@code versionName} for Packaged apps; defaults to the existing one, else {@code ver <major.minor>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.versionName")
    protected String versionName;

    /**
     * Package {@code versionNumber} for Packaged apps; defaults to the existing one, else {@code 0.1.0.NEXT}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.versionNumber")
    protected String versionNumber;

    /** The package.xml to write, relative to {@code eca.projectDir}.
     * @since 0.1.0 */
    @Parameter(property = "eca.manifest", defaultValue = "manifest/package.xml")
    protected String manifest;

    /** Change nothing; fail listing every file and field that differs from the configuration (for CI).
     * @since 0.1.0 */
    @Parameter(property = "eca.generate.check", defaultValue = "false")
    protected String check;
    /** true/false: write the org setting file settings/ExternalClientApp.settings-meta.xml; empty: leave it alone.
     * @since 0.1.0 */
    @Parameter(property = "eca.generate.clientSecretRestAccess")
    protected String clientSecretRestAccess;

    /** Skips this goal.
     * @since 0.1.0 */
    @Parameter(property = "eca.generate.skip", defaultValue = "false")
    protected String skipGenerate;

    @Override
    protected String goalName() {
        return "generate";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipGenerate", skipGenerate);
    }

    protected boolean checkOnly() throws MojoFailureException { return flag(check, "check"); } // CheckMojo: always

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        boolean pom = !withoutPom();
        GenerateRequest request = new GenerateRequest(projectDir.toPath(),
                pom ? project.getBasedir().toPath() : projectDir.toPath(), packageDirectory, orgDirectory, manifest,
                apiVersion, namespace, packageName, pom ? project.getArtifactId() : null, versionName, versionNumber,
                apps, checkOnly(), optionalFlag(clientSecretRestAccess, "clientSecretRestAccess"));
        EcaGenerator generator = new EcaGenerator(ecaLog()).rememberingIn(
                buildDirectory().toPath().resolve("eca/generated-values.properties"));
        GenerateResult result;
        try {
            result = generator.generate(ValidateSettings.of(project).applyTo(request));
        } catch (GenerateConfigException | OutputPathException | IllegalArgumentException e) {
            // IllegalArgumentException: the profile or rules configured for eca:validate are wrong (user's POM)
            throw new MojoFailureException("eca:" + goalName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("eca:" + goalName() + ": " + e.getMessage(), e);
        }
        if (checkOnly() && !result.allUpToDate()) {
            throw new MojoFailureException(result.differences(goalName()));
        }
        getLog().info(result.summary());
    }
}
