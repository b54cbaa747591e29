package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.packaging.PackageCreator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a 2GP package in the Dev Hub ({@code sf package create}) after checking sfdx-project.json; sf adds the
 * package alias to sfdx-project.json. Where sf rewrites the package directory entry that already names the package
 * (as eca:generate writes it), dropping its {@code "default": true} and its other keys, the goal puts the entry back
 * as it was and says so in one line.
 *
 * <pre>mvn eca:package-create -Deca.targetDevHub=my-dev-hub -Deca.packageName="Nango External App"
 *     -Deca.packageType=Managed -Deca.packageDirectory=force-app</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "package-create", threadSafe = true)
public class PackageCreateMojo extends AbstractDevHubMojo {

    /**
     * The package name; it also becomes its alias in sfdx-project.json.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_NAME, defaultValue = "")
    private String packageName;

    /**
     * {@code Managed} (needs a namespace in sfdx-project.json) or {@code Unlocked}; eca:validate judges Packaged apps
     * by the same setting. Its property was package-create's own before 0.2.0; the old name is refused.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.PACKAGE_TYPE, defaultValue = "Managed")
    private String packageType;

    /**
     * The package directory (a {@code packageDirectories} path). Empty means the default package directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_DIRECTORY, defaultValue = "")
    private String packageDirectory;

    /**
     * The package description.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_CREATE_DESCRIPTION, defaultValue = "")
    private String description;

    /**
     * Creates an Unlocked package without namespace ({@code --no-namespace}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_CREATE_NO_NAMESPACE, defaultValue = "false")
    private String noNamespace;

    /**
     * Creates an org-dependent Unlocked package ({@code --org-dependent}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_CREATE_ORG_DEPENDENT, defaultValue = "false")
    private String orgDependent;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_CREATE_SKIP, defaultValue = "false")
    private String skipPackageCreate;

    @Override
    protected String goalName() {
        return "package-create";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageCreate", skipPackageCreate, PropertyNames.PACKAGE_CREATE_SKIP);
    }

    @Override
    protected void run() throws Exception {
        boolean noNs = flag(noNamespace, PropertyNames.PACKAGE_CREATE_NO_NAMESPACE);
        boolean dependent = flag(orgDependent, PropertyNames.PACKAGE_CREATE_ORG_DEPENDENT);
        new PackageCreator(packagingContext()).create(new PackageCreator.Request(
                blankToNull(targetDevHub), blankToNull(packageName), packageType, blankToNull(packageDirectory),
                        blankToNull(description),
                noNs, dependent));
    }
}
