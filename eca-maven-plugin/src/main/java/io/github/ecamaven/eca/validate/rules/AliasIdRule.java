package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.project.JsonValue;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.SfdxProject;
import java.util.Map;
import java.util.regex.Pattern;

/** ECA-PROJ-005: package alias values are 0Ho/04t ids, not placeholders. */
public final class AliasIdRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-005";

    private static final Pattern PACKAGE_ID = Pattern.compile("(0Ho|04t)[A-Za-z0-9]{12}([A-Za-z0-9]{3})?");

    public AliasIdRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "Package aliases point at package or version ids",
                "An alias maps to a package id (0Ho...) or a package version id (04t...); a placeholder copied from"
                        + " a guide such as <PACKAGE_ID> fails every package command.",
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
        for (Map.Entry<String, JsonValue> e : json.json().path(SfdxProject.KEY_PACKAGE_ALIASES).members().entrySet()) {
            String v = e.getValue().asText();
            String pointer = "/packageAliases/" + SfdxProject.key(e.getKey());
            if (isPlaceholder(v)) {
                ctx.report(json, json.valueAt(pointer), "alias \"" + e.getKey() + "\" is the placeholder " + v
                        + "; put the 0Ho... id from 'sf package list' there");
            } else if (!PACKAGE_ID.matcher(v).matches()) {
                ctx.report(json, json.valueAt(pointer), "alias \"" + e.getKey() + "\" maps to '" + v + "', which is"
                        + " not a package id (0Ho...) or package version id (04t...)");
            }
        }
    }

    static boolean isPlaceholder(String v) {
        return v.contains("<") || v.contains(">") || v.matches("(?i).*(your|package_id|todo|xxx).*");
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT, PACKAGED_PROJECT.replace("0Ho000000000001AAA", "<PACKAGE_ID>"), PACKAGED_PROJECT)
                .with(CONFIG_GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """));
    }
}
