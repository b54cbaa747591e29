package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.packaging.VersionCreator;
import io.github.ecamaven.eca.sf.Secret;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds a package version ({@code sf package version create}) after the packaging checks, records the 08c request
 * id in {@code target/eca/package-version-create.json} at once, and follows the build for {@code eca.wait}.
 * On success it prints the 04t id and the install URL and writes the {@code <package>@<version>} alias into
 * sfdx-project.json. A build that outlives the wait is resumed with {@code eca:package-version-report}.
 *
 * <pre>mvn eca:package-version-create -Deca.targetDevHub=my-dev-hub -Deca.packageName="Nango External App"
 *     -Deca.packageVersionCreate.installationKeyBypass=true -Deca.wait=20</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "package-version-create", threadSafe = true)
public class PackageVersionCreateMojo extends AbstractInstallationKeyMojo {

    /** The Dev Hub that builds the version: an sf alias or username; empty means sf's default Dev Hub.
     * @since 0.1.0 */
    @Parameter(property = PropertyNames.TARGET_DEV_HUB, defaultValue = "")
    private String targetDevHub;

    /**
     * The package: its alias in sfdx-project.json or its 0Ho id. Empty means the package of the default package
     * directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_NAME, defaultValue = "")
    private String packageName;

    /**
     * Builds a version anyone can install without a key.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_CREATE_INSTALLATION_KEY_BYPASS, defaultValue = "false")
    private String installationKeyBypass;

    /**
     * How long to follow the build: minutes ({@code 20}), a unit ({@code 90s}, {@code 20m}) or ISO-8601
     * ({@code PT20S}). 0 queues it and returns; resume with {@code eca:package-version-report}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.WAIT, defaultValue = "0")
    private String wait;

    /**
     * Seconds between two status polls while waiting.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.POLL_INTERVAL, defaultValue = "30")
    private int pollInterval;

    /**
     * Calculates Apex code coverage ({@code --code-coverage}); needed to promote.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_CREATE_CODE_COVERAGE, defaultValue = "false")
    private String codeCoverage;

    /**
     * Skips validation ({@code --skip-validation}); such a version cannot be promoted.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_CREATE_SKIP_VALIDATION, defaultValue = "false")
    private String skipValidation;

    /**
     * Version name; empty means sfdx-project.json's {@code versionName}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION_NAME, defaultValue = "")
    private String versionName;

    /**
     * Version number {@code major.minor.patch.build} (build may be {@code NEXT}); empty means sfdx-project.json's.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION_NUMBER, defaultValue = "")
    private String versionNumber;

    /**
     * Version description; empty means sfdx-project.json's {@code versionDescription}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_CREATE_VERSION_DESCRIPTION, defaultValue = "")
    private String versionDescription;

    /**
     * Branch of the version ({@code --branch}); it becomes part of the version alias.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_CREATE_BRANCH, defaultValue = "")
    private String branch;

    /**
     * Tag of the version ({@code --tag}), e.g. a commit id.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_CREATE_TAG, defaultValue = "")
    private String tag;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_CREATE_SKIP, defaultValue = "false")
    private String skipPackageVersionCreate;

    @Override
    protected String goalName() {
        return "package-version-create";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageVersionCreate", skipPackageVersionCreate,
                PropertyNames.PACKAGE_VERSION_CREATE_SKIP);
    }

    @Override
    protected void run() throws Exception {
        boolean bypass = flag(installationKeyBypass, PropertyNames.PACKAGE_VERSION_CREATE_INSTALLATION_KEY_BYPASS);
        boolean coverage = flag(codeCoverage, PropertyNames.PACKAGE_VERSION_CREATE_CODE_COVERAGE);
        boolean noValidation = flag(skipValidation, PropertyNames.PACKAGE_VERSION_CREATE_SKIP_VALIDATION);
        Secret key = installationKeyOrBypass(bypass, PropertyNames.PACKAGE_VERSION_CREATE_INSTALLATION_KEY_BYPASS);
        new VersionCreator(packagingContext()).create(new VersionCreator.Request(
                blankToNull(targetDevHub), blankToNull(packageName), key, bypass, duration(PropertyNames.WAIT, wait),
                pollInterval, coverage, noValidation, blankToNull(versionName), blankToNull(versionNumber),
                blankToNull(versionDescription), blankToNull(branch), blankToNull(tag)));
    }
}
