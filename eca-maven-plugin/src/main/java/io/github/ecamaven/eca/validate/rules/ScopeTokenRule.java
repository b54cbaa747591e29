package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.List;
import org.w3c.dom.Element;

/** ECA-SCOPE-001: scope tokens are metadata tokens ({@code Api}), not OAuth strings ({@code api}). */
public final class ScopeTokenRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-SCOPE-001";

    public ScopeTokenRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "OAuth scopes are valid metadata tokens",
                "commaSeparatedOauthScopes takes metadata tokens such as Api and RefreshToken, not the OAuth"
                        + " strings api or refresh_token; sf accepts any text and the deploy fails.",
                OAUTH_SETTINGS_DOC);
    }

    /** An unknown token is rejected by the deploy. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        List<String> tokens = SalesforceValues.scopeTokens();
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_SETTINGS)) {
            Element e = f.element("commaSeparatedOauthScopes");
            if (e == null) {
                continue;
            }
            for (String t : OauthScopes.split(e.getTextContent())) {
                if (!SalesforceValues.isScopeToken(t)) {
                    OauthScope s = OauthScope.lenient(t);
                    String hint = s != null ? "; use " + s.token() : DidYouMean.of(t, tokens);
                    ctx.report(f, e, "'" + t + "' is not an OAuth scope token" + hint);
                }
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH, oauthScopes("api, refresh_token"), oauthScopes("Api, RefreshToken"));
    }
}
