package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-PROJ-001: sfdx-project.json is strict JSON (no comments, no key twice in one object). */
public final class StrictJsonRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-001";

    public StrictJsonRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "sfdx-project.json is strict JSON",
                "The sf CLI swallows a parse error and treats the whole file as empty, so comments (as in guides"
                        + " that annotate the file) make package commands fail with unrelated messages; a key"
                        + " written twice in one object silently loses its first value.",
                PROJECT_JSON_DOC);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        SfdxProject json = project.sfdxProject();
        if (json == null) {
            return;
        }
        for (SfdxProject.Problem c : json.comments()) {
            ctx.report(json, c.position(), c.message());
        }
        for (SfdxProject.Problem k : json.repeatedKeys()) {
            ctx.report(json, k.position(), k.message());
        }
        if (json.syntaxError() != null) {
            ctx.report(json, json.syntaxError().position(), json.syntaxError().message());
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT,
                RuleExample.MINIMAL_PROJECT.replace("\"default\": true", "\"default\": true // main source"),
                RuleExample.MINIMAL_PROJECT);
    }
}
