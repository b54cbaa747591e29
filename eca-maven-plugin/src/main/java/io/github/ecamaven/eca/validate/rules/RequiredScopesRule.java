package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.List;
import org.w3c.dom.Node;

/** ECA-SCOPE-002: the scopes the profile requires (nango: Api, RefreshToken) are present. */
public final class RequiredScopesRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SCOPE-002";

    public RequiredScopesRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "Required OAuth scopes are granted",
                "An integration that calls the REST API needs Api, and one that stays connected needs"
                        + " RefreshToken; without them users authorize and the integration then fails.",
                NANGO_GUIDE);
    }

    /** A missing scope breaks the integration. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        List<String> required = ctx.profile().requiredScopes();
        if (required.isEmpty()) {
            return;
        }
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_SETTINGS)) {
            List<String> have = OauthScopes.split(f.text("commaSeparatedOauthScopes"));
            List<String> missing = required.stream().filter(s -> !have.contains(s)).toList();
            if (!missing.isEmpty()) {
                Node at = f.element("commaSeparatedOauthScopes") != null
                        ? f.element("commaSeparatedOauthScopes") : f.root();
                ctx.report(f, at, "the " + ctx.profile().name() + " profile needs the scopes "
                        + String.join(", ", missing) + " in <commaSeparatedOauthScopes>");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH, oauthScopes("Api"), oauthScopes("Api, RefreshToken")).withProfile(Profile.NANGO);
    }
}
