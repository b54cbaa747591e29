package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.SfdxProject;

/**
 * ECA-PROJ-008: a Packaged app in a managed package needs a namespace in sfdx-project.json; an unlocked package may
 * have none. The package type comes from the build ({@link PropertyNames#PACKAGE_TYPE}, the setting eca:package-create
 * passes to sf); without it the rule warns and says what it assumed.
 */
public final class PackagedAppNamespaceRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-008";

    public PackagedAppNamespaceRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "Packaged apps in a managed package have a namespace",
                "A second-generation managed package needs a namespace linked to the Dev Hub and set in"
                        + " sfdx-project.json; an unlocked package may have none. When the build does not say which"
                        + " (" + PropertyNames.PACKAGE_TYPE + "), a Packaged app without namespace is a warning that"
                        + " names the assumption.",
                PACKAGE_ECA_HELP);
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
        String ns = json.string(SfdxProject.KEY_NAMESPACE);
        if (ns != null && !ns.isBlank() || "Unlocked".equals(ctx.packageType())) {
            return; // an unlocked package needs no namespace
        }
        for (EcaFile app : project.apps().values()) {
            if (!project.isPackaged(app.componentName())) {
                continue;
            }
            if ("Managed".equals(ctx.packageType())) {
                ctx.report(app, app.element("distributionState"), "app '" + app.componentName() + "' is Packaged"
                        + " in a Managed package (" + PropertyNames.PACKAGE_TYPE + "), but sfdx-project.json has no"
                        + " \"namespace\"; set the namespace linked to your Dev Hub, or build an Unlocked package");
            } else {
                ctx.report(app, app.element("distributionState"), "app '" + app.componentName() + "' is Packaged"
                        + " and sfdx-project.json has no \"namespace\": fine for an Unlocked package, an error for a"
                        + " Managed one; the build does not say which, so this assumes Unlocked. Set "
                        + PropertyNames.PACKAGE_TYPE + "=Unlocked to silence this, or =Managed to make it an error",
                        Severity.WARNING);
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
                .withNote("My_App is Packaged and " + PropertyNames.PACKAGE_TYPE + " is not set: a warning that"
                        + " assumes Unlocked; with " + PropertyNames.PACKAGE_TYPE + "=Managed an error.");
    }
}
