package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.project.JsonValue;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.SfdxProject;

/** ECA-PROJ-007: versionNumber is {@code major.minor.patch.(NEXT|build)}. */
public final class VersionNumberRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-PROJ-007";

    public VersionNumberRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "versionNumber is major.minor.patch.build",
                "Package versions are four numbers, the last one a build number or NEXT; any other form fails"
                        + " package version create.",
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
        JsonValue dirs = json.json().path(SfdxProject.KEY_PACKAGE_DIRECTORIES);
        for (int i = 0; i < dirs.size(); i++) {
            JsonValue v = dirs.path(i).get(SfdxProject.KEY_VERSION_NUMBER);
            if (v != null && SalesforceValues.versionNumberProblem(v.asText()) != null) {
                ctx.report(json, json.valueAt("/packageDirectories/" + i + "/versionNumber"), "versionNumber '"
                        + v.asText() + "' " + SalesforceValues.versionNumberProblem(v.asText()));
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT, PACKAGED_PROJECT.replace("1.0.0.NEXT", "1.0.NEXT"), PACKAGED_PROJECT)
                .with(CONFIG_GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """));
    }
}
