package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ManifestFile;

/** ECA-XML-002: the root element and namespace match the file's suffix. */
public final class RootElementRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-002";

    public RootElementRule() {
        super(ID, Severity.ERROR, Category.SCHEMA,
                "The root element matches the suffix and is in the Metadata namespace",
                "A .ecaOauth file must hold <ExtlClntAppOauthSettings xmlns=\"http://soap.sforce.com/2006/04/"
                        + "metadata\">; any other root or namespace is rejected by the Metadata API.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.ecaFiles()) {
            if (f.error() != null && !f.malformed()) {
                ctx.report(f, f.error().position(), f.error().reason());
            }
        }
        for (ManifestFile m : project.manifests()) {
            if (m.error() != null && m.error().reason().contains("is in namespace")) {
                ctx.report(m, m.error().position(), m.error().reason());
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH, oauthScopes("Api, RefreshToken").replace(NS, ""), oauthScopes("Api, RefreshToken"))
                .with(APP, localApp());
    }
}
