package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.UnknownElement;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-XML-008: an element that belongs to another ECA type ({@code callbackUrl} in a .ecaOauth file). */
public final class WrongTypeElementRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-008";

    public WrongTypeElementRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "Elements are in the type that defines them",
                "ECA settings are split over several files; the callback URL lives in the global OAuth settings,"
                        + " not in the OAuth settings, and the deploy rejects it in the wrong file.",
                GLOBAL_OAUTH_DOC);
    }

    /** Another metadata type that has a top-level element {@code name}, or null. */
    static MetadataType ownerOf(String name, MetadataType except) {
        for (MetadataType t : MetadataType.values()) {
            if (t != except && t.schema() != null && t.schema().field(name) != null && !"fullName".equals(name)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            for (UnknownElement u : f.document().unknownElements()) {
                MetadataType owner = u.path().contains("/") ? null : ownerOf(u.name(), f.type());
                if (owner != null) {
                    ctx.report(f, u.position(), "<" + u.name() + "> belongs in " + owner.typeName() + " (a ."
                            + owner.suffix() + "-meta.xml file under " + owner.directoryName() + "/), not in "
                            + f.type().typeName());
                }
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH, oauth("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauth</label>
                """), oauthScopes("Api, RefreshToken"))
                .withNote("The callback URL belongs in the global OAuth settings (.ecaGlblOauth-meta.xml).");
    }
}
