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

/** ECA-SCOPE-003: {@code Full} grants more than an integration needs. */
public final class FullScopeRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SCOPE-003";

    public FullScopeRule() {
        super(ID, Severity.WARNING, Category.OAUTH, "The Full scope is avoided",
                "Full grants everything the user can do, web session included; Api plus RefreshToken is what an"
                        + " API integration needs (least privilege).",
                "https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_tokens_scopes.htm&type=5");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_SETTINGS)) {
            if (OauthScopes.split(f.text("commaSeparatedOauthScopes")).contains("Full")) {
                ctx.report(f, f.element("commaSeparatedOauthScopes"), "the Full scope grants more than an"
                        + " integration needs; list the scopes it uses (e.g. Api, RefreshToken)");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH, oauthScopes("Full"), oauthScopes("Api, RefreshToken"));
    }
}
