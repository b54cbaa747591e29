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
import io.github.ecamaven.eca.project.NangoCallback;
import java.util.List;

/**
 * ECA-CB-004: the callbacks the profile expects are listed; for the nango profile, the callback of the Nango server
 * the build declares ({@link NangoCallback}: Nango Cloud's unless {@code eca.nangoUrl} or {@code eca.nangoCallbackUrl}
 * names another).
 */
public final class ExpectedCallbackRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-CB-004";

    public ExpectedCallbackRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "Expected callback URLs are registered",
                "An integration platform redirects to its own callback; if the app does not list it, every"
                        + " authorization ends in redirect_uri_mismatch. Nango's is its server's URL followed by"
                        + " /oauth/callback: the nango profile expects the one of the Nango the build declares"
                        + " (eca.nangoUrl, Nango Cloud by default, or eca.nangoCallbackUrl).",
                NANGO_GUIDE);
    }

    /** A missing callback breaks the login flow. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        NangoCallback nango = ctx.nangoCallback();
        List<String> expected = ctx.profile().expectedCallbacks(nango);
        if (expected.isEmpty()) {
            return;
        }
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            List<String> have = Callbacks.of(f).stream().map(Callbacks.Url::text).toList();
            for (String cb : expected) {
                if (!have.contains(cb)) {
                    Object at = f.element("callbackUrl") != null ? f.element("callbackUrl") : f.root();
                    ctx.report(f, (org.w3c.dom.Node) at, cb.equals(nango.url()) ? nangoMessage(ctx, nango, have)
                            : "the " + ctx.profile().name() + " profile expects the callback " + cb
                                    + " in <callbackUrl>");
                }
            }
        }
    }

    /** Which Nango the callback belongs to, where it was derived from, and the fix. */
    private static String nangoMessage(RuleContext ctx, NangoCallback nango, List<String> have) {
        String cloudOnly = !nango.isCloud() && NangoCallback.CLOUD.isAmong(have) ? "; it lists Nango Cloud's "
                + NangoCallback.CLOUD.url() + ", which a self-hosted Nango does not send" : "";
        return "the " + ctx.profile().name() + " profile expects Nango's callback " + nango.url() + " in <callbackUrl>"
                + " (" + nango.origin() + ")" + cloudOnly + ", else every authorization through Nango ends in"
                + " redirect_uri_mismatch; " + nango.fix();
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
