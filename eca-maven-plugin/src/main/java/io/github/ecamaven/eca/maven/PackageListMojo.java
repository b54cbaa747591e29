package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.packaging.PackageVersions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the Dev Hub's packages ({@code sf package list}) with their aliases from sfdx-project.json.
 *
 * @since 0.1.0
 */
@Mojo(name = "package-list", threadSafe = true)
public class PackageListMojo extends AbstractSfMojo {

    /**
     * Asks sf for the verbose listing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.verbose", defaultValue = "false")
    private String verbose;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.packageList.skip", defaultValue = "false")
    private String skipPackageList;

    @Override
    protected String goalName() {
        return "package-list";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageList", skipPackageList);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        boolean all = flag(verbose, "verbose", "eca.verbose");
        call(() -> new PackageVersions(packagingContext()).list(blankToNull(targetDevHub), all));
    }
}
