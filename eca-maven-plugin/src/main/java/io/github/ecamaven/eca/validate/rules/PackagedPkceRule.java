package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-SEC-006: PKCE off in a Packaged app. */
public final class PackagedPkceRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-006";

    public PackagedPkceRule() {
        super(ID, Severity.ERROR, Category.SECURITY, "Packaged apps require PKCE",
                "PKCE is a partner security control; once on, partners cannot turn it off, and Salesforce forces"
                        + " it back on, so a committed false is both insecure and out of date.",
                ISV_SECURITY_DOC);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            if (Boolean.FALSE.equals(f.flag("isPkceRequired")) && distributed(project, ctx, f)) {
                ctx.report(f, f.element("isPkceRequired"), "<isPkceRequired> is false in a distributed app; set"
                        + " it to true");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(CONFIG_GLOBAL, global("""
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
                """)).with(PROJECT, PACKAGED_PROJECT).with(APP, packagedApp())
                .with(OAUTH, oauthScopes("Api, RefreshToken"))
                .withNote("My_App is Packaged.");
    }
}
