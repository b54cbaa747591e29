package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.List;

/** ECA-CB-004: the callbacks the profile expects (nango: https://api.nango.dev/oauth/callback) are listed. */
public final class ExpectedCallbackRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-CB-004";

    public ExpectedCallbackRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "Expected callback URLs are registered",
                "An integration platform redirects to its own callback; if the app does not list it, every"
                        + " authorization ends in redirect_uri_mismatch.",
                NANGO_GUIDE);
    }

    /** A missing callback breaks the login flow. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        List<String> expected = ctx.profile().expectedCallbacks();
        if (expected.isEmpty()) {
            return;
        }
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            List<String> have = Callbacks.of(f).stream().map(Callbacks.Url::text).toList();
            for (String cb : expected) {
                if (!have.contains(cb)) {
                    Object at = f.element("callbackUrl") != null ? f.element("callbackUrl") : f.root();
                    ctx.report(f, (org.w3c.dom.Node) at, "the " + ctx.profile().name() + " profile expects the"
                            + " callback " + cb + " in <callbackUrl>");
                }
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """),
                global("""
                <callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """)).withProfile(Profile.NANGO);
    }
}
