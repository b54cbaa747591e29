package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.generate.EcaGenerator;
import io.github.ecamaven.eca.generate.FieldChange;
import io.github.ecamaven.eca.generate.GenerateConfigException;
import io.github.ecamaven.eca.generate.GenerateRequest;
import io.github.ecamaven.eca.generate.GenerateResult;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the External Client App metadata files declared in {@code <apps>}, the package.xml manifest and
 * sfdx-project.json. Files are merged, not replaced: values the configuration does not manage stay. A second run
 * with nothing changed writes nothing. With {@code -Deca.generate.check=true} it changes nothing and fails when the
 * files differ from the configuration.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractEcaMojo {

    /**
     * The External Client Apps, one {@code <app>} each (name, label, contactEmail, preset, callbackUrls, scopes ...).
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<EcaApp> apps;

    /**
     * Package directory, relative to {@code eca.projectDir}, that receives the files (for Packaged apps: the files
     * that go into the package).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.packageDirectory", defaultValue = "force-app")
    protected String packageDirectory;

    /**
     * Second, never packaged package directory for the global OAuth settings and the policies of Packaged apps
     * ({@code sf package version create} uploads the whole packaged directory). Used only when an app is Packaged;
     * Local apps of such a project go there entirely.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.orgDirectory", defaultValue = "eca-org")
    protected String orgDirectory;

    /**
     * Salesforce API version of the files, the manifest and {@code sourceApiVersion}; settings newer than it are
     * refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.apiVersion", defaultValue = "66.0")
    protected String apiVersion;

    /**
     * Namespace prefix; required for Packaged apps unless sfdx-project.json has one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.namespace")
    protected String namespace;

    /**
     * 2GP package name written to the package directory entry for Packaged apps; defaults to the entry's existing
     * {@code package}, else the Maven artifactId.
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
     * Package {@code versionNumber} for Packaged apps, e.g. {@code 0.1.0.NEXT}; defaults to the existing one, else
     * {@code 0.1.0.NEXT}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.versionNumber")
    protected String versionNumber;

    /**
     * The package.xml to write, relative to {@code eca.projectDir}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.manifest", defaultValue = "manifest/package.xml")
    protected String manifest;

    /**
     * Change nothing; fail listing every file and field that differs from the configuration (for CI).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.generate.check", defaultValue = "false")
    protected boolean check;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.generate.skip", defaultValue = "false")
    protected boolean skipGenerate;

    @Override
    protected String goalName() {
        return "generate";
    }

    @Override
    protected boolean goalSkipped() {
        return skipGenerate;
    }

    /** Whether this run only compares. */
    protected boolean checkOnly() {
        return check;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        String artifactId = project != null ? project.getArtifactId() : null;
        GenerateRequest request = new GenerateRequest(projectDir.toPath(),
                project != null && project.getBasedir() != null ? project.getBasedir().toPath() : projectDir.toPath(),
                packageDirectory, orgDirectory, manifest, apiVersion, namespace, packageName, artifactId, versionName,
                versionNumber, apps, checkOnly());
        GenerateResult result;
        long start = System.nanoTime();
        try {
            result = new EcaGenerator(ecaLog()).generate(request);
        } catch (GenerateConfigException e) {
            throw new MojoFailureException("eca:" + goalName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("eca:" + goalName() + ": " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        ecaLog().debug(() -> "eca:" + goalName() + " took " + millis + " ms");
        int total = result.written().size() + result.upToDate().size()
                + (checkOnly() ? (int) result.changes().stream().map(FieldChange::file).distinct().count() : 0);
        if (result.allUpToDate()) {
            getLog().info("All " + total + " files are up to date");
        } else if (checkOnly()) {
            StringBuilder b = new StringBuilder("eca:" + goalName() + ": the files differ from the configuration ("
                    + result.changes().size() + (result.changes().size() == 1 ? " difference" : " differences")
                    + "):");
            for (FieldChange c : result.changes()) {
                b.append("\n  ").append(c);
            }
            b.append("\nRun mvn eca:generate to update them, or change the configuration.");
            throw new MojoFailureException(b.toString());
        } else {
            getLog().info("Wrote " + result.written().size() + " of " + total + " files; "
                    + result.upToDate().size() + " up to date");
        }
    }
}
