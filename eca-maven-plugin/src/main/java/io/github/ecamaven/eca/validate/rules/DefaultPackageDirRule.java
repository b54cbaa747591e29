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

/** ECA-PROJ-002: exactly one default package directory. */
public final class DefaultPackageDirRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-002";

    public DefaultPackageDirRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "Exactly one package directory is the default",
                "sf needs one default package directory (a single entry is the default unless it says"
                        + " \"default\": false); none or several stop convert, deploy and package commands.",
                PROJECT_JSON_DOC);
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
        if (!dirs.isArray() || dirs.isEmpty()) {
            ctx.report(json, json.keyAt("/packageDirectories"), "sfdx-project.json needs a non-empty"
                    + " \"packageDirectories\" array");
            return;
        }
        int defaults = 0;
        for (int i = 0; i < dirs.size(); i++) {
            if (dirs.path(i).path(SfdxProject.KEY_DEFAULT).asBoolean(false)) {
                defaults++;
                if (defaults > 1) {
                    ctx.report(json, json.keyAt("/packageDirectories/" + i + "/default"), "a second package"
                            + " directory is marked \"default\": true; exactly one may be");
                }
            }
        }
        boolean implicit = dirs.size() == 1 && !dirs.path(0).has(SfdxProject.KEY_DEFAULT);
        if (defaults == 0 && !implicit) {
            ctx.report(json, json.keyAt("/packageDirectories"), "no package directory is marked"
                    + " \"default\": true; mark exactly one");
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT, RuleExample.MINIMAL_PROJECT.replace("\"default\": true", "\"default\": false"),
                RuleExample.MINIMAL_PROJECT);
    }
}
