package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.config.PropertyNames;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ProjectFile;
import java.util.Map;

/** ECA-PROJ-010: the project root has an sfdx-project.json. */
public final class MissingProjectFileRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-010";

    public MissingProjectFileRule() {
        super(ID, Severity.WARNING, Category.PROJECT, "The project root has sfdx-project.json",
                "Without sfdx-project.json sf cannot deploy or package the source, and the validator falls back to"
                        + " searching the whole directory without knowing the API version or the packages.",
                PROJECT_JSON_DOC);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        if (project.sfdxProject() == null) {
            ctx.report(ProjectFile.of(project.root().resolve("sfdx-project.json"), "sfdx-project.json"),
                    SourcePosition.FILE, "no sfdx-project.json in the project root (set "
                            + PropertyNames.PROJECT_DIRECTORY + " to the sfdx"
                            + " project); searched the whole directory for ECA files instead");
        }
    }

    @Override
    public RuleExample example() {
        return new RuleExample(PROJECT, null, PROJECT, RuleExample.MINIMAL_PROJECT, Map.of(), null,
                "The project has force-app but no sfdx-project.json next to it.").with(APP, localApp());
    }
}
