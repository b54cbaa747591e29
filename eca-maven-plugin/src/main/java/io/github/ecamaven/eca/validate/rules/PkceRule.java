package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-OAUTH-001: PKCE is required (for apps kept in one org; ECA-SEC-006 covers Packaged ones). */
public final class PkceRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-OAUTH-001";

    public PkceRule() {
        super(ID, Severity.WARNING, Category.OAUTH, "PKCE is required",
                "Proof Key for Code Exchange stops a stolen authorization code from being redeemed; Salesforce"
                        + " turns it on by default and partners may not turn it off.",
                "https://help.salesforce.com/s/articleView?id=xcloud.shr_security_require_pkce.htm&type=5");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            if (Boolean.FALSE.equals(f.flag("isPkceRequired")) && !distributed(project, ctx, f)) {
                ctx.report(f, f.element("isPkceRequired"), "<isPkceRequired> is false; require PKCE for the"
                        + " authorization code flow");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isPkceRequired>false</isPkceRequired>
                <label>My_App_glbloauth</label>
                """),
                global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isPkceRequired>true</isPkceRequired>
                <label>My_App_glbloauth</label>
                """));
    }
}
