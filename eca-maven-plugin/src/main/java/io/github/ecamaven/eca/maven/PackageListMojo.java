package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.packaging.PackageVersions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the Dev Hub's packages ({@code sf package list}) with their aliases from sfdx-project.json.
 *
 * @since 0.1.0
 */
@Mojo(name = "package-list", threadSafe = true)
public class PackageListMojo extends AbstractDevHubMojo {

    /**
     * Asks sf for the verbose listing.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_LIST_VERBOSE, defaultValue = "false")
    private String verbose;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_LIST_SKIP, defaultValue = "false")
    private String skipPackageList;

    @Override
    protected String goalName() {
        return "package-list";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageList", skipPackageList, PropertyNames.PACKAGE_LIST_SKIP);
    }

    @Override
    protected void run() throws Exception {
        boolean all = flag(verbose, PropertyNames.PACKAGE_LIST_VERBOSE);
        new PackageVersions(packagingContext()).list(blankToNull(targetDevHub), all);
    }
}
