package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ManifestFile;

/** ECA-XML-001: the file is not well-formed XML (or has a DOCTYPE). */
public final class MalformedXmlRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-001";

    public MalformedXmlRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "Metadata files are well-formed XML",
                "The sf CLI converts a malformed file without complaint and the deploy fails late, or not at all"
                        + " for files it skips. A DOCTYPE can pull in external entities and is refused.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.ecaFiles()) {
            if (f.error() != null && f.malformed()) {
                ctx.report(f, f.error().position(), f.error().reason());
            }
        }
        for (ManifestFile m : project.manifests()) {
            if (m.error() != null && m.document() == null && isSyntax(m)) {
                ctx.report(m, m.error().position(), m.error().reason());
            }
        }
    }

    static boolean isSyntax(ManifestFile m) {
        String r = m.error().reason();
        return !r.contains("is not an External Client App metadata type") && !r.contains("is in namespace");
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(APP, localApp().replace("</label>", "</labl>"), localApp());
    }
}
