package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.generate.EcaApp;
import io.github.ecamaven.eca.generate.EcaGenerator;
import io.github.ecamaven.eca.generate.GenerateRequest;
import io.github.ecamaven.eca.generate.GenerateResult;
import io.github.ecamaven.eca.model.io.WriteJournal;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.ValidationRequest;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What eca:generate and eca:check share: the {@code <apps>}, where the files go and the package settings. Both plan
 * the same files; generate writes them, check only compares.
 */
public abstract class AbstractGenerateMojo extends AbstractEcaMojo {

    /**
     * The External Client Apps, one {@code <app>} each (name, label, contactEmail, preset, scopes ...).
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<EcaApp> apps;

    /**
     * Package directory, relative to {@code eca.projectDirectory}, for the files (Packaged apps: the packageable ones).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_DIRECTORY, defaultValue = ProjectPaths.DEFAULT_PACKAGE_DIRECTORY)
    protected String packageDirectory;

    /**
     * Second, never packaged directory for the global OAuth settings and policies of Packaged apps (sf package
     * version create uploads the whole packaged directory); Local apps of such a project go there entirely.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ORG_DIRECTORY, defaultValue = ProjectPaths.DEFAULT_ORG_DIRECTORY)
    protected String orgDirectory;

    /**
     * API version of the ECA files and package.xml (settings newer than it are refused, naming the version they
     * need); empty means the project's {@code sourceApiVersion}, which generate never changes (66.0 without one).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.API_VERSION, defaultValue = "")
    protected String apiVersion;

    /** Namespace prefix; required for Packaged apps unless sfdx-project.json has one.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.NAMESPACE)
    protected String namespace;

    /** 2GP package name for Packaged apps; defaults to the existing {@code package}, else the artifactId.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.PACKAGE_NAME)
    protected String packageName;

    /** Package {@code versionName} for Packaged apps; defaults to the existing one, else {@code ver <major.minor>}.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.VERSION_NAME)
    protected String versionName;

    /** Package {@code versionNumber} for Packaged apps; defaults to the existing one, else {@code 0.1.0.NEXT}.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.VERSION_NUMBER)
    protected String versionNumber;

    /** The package.xml to write, relative to {@code eca.projectDirectory}.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.MANIFEST, defaultValue = ProjectPaths.DEFAULT_MANIFEST)
    protected String manifest;

    /** true/false: write the org setting file settings/ExternalClientApp.settings-meta.xml; empty: leave it alone.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.CLIENT_SECRET_REST_ACCESS)
    protected String clientSecretRestAccess;

    /**
     * eca:validate's rule profile, which the planned files are checked with before anything is written: the same
     * parameter as eca:validate's, so the plugin-level {@code <profile>} or {@code -Deca.validate.profile} sets both.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.VALIDATE_PROFILE, defaultValue = Profile.DEFAULT_NAME)
    protected String profile;

    /**
     * eca:validate's per-rule settings ({@code ID=off|error|warning|info}, comma-separated) on top of the profile,
     * applied to the planned files as eca:validate applies them.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.VALIDATE_RULES, defaultValue = "")
    protected String rules;

    /**
     * {@code Managed} or {@code Unlocked}, as eca:package-create and eca:validate take it: a Packaged app needs a
     * namespace in a Managed package only. Empty means unknown (a namespace is required).
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.PACKAGE_TYPE, defaultValue = "")
    protected String packageType;

    /** Base URL of the Nango server the apps connect through; the nango preset registers its {@code /oauth/callback}.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_URL, defaultValue = NangoCallback.CLOUD_URL)
    protected String nangoUrl;

    /** Nango's custom callback URL, which the nango preset then registers; empty: {@code <eca.nangoUrl>/oauth/callback}.
     * @since 0.2.0 */
    @Parameter(property = PropertyNames.NANGO_CALLBACK_URL, defaultValue = "")
    protected String nangoCallbackUrl;

    /** Whether this run only compares: eca:check always, eca:generate when asked. */
    protected abstract boolean checkOnly();

    @Override
    protected void run() throws Exception {
        boolean pom = !withoutPom();
        GenerateRequest request = new GenerateRequest(projectDirectory.toPath(),
                pom ? project.getBasedir().toPath() : projectDirectory.toPath(), packageDirectory, orgDirectory,
                        manifest,
                apiVersion, namespace, packageName, pom ? project.getArtifactId() : null, versionName, versionNumber,
                apps, checkOnly(), optionalFlag(clientSecretRestAccess, PropertyNames.CLIENT_SECRET_REST_ACCESS));
        EcaGenerator generator = new EcaGenerator(ecaLog()).rememberingIn(
                ProjectPaths.buildFolder(buildDirectory().toPath()).resolve("generated-values.properties"))
                .writingThrough(WriteJournal.in(buildDirectory().toPath()));
        // the profile is read here too, so that one that is none fails as in eca:validate even when nothing changes
        GenerateResult result = generator.generate(request.withValidation(Profile.named(profile).name(),
                ValidationRequest.parseRuleSettings(rules)).withPackageType(packageType)
                .withNangoCallback(NangoCallback.of(nangoUrl, nangoCallbackUrl)));
        if (checkOnly() && !result.allUpToDate()) {
            throw new MojoFailureException(result.differences());
        }
        getLog().info(result.summary());
    }
}
