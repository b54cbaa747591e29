package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.LinkedOutFile;

/** ECA-PROJ-011: a symbolic link in a package directory leads outside the project. */
public final class LinkOutsideProjectRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-011";

    public LinkOutsideProjectRule() {
        super(ID, Severity.WARNING, Category.PROJECT, "Symbolic links stay inside the project",
                "Links inside the project are followed and their targets checked. A link that leads outside the"
                        + " project (or nowhere) is not: sf deploys what it points to, unchecked, and what it points"
                        + " to differs from one machine to the next.",
                PROJECT_JSON_DOC);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (LinkedOutFile l : project.linksOut()) {
            ctx.report(l, SourcePosition.FILE, l.targetExists()
                    ? "this is a symbolic link to " + l.target() + ", outside the project, so eca:validate did not"
                            + " check it; copy what it points to into the project, or point the link inside it"
                    : "this is a symbolic link to " + l.target() + ", which does not exist; restore the target or"
                            + " delete the link");
        }
    }

    @Override
    public RuleExample example() {
        return new RuleExample(APP, RuleExample.link("../../../../../shared/My_App.eca-meta.xml"), APP, localApp(),
                java.util.Map.of(), null, "The shared folder lies next to the project, not inside it.");
    }
}
