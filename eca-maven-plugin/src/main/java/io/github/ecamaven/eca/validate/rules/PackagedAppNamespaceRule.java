package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.project.EcaFile;
import io.github.ecamaven.eca.validate.project.EcaProject;
import io.github.ecamaven.eca.validate.project.SfdxProjectFile;

/** ECA-PROJ-008: a Packaged app needs a namespace in sfdx-project.json. */
public final class PackagedAppNamespaceRule extends AbstractRule {

    public PackagedAppNamespaceRule() {
        super("ECA-PROJ-008", Severity.ERROR, Category.PROJECT, "Packaged apps are built in a namespaced project",
                "ECAs are distributed in second-generation managed packages, which need a namespace linked to the"
                        + " Dev Hub and set in sfdx-project.json.",
                PACKAGE_ECA_HELP);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        SfdxProjectFile json = project.sfdxProject();
        if (json == null || json.syntaxError() != null) {
            return;
        }
        String ns = json.string("namespace");
        if (ns != null && !ns.isBlank()) {
            return;
        }
        for (EcaFile app : project.apps().values()) {
            if (project.isPackaged(app.componentName())) {
                ctx.report(app, app.element("distributionState"), "app '" + app.componentName() + "' is Packaged"
                        + " but sfdx-project.json has no \"namespace\"");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT, PACKAGED_PROJECT.replace("\"mycompany\"", "\"\""), PACKAGED_PROJECT)
                .with(APP, packagedApp()).with(CONFIG_GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """))
                .withNote("My_App is Packaged.");
    }
}
