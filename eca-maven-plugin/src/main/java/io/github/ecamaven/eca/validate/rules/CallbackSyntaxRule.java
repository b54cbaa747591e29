package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-CB-002: each callback is an absolute URL without wildcards, credentials or fragment; valid port and host. */
public final class CallbackSyntaxRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-CB-002";

    public CallbackSyntaxRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "Callback URLs are absolute URLs without wildcards",
                "Salesforce compares the redirect_uri with each registered callback exactly; a wildcard never"
                        + " matches, and an unparseable or relative URL breaks the authorization flow. A user name or"
                        + " password before the host puts credentials into the metadata, a fragment is not allowed"
                        + " in a redirect URI, a port is 1 to 65535, and clients send an internationalised host in"
                        + " its punycode form.",
                CONNECTED_APP_DOC);
    }

    /** A malformed URL is rejected, not a risk. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            for (Callbacks.Url u : Callbacks.of(f)) {
                SalesforceValues.CallbackProblem p = SalesforceValues.callbackProblem(u.text());
                if (p != null && p.defect() == SalesforceValues.CallbackDefect.SYNTAX) {
                    ctx.report(f, u.position(), "callback '" + SalesforceValues.callbackForDisplay(u.text()) + "' "
                            + p.reason());
                }
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>https://*.example.com/oauth/callback</callbackUrl>
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
