package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.packaging.PackageVersions;
import io.github.ecamaven.eca.sf.Secret;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Installs a package version into an org ({@code sf package install}). The build fails unless the install finished
 * with SUCCESS within {@code eca.wait} minutes (sf itself exits 0 while it is still IN_PROGRESS).
 *
 * @since 0.1.0
 */
@Mojo(name = "package-install", threadSafe = true)
public class PackageInstallMojo extends AbstractInstallationKeyMojo {

    /**
     * The org to install into: an sf alias or username. Empty means sf's default org.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TARGET_ORG, defaultValue = "")
    private String targetOrg;

    /**
     * The version: a 04t id or an alias such as {@code Nango External App@0.1.0-1}. Empty means the version built by
     * the last successful {@code eca:package-version-create}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION, defaultValue = "")
    private String packageVersion;

    /**
     * How long to wait for the install to finish: minutes ({@code 10}), a unit ({@code 90s}, {@code 10m}) or
     * ISO-8601 ({@code PT90S}). sf counts whole minutes, so seconds are rounded up to the next minute.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.WAIT, defaultValue = "10")
    private String wait;

    /**
     * Minutes to wait for a new version to become available in the target org ({@code --publish-wait}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_INSTALL_PUBLISH_WAIT, defaultValue = "0")
    private int publishWait;

    /**
     * Who gets access: {@code AdminsOnly} or {@code AllUsers}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_INSTALL_SECURITY_TYPE, defaultValue = "AdminsOnly")
    private String securityType;

    /**
     * Upgrade type: {@code Mixed}, {@code DeprecateOnly} or {@code Delete}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_INSTALL_UPGRADE_TYPE, defaultValue = "Mixed")
    private String upgradeType;

    /**
     * Apex to compile: {@code all} or {@code package}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_INSTALL_APEX_COMPILE, defaultValue = "all")
    private String apexCompile;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_INSTALL_SKIP, defaultValue = "false")
    private String skipPackageInstall;

    @Override
    protected String goalName() {
        return "package-install";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageInstall", skipPackageInstall, PropertyNames.PACKAGE_INSTALL_SKIP);
    }

    @Override
    protected void run() throws Exception {
        Secret key = installationKey();
        new PackageVersions(packagingContext()).install(new PackageVersions.InstallRequest(
                blankToNull(targetOrg), blankToNull(packageVersion), key, sfWaitMinutes(wait), publishWait,
                blankToNull(securityType), blankToNull(upgradeType), blankToNull(apexCompile)));
    }
}
