package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-SEC-004: refresh tokens valid until revoked, or idle for more than 30 days. */
public final class RefreshTokenLifetimeRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-004";

    public RefreshTokenLifetimeRule() {
        super(ID, Severity.WARNING, Category.SECURITY,
                "Refresh tokens expire after at most 30 idle days",
                "Salesforce's partner controls limit refresh tokens to 30 days of inactivity; 'valid until"
                        + " revoked' (Infinite) is no longer allowed for distributed apps. A warning for a Local app,"
                        + " an error for a Packaged one. Under the nango profile a Local app may keep 'valid until"
                        + " revoked', as Nango's guide recommends: Nango is a server-side OAuth broker that holds the"
                        + " refresh token encrypted on its own server (never in a browser or on a device) and refreshes"
                        + " access tokens itself, and the secret is required for every refresh, so a stolen token"
                        + " alone is useless; an idle limit would instead silently disconnect integrations that sync"
                        + " rarely. Revoke the token in Setup (or delete the connection in Nango) to end access.",
                "https://help.salesforce.com/s/articleView?id=xcloud.eca_limit_idle_refresh_token_ttl.htm&type=5");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_POLICIES)) {
            Severity s = distributed(project, ctx, f) ? Severity.ERROR : Severity.WARNING;
            String policy = f.text("refreshTokenPolicyType");
            if (!distributed(project, ctx, f) && policy != null
                    && policy.equals(ctx.profile().intendedLocalRefreshTokenPolicy())) {
                continue; // what the profile's integration needs in a Local app (see the rationale)
            }
            if (RefreshTokenPolicyType.Infinite.name().equals(policy)) {
                ctx.report(f, f.element("refreshTokenPolicyType"), "refresh tokens are valid until revoked"
                        + " (Infinite) in " + distributionWord(project, f) + " app; use SpecificInactivity of at"
                        + " most " + SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX + " days", s);
            } else if (RefreshTokenPolicyType.SpecificInactivity.name().equals(policy)) {
                RefreshTokenValidityUnit unit = RefreshTokenValidityUnit.fromXml(f.text("refreshTokenValidityUnit"));
                Integer period = intOrNull(f.text("refreshTokenValidityPeriod"));
                if (unit != null && period != null
                        && unit.days(period) > SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX) {
                    ctx.report(f, f.element("refreshTokenValidityPeriod"), "refresh tokens may stay idle for "
                            + period + " " + unit + " in " + distributionWord(project, f) + " app; the limit is "
                            + SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX + " days", s);
                }
            }
        }
    }

    static Integer intOrNull(String t) {
        try {
            return t == null ? null : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(OAUTH_PLCY, oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauthPlcy</label>
                <refreshTokenPolicyType>Infinite</refreshTokenPolicyType>
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
