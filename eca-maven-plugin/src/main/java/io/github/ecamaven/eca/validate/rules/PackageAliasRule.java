package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.project.JsonValue;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.PackageDir;
import io.github.ecamaven.eca.project.SfdxProject;
import java.util.ArrayList;
import java.util.List;

/** ECA-PROJ-004: each {@code package} name has a packageAliases entry. */
public final class PackageAliasRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-004";

    public PackageAliasRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "Every package name has a package alias",
                "sf package create writes the alias under the name it was given; a package directory that names"
                        + " the package differently (\"Nango External App\" vs \"Nango External\") cannot be built."
                        + " A project without any alias yet (before the first package create) gets a warning.",
                PACKAGE_CONFIG_DOC);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        SfdxProject json = project.sfdxProject();
        if (json == null || json.syntaxError() != null) {
            return;
        }
        JsonValue aliases = json.json().path(SfdxProject.KEY_PACKAGE_ALIASES);
        List<String> names = new ArrayList<>(aliases.members().keySet());
        for (PackageDir d : project.packageDirs()) {
            if (d.isPackaged() && !aliases.has(d.packageName()) && names.isEmpty()) {
                // before the first sf package create no package has an alias yet: a step to do, not a mistake
                ctx.report(json, json.valueAt(d.pointer() + "/package"), "package \"" + d.packageName()
                        + "\" has no entry in \"packageAliases\" yet; create it with eca:package-create (sf"
                        + " package create), which writes the alias", Severity.WARNING);
            } else if (d.isPackaged() && !aliases.has(d.packageName())) {
                ctx.report(json, json.valueAt(d.pointer() + "/package"), "package \"" + d.packageName()
                        + "\" has no entry in \"packageAliases\"" + DidYouMean.of(d.packageName(), names)
                        .replace('\'', '"'));
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT,
                PACKAGED_PROJECT.replace("\"My Package\": \"0Ho", "\"MyPackage\": \"0Ho"), PACKAGED_PROJECT)
                .with(CONFIG_GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """));
    }
}
