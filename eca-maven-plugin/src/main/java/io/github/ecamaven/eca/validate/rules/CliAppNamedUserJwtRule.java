package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-OAUTH-007: named-user JWT tokens on the app the sf CLI logs in with. */
public final class CliAppNamedUserJwtRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-OAUTH-007";

    public CliAppNamedUserJwtRule() {
        super(ID, Severity.WARNING, Category.OAUTH,
                "The CLI login app does not issue named-user JWT access tokens",
                "The sf CLI expects opaque access tokens; JWT-based access tokens on the app it logs in with"
                        + " (callback http://localhost:1717/OauthRedirect) break CLI sessions.",
                "https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_jwt_access_tokens.htm&type=5");
    }

    /** JWT access tokens break sf sessions; they expose nothing. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            boolean cli = Callbacks.of(f).stream().anyMatch(u -> u.text().startsWith("http://localhost:1717/"));
            if (cli && Boolean.TRUE.equals(f.flag("isNamedUserJwtEnabled"))) {
                ctx.report(f, f.element("isNamedUserJwtEnabled"), "named-user JWT access tokens are enabled on the"
                        + " app the sf CLI logs in with (callback http://localhost:1717); set it to false");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>http://localhost:1717/OauthRedirect</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isNamedUserJwtEnabled>true</isNamedUserJwtEnabled>
                <label>My_App_glbloauth</label>
                """),
                global("""
                <callbackUrl>http://localhost:1717/OauthRedirect</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isNamedUserJwtEnabled>false</isNamedUserJwtEnabled>
                <label>My_App_glbloauth</label>
                """))
                .withNote("A callback of http://localhost:1717/OauthRedirect marks the app sf org login web uses.");
    }
}
