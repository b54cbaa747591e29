package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import org.w3c.dom.Node;

/** ECA-SEC-005: a Packaged app with the RefreshToken scope rotates refresh tokens. */
public final class RefreshTokenRotationRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-005";

    public RefreshTokenRotationRule() {
        super(ID, Severity.ERROR, Category.SECURITY,
                "Packaged apps with refresh tokens rotate them",
                "Refresh Token Rotation is one of the partner security controls: each refresh returns a new"
                        + " token and reuse of an old one revokes them all.",
                "https://help.salesforce.com/s/articleView?id=xcloud.shr_security_enable_refresh_token_rotation.htm&type=5");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            if (!distributed(project, ctx, f) || Boolean.TRUE.equals(f.flag("isRefreshTokenRotationEnabled"))) {
                continue;
            }
            EcaFile oauth = project.satellite(f.appName(), MetadataType.OAUTH_SETTINGS);
            if (oauth != null && OauthScopes.split(oauth.text("commaSeparatedOauthScopes")).contains("RefreshToken")) {
                Node at = f.element("isRefreshTokenRotationEnabled") != null
                        ? f.element("isRefreshTokenRotationEnabled") : f.root();
                ctx.report(f, at, "refresh token rotation is off for a distributed app with the RefreshToken"
                        + " scope; set <isRefreshTokenRotationEnabled>true</isRefreshTokenRotationEnabled>");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(CONFIG_GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isRefreshTokenRotationEnabled>false</isRefreshTokenRotationEnabled>
                <label>My_App_glbloauth</label>
                """),
                global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isRefreshTokenRotationEnabled>true</isRefreshTokenRotationEnabled>
                <label>My_App_glbloauth</label>
                """)).with(PROJECT, PACKAGED_PROJECT).with(APP, packagedApp())
                .with(OAUTH, oauthScopes("Api, RefreshToken"))
                .withNote("My_App is Packaged and its OAuth settings grant RefreshToken.");
    }
}
