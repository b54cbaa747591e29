package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.packaging.PackageCreator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a 2GP package in the Dev Hub ({@code sf package create}) after checking sfdx-project.json; sf adds the
 * package alias to sfdx-project.json.
 *
 * <pre>mvn eca:package-create -Deca.targetDevHub=my-dev-hub -Deca.package.name="Nango External App"
 *     -Deca.package.type=Managed -Deca.package.path=force-app</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "package-create", threadSafe = true)
public class PackageCreateMojo extends AbstractSfMojo {

    /**
     * The package name; it also becomes its alias in sfdx-project.json.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.package.name", defaultValue = "")
    private String name;

    /**
     * {@code Managed} (needs a namespace in sfdx-project.json) or {@code Unlocked}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.package.type", defaultValue = "Managed")
    private String type;

    /**
     * The package directory (a {@code packageDirectories} path). Empty means the default package directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.package.path", defaultValue = "")
    private String path;

    /**
     * The package description.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.package.description", defaultValue = "")
    private String description;

    /**
     * Creates an Unlocked package without namespace ({@code --no-namespace}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.package.noNamespace", defaultValue = "false")
    private String noNamespace;

    /**
     * Creates an org-dependent Unlocked package ({@code --org-dependent}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.package.orgDependent", defaultValue = "false")
    private String orgDependent;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.packageCreate.skip", defaultValue = "false")
    private String skipPackageCreate;

    @Override
    protected String goalName() {
        return "package-create";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipPackageCreate", skipPackageCreate);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        boolean noNs = flag(noNamespace, "noNamespace", "eca.package.noNamespace");
        boolean dependent = flag(orgDependent, "orgDependent", "eca.package.orgDependent");
        call(() -> new PackageCreator(packagingContext()).create(new PackageCreator.Request(
                blankToNull(targetDevHub), blankToNull(name), type, blankToNull(path), blankToNull(description),
                noNs, dependent)));
    }
}
