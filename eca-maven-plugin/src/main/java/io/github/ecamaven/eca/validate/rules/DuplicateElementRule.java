package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.text.Shortened;
import io.github.ecamaven.eca.model.io.DuplicateElement;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.text.SecretLike;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ManifestFile;
import java.util.ArrayList;
import java.util.List;

/** ECA-XML-009: a single-valued element is written more than once. */
public final class DuplicateElementRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-009";

    /** Longest value quoted in a message; longer ones are cut. */
    private static final int SHOWN = 60;

    public DuplicateElementRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "Single-valued elements appear once",
                "The schema allows one occurrence of a single-valued element (maxOccurs 1). A second one is a merge"
                        + " or copy-paste mistake, and only one value can be in effect: readers keep one of them,"
                        + " and which one decides, for example, whether the app is Local or Packaged.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            for (DuplicateElement d : f.document().duplicates()) {
                ctx.report(f, d.positions().get(1), message(d));
            }
        }
        for (ManifestFile m : project.manifests()) {
            if (m.document() != null) {
                for (DuplicateElement d : m.document().duplicates()) {
                    ctx.report(m, d.positions().get(1), message(d));
                }
            }
        }
    }

    static String message(DuplicateElement d) {
        List<String> lines = new ArrayList<>();
        for (SourcePosition p : d.positions()) {
            lines.add(String.valueOf(p.line()));
        }
        String where = "<" + d.path() + "> is written " + d.positions().size() + " times (lines "
                + String.join(", ", lines) + ")";
        if (!showable(d)) {
            return where + (d.conflicting() ? " with different content" : " with the same content")
                    + "; it takes one value: keep one";
        }
        if (!d.conflicting()) {
            return where + ", each time " + quote(d.values().get(0)) + "; it takes one value: delete the copies";
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < d.values().size(); i++) {
            values.add(quote(d.values().get(i)) + " at line " + d.positions().get(i).line());
        }
        return where + " with conflicting values " + String.join(" then ", values) + "; only one can be in effect:"
                + " keep the one you mean";
    }

    /** Plain values are quoted; markup of nested elements and secrets are not. */
    private static boolean showable(DuplicateElement d) {
        return d.simple() && d.values().stream().noneMatch(v -> SecretLike.isSecret(d.name(), v));
    }

    private static String quote(String v) {
        String s = Shortened.to(v, SHOWN);
        return "'" + s.replace('\n', ' ') + "'";
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(APP, app("""
                <contactEmail>ops@example.com</contactEmail>
                <distributionState>Local</distributionState>
                <distributionState>Packaged</distributionState>
                <isProtected>false</isProtected>
                <label>My App</label>
                """), localApp());
    }
}
