package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.ValueKind;
import io.github.ecamaven.eca.text.SecretLike;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-XML-005: booleans are {@code true}/{@code false}, ints are integers. */
public final class ValueTypeRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-005";

    public ValueTypeRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "Boolean and integer values are well-formed",
                "xsd:boolean accepts only true and false (the Metadata API is stricter than 1/0 or True), and"
                        + " xsd:int only whole numbers; anything else fails the deploy.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            SchemaWalk.walk(f, (e, field, parent) -> {
                String v = e.getTextContent().trim();
                if (field.kind() == ValueKind.BOOLEAN && !v.equals("true") && !v.equals("false")) {
                    ctx.report(f, e, "<" + field.name() + "> must be true or false, not " + quoted(field.name(), v));
                } else if (field.kind() == ValueKind.INT && !isInt(v)) {
                    ctx.report(f, e, "<" + field.name() + "> must be a whole number, not " + quoted(field.name(), v));
                }
            });
        }
    }

    /** The value in quotes, or its length and digest when it is secret-like (a key pasted in the wrong place). */
    private static String quoted(String element, String v) {
        return SecretLike.isSecret(element, v) ? SecretLike.masked(v) : "'" + v + "'";
    }

    private static boolean isInt(String v) {
        try {
            Integer.parseInt(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(APP, localApp().replace(">false<", ">False<"), localApp());
    }
}
