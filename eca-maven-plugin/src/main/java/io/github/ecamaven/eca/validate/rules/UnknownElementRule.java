package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.UnknownElement;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.TypeSpec;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.ArrayList;
import java.util.List;

/** ECA-XML-003: an element the type does not have (with "did you mean"). */
public final class UnknownElementRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-003";

    public UnknownElementRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "Every element exists in its type",
                "The Metadata API rejects an element its type does not define; a typo silently drops a setting"
                        + " in tools that skip unknown elements.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            for (UnknownElement u : f.document().unknownElements()) {
                boolean atRoot = !u.path().contains("/");
                if (atRoot && WrongTypeElementRule.ownerOf(u.name(), f.type()) != null) {
                    continue; // ECA-XML-008 names the type it belongs to
                }
                TypeSpec spec = EcaSchema.type(u.parentType());
                List<String> names = new ArrayList<>(spec == null ? List.of() : spec.fieldNames());
                ctx.report(f, u.position(), "<" + u.name() + "> is not an element of " + u.parentType()
                        + DidYouMean.of(u.name(), names));
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(APP, localApp().replace("isProtected>", "isProtectd>"), localApp());
    }
}
