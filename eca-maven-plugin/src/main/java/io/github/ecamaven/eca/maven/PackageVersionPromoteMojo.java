package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.packaging.PackageVersions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Promotes a package version to released ({@code sf package version promote}).
 *
 * @since 0.1.0
 */
@Mojo(name = "package-version-promote", threadSafe = true)
public class PackageVersionPromoteMojo extends AbstractDevHubMojo {

    /**
     * The version: a 04t id or an alias such as {@code Nango External App@0.1.0-1}. Empty means the version built by
     * the last successful {@code eca:package-version-create} (recorded in {@code target/eca}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION, defaultValue = "")
    private String packageVersion;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_VERSION_PROMOTE_SKIP, defaultValue = "false")
    private String skipPackageVersionPromote;

    @Override
    protected String goalName() {
        return "package-version-promote";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageVersionPromote", skipPackageVersionPromote,
                PropertyNames.PACKAGE_VERSION_PROMOTE_SKIP);
    }

    @Override
    protected void run() throws Exception {
        new PackageVersions(packagingContext()).promote(blankToNull(targetDevHub),
                blankToNull(packageVersion));
    }
}
