package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.SfdxProject;

/** ECA-PROJ-006: the namespace is a valid prefix, not a placeholder. */
public final class NamespaceRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-PROJ-006";

    public NamespaceRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "The namespace is a valid namespace prefix",
                "A namespace prefix has 1-15 letters, digits or underscores and starts with a letter; a"
                        + " placeholder such as <YOUR_NAMESPACE> makes package creation fail.",
                "https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/sharing_apps.htm");
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
        if (ns == null || ns.isEmpty()) {
            return;
        }
        if (AliasIdRule.isPlaceholder(ns)) {
            ctx.report(json, json.valueAt("/namespace"), "\"namespace\" is the placeholder " + ns + "; put the"
                    + " namespace linked to your Dev Hub there");
        } else if (SalesforceValues.namespaceProblem(ns) != null) {
            ctx.report(json, json.valueAt("/namespace"), "\"namespace\" '" + ns + "' "
                    + SalesforceValues.namespaceProblem(ns));
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT,
                PACKAGED_PROJECT.replace("\"mycompany\"", "\"<YOUR_NAMESPACE>\""), PACKAGED_PROJECT)
                .with(CONFIG_GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """));
    }
}
