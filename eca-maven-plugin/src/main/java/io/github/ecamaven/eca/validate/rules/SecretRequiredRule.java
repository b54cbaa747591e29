package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-OAUTH-002: the secret is required for the web-server flow and for refresh tokens. */
public final class SecretRequiredRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-OAUTH-002";

    public SecretRequiredRule() {
        super(ID, Severity.WARNING, Category.OAUTH,
                "The client secret is required for the web-server and refresh-token flows",
                "A confidential client (a server such as Nango) can keep its secret; not requiring it lets anyone"
                        + " with a code or a refresh token exchange it.",
                GLOBAL_OAUTH_DOC);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            if (Boolean.TRUE.equals(f.flag("isConsumerSecretOptional"))) {
                ctx.report(f, f.element("isConsumerSecretOptional"), "<isConsumerSecretOptional> is true: the"
                        + " web-server flow does not require the secret; set it to false");
            }
            if (Boolean.FALSE.equals(f.flag("isSecretRequiredForRefreshToken"))) {
                ctx.report(f, f.element("isSecretRequiredForRefreshToken"), "<isSecretRequiredForRefreshToken> is"
                        + " false: refresh tokens can be used without the secret; set it to true");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isConsumerSecretOptional>true</isConsumerSecretOptional>
                <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>
                <label>My_App_glbloauth</label>
                """),
                global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isConsumerSecretOptional>false</isConsumerSecretOptional>
                <isSecretRequiredForRefreshToken>true</isSecretRequiredForRefreshToken>
                <label>My_App_glbloauth</label>
                """));
    }
}
