package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-CB-001: callbacks are https, a custom scheme, or http on a loopback host. */
public final class CallbackSchemeRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-CB-001";

    public CallbackSchemeRule() {
        super(ID, Severity.ERROR, Category.OAUTH,
                "Callback URLs use https, a custom scheme, or http only on loopback",
                "Authorization codes sent over plain http can be read on the way; Salesforce allows http only for"
                        + " loopback redirects (the CLI's http://localhost:1717/OauthRedirect). Schemes such as javascript:"
                        + " or data: run in the browser instead of reaching an app and are never accepted.",
                CONNECTED_APP_DOC);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            for (Callbacks.Url u : Callbacks.of(f)) {
                SalesforceValues.CallbackProblem p = SalesforceValues.callbackProblem(u.text());
                if (p != null && p.defect() == SalesforceValues.CallbackDefect.SCHEME) {
                    ctx.report(f, u.position(), "callback '" + SalesforceValues.callbackForDisplay(u.text()) + "' "
                            + p.reason());
                }
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>http://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """),
                global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """));
    }
}
