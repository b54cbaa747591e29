package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfOption;
import io.github.ecamaven.eca.sf.SfParameterException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfResult;
import io.github.ecamaven.eca.sf.TargetOrgs;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code sf package create}: checks sfdx-project.json first (valid, a namespace for Managed, the path is a package
 * directory, no alias of that name yet), then creates the package in the Dev Hub and reports the 0Ho id and the
 * alias sf wrote into sfdx-project.json.
 */
public final class PackageCreator {

    /** What to create. {@code path} null means the default package directory. */
    public record Request(String devHub, String name, String type, String path, String description,
            boolean noNamespace, boolean orgDependent) {}

    /** The new package id and the alias now in sfdx-project.json. */
    public record Result(String packageId, String alias) {}

    private final PackagingContext ctx;

    public PackageCreator(PackagingContext ctx) {
        this.ctx = ctx;
    }

    public Result create(Request r) throws PackagingException, SfCliException, IOException {
        SfdxProject project = ctx.readProject();
        if (r.name() == null || r.name().isBlank()) {
            throw PackagingException.content("the package needs a name: -D" + PropertyNames.PACKAGE_NAME
                    + "=\"My Package\".");
        }
        String type = packageType(r.type());
        if ("Managed".equals(type) && project.namespace() == null) {
            throw PackagingException.content("a Managed package needs a namespace, and sfdx-project.json has none."
                    + " Link a namespace to the Dev Hub, set \"namespace\" in " + project.file()
                    + ", or create an Unlocked package (-D" + PropertyNames.PACKAGE_TYPE + "=Unlocked).");
        }
        if ("Managed".equals(type) && (r.noNamespace() || r.orgDependent())) {
            throw PackagingException.content(PropertyNames.PACKAGE_CREATE_NO_NAMESPACE + " and "
                    + PropertyNames.PACKAGE_CREATE_ORG_DEPENDENT + " apply to Unlocked packages only.");
        }
        String path = r.path();
        if (path == null || path.isBlank()) {
            SfdxProject.PackageDirectory d = project.defaultPackageDirectory();
            if (d == null) {
                throw PackagingException.content("sfdx-project.json has no default package directory; name one with"
                        + " -D" + PropertyNames.PACKAGE_DIRECTORY + "=<dir>.");
            }
            path = d.path();
        }
        if (project.packageDirectory(path) == null) {
            throw PackagingException.content("'" + path + "' is not a package directory of " + project.file()
                    + "; its packageDirectories are: " + project.packageDirectories().stream()
                            .map(SfdxProject.PackageDirectory::path).collect(Collectors.joining(", "))
                    + ". Use one of them for -D" + PropertyNames.PACKAGE_DIRECTORY
                    + " or add it to packageDirectories.");
        }
        checkPackageKeys(project, path, r.name());
        String existing = project.packageAliases().get(r.name());
        if (existing != null) {
            throw PackagingException.content("sfdx-project.json already has the alias '" + r.name() + "' → "
                    + existing + "; the package exists. Create versions with eca:package-version-create, or remove"
                    + " the alias to create a new package.");
        }
        SfCommand cmd = SfCommand.of("package", "create")
                .option("--name", r.name())
                .option("--package-type", type)
                .option("--path", path)
                .option("--description", r.description())
                .flag("--no-namespace", r.noNamespace())
                .flag("--org-dependent", r.orgDependent())
                .option("--target-dev-hub", r.devHub())
                .build();
        SfResult res = ctx.sf().run(cmd);
        String id = SfResult.text(res.result(), "Id");
        if (id == null || !id.startsWith("0Ho")) {
            throw PackagingException.environment("sf package create succeeded but returned no 0Ho package id ("
                    + cmd.mask(res.result().toString()) + ").");
        }
        SfProjectEdit.settle(ctx, project, "package create", "The package '" + r.name() + "' " + id
                + " is created in the Dev Hub");
        SfdxProject after = ctx.readProject();
        String alias = aliasOf(after.packageAliases(), id);
        if (alias == null) {
            // sf writes the alias unless SF_PROJECT_AUTOUPDATE_DISABLE_FOR_PACKAGE_CREATE is set; keep the file usable
            after.putPackageAlias(r.name(), id);
            after.write();
            alias = r.name();
            ctx.log().warn("sf did not write the alias into sfdx-project.json; added \"" + alias + "\": \"" + id
                    + "\".");
        }
        ctx.log().info("Created " + type + " package '" + r.name() + "' " + id + " in "
                + TargetOrgs.namedDevHub(ctx.sf(), r.devHub()) + "; sfdx-project.json"
                + " alias \"" + alias + "\": \"" + id + "\".");
        return new Result(id, alias);
    }

    /**
     * sf package create merges the package into the entry of {@code path} only when no entry names another package
     * there and no other entry names this one: else it adds a second entry for the folder, or replaces the other
     * folder's entry. Both are refused before the package is created.
     */
    private static void checkPackageKeys(SfdxProject project, String path, String name) throws PackagingException {
        SfdxProject.PackageDirectory target = project.packageDirectory(path);
        String named = target.packageName();
        if (named != null && !named.equals(name)) {
            throw PackagingException.content("the package directory '" + path + "' (packageDirectories["
                    + target.index() + "] of " + project.file() + ") already says \"package\": \"" + named
                    + "\"; sf package create '" + name + "' would add a second entry for the same folder. Create '"
                    + named + "' (-D" + PropertyNames.PACKAGE_NAME + "=\"" + named + "\"), or change \"package\""
                    + " of the entry first.");
        }
        for (SfdxProject.PackageDirectory d : project.packageDirectories()) {
            if (d.index() != target.index() && name.equals(d.packageName())) {
                throw PackagingException.content("the package directory '" + d.path() + "' (packageDirectories["
                        + d.index() + "] of " + project.file() + ") already says \"package\": \"" + name
                        + "\"; sf package create for '" + path + "' would replace that entry. Use -D"
                        + PropertyNames.PACKAGE_DIRECTORY + "=" + d.path() + ", or remove \"package\" from it first.");
            }
        }
    }

    static String packageType(String type) throws PackagingException {
        try {
            String t = SfOption.PACKAGE_TYPE.check(PropertyNames.PACKAGE_TYPE, type);
            if (t != null) {
                return t;
            }
        } catch (SfParameterException e) {
            throw PackagingException.content(e.getMessage());
        }
        throw PackagingException.content(PropertyNames.PACKAGE_TYPE + " is empty; use one of "
                + String.join(", ", SfOption.PACKAGE_TYPE.allowed()) + ".");
    }

    /** The first alias whose value is {@code id}, as sf picks it. */
    static String aliasOf(Map<String, String> aliases, String id) {
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            if (e.getValue().equals(id)) {
                return e.getKey();
            }
        }
        return null;
    }
}
