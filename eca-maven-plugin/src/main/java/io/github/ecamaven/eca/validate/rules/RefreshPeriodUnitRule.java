package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.text.Choices;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-OAUTH-005: refresh-token period and unit come together. */
public final class RefreshPeriodUnitRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-OAUTH-005";

    public RefreshPeriodUnitRule() {
        super(ID, Severity.ERROR, Category.OAUTH,
                "Refresh-token validity period and unit come together",
                "refreshTokenValidityPeriod means nothing without refreshTokenValidityUnit and the reverse; the"
                        + " deploy rejects one half alone. A period of 0 without a unit is how orgs return a Zero"
                        + " or Infinite policy, and is accepted.",
                OAUTH_POLICIES_DOC);
    }

    /** The deploy rejects a period without its unit. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_POLICIES)) {
            boolean period = f.element("refreshTokenValidityPeriod") != null;
            boolean unit = f.element("refreshTokenValidityUnit") != null;
            if (period && !unit && "0".equals(f.text("refreshTokenValidityPeriod"))
                    && !timed(f.text("refreshTokenPolicyType"))) {
                continue; // how orgs return a Zero (or Infinite) policy: period 0, no unit
            }
            if (period && !unit) {
                ctx.report(f, f.element("refreshTokenValidityPeriod"), "<refreshTokenValidityPeriod> without"
                        + " <refreshTokenValidityUnit>; add the unit ("
                        + Choices.either(RefreshTokenValidityUnit.values()) + ")");
            } else if (unit && !period) {
                ctx.report(f, f.element("refreshTokenValidityUnit"), "<refreshTokenValidityUnit> without"
                        + " <refreshTokenValidityPeriod>; add the period");
            }
        }
    }

    /** Whether the policy takes a period and unit (an absent policy is Infinite, the documented default). */
    private static boolean timed(String policy) {
        RefreshTokenPolicyType type = RefreshTokenPolicyType.fromValue(policy);
        return type != null && type.isTimed();
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH_PLCY, oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauthPlcy</label>
                <refreshTokenPolicyType>SpecificInactivity</refreshTokenPolicyType>
                <refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>
                """),
                oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauthPlcy</label>
                <refreshTokenPolicyType>SpecificInactivity</refreshTokenPolicyType>
                <refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>
                <refreshTokenValidityUnit>Days</refreshTokenValidityUnit>
                """));
    }
}
