package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.FieldSpec;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.SfdxProject;
import org.w3c.dom.Node;

/**
 * ECA-SEC-004: refresh tokens valid until revoked, or idle for more than 30 days; for a distributed app, the
 * developer switch that limits them in every org that uses the app.
 */
public final class RefreshTokenLifetimeRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-004";

    /** The developer switch of the global OAuth settings that limits idle refresh tokens in every org. */
    static final String IDLE_LIMIT_SWITCH = "isEnforceRefreshTokenTTL";

    public RefreshTokenLifetimeRule() {
        super(ID, Severity.WARNING, Category.SECURITY,
                "Refresh tokens expire after at most 30 idle days",
                "Salesforce's partner controls limit refresh tokens to 30 days of inactivity; 'valid until"
                        + " revoked' (Infinite) is no longer allowed for distributed apps. For a Packaged app (and"
                        + " every app under the isv profile) the limit is the developer switch"
                        + " <" + IDLE_LIMIT_SWITCH + "> in the global OAuth settings of the source org, which reaches"
                        + " every org that installs the app or links to it: an error when it is off, a note when the"
                        + " project's API version is older than the element (turn the limit on in Setup of the source"
                        + " org, or raise the version). The OAuth policies configure only the org they are deployed to"
                        + " (policies are never packaged; each customer's admin sets their own), so their refresh-token"
                        + " policy is a warning in any app. Under the nango profile a Local app may keep 'valid until"
                        + " revoked', as Nango's guide recommends: Nango is a server-side OAuth broker that holds the"
                        + " refresh token encrypted on its own server (never in a browser or on a device) and refreshes"
                        + " access tokens itself, and the secret is required for every refresh, so a stolen token"
                        + " alone is useless; an idle limit would instead silently disconnect integrations that sync"
                        + " rarely. Revoke the token in Setup (or delete the connection in Nango) to end access.",
                "https://help.salesforce.com/s/articleView?id=xcloud.eca_limit_idle_refresh_token_ttl.htm&type=5");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            if (distributed(project, ctx, f) && !Boolean.TRUE.equals(f.flag(IDLE_LIMIT_SWITCH))) {
                checkSwitch(project, ctx, f);
            }
        }
        for (EcaFile f : project.filesOf(MetadataType.OAUTH_POLICIES)) {
            String policy = f.text("refreshTokenPolicyType");
            if (!distributed(project, ctx, f) && policy != null
                    && policy.equals(ctx.profile().intendedLocalRefreshTokenPolicy())) {
                continue; // what the profile's integration needs in a Local app (see the rationale)
            }
            String where = distributionWord(project, f) + " app" + (project.isPackaged(f.appName())
                    ? " (these policies configure only the org they are deployed to; customers' admins set their"
                            + " own, and the developer switch <" + IDLE_LIMIT_SWITCH + "> in the global OAuth"
                            + " settings limits them)"
                    : "");
            if (RefreshTokenPolicyType.Infinite.name().equals(policy)) {
                ctx.report(f, f.element("refreshTokenPolicyType"), "refresh tokens are valid until revoked"
                        + " (Infinite) in " + where + "; use SpecificInactivity of at most "
                        + SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX + " days");
            } else if (RefreshTokenPolicyType.SpecificInactivity.name().equals(policy)) {
                RefreshTokenValidityUnit unit = RefreshTokenValidityUnit.fromXml(f.text("refreshTokenValidityUnit"));
                Integer period = intOrNull(f.text("refreshTokenValidityPeriod"));
                if (unit != null && period != null
                        && unit.days(period) > SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX) {
                    ctx.report(f, f.element("refreshTokenValidityPeriod"), "refresh tokens may stay idle for "
                            + period + " " + unit + " in " + where + "; the limit is "
                            + SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX + " days");
                }
            }
        }
    }

    /** The global OAuth settings of a distributed app whose idle-limit switch is off or absent. */
    private static void checkSwitch(EcaProject project, RuleContext ctx, EcaFile f) {
        EcaFile oauth = project.satellite(f.appName(), MetadataType.OAUTH_SETTINGS);
        if (oauth == null
                || !OauthScopes.split(oauth.text("commaSeparatedOauthScopes")).contains(OauthScope.RefreshToken.token())) {
            return; // no refresh tokens, nothing to limit
        }
        Node at = f.element(IDLE_LIMIT_SWITCH) != null ? f.element(IDLE_LIMIT_SWITCH) : f.root();
        String what = "refresh tokens of " + distributionWord(project, f) + " app stay valid until revoked in the"
                + " orgs that install it or link to it: only the developer switch in the global OAuth settings"
                + " limits them there to " + SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX + " idle days (OAuth"
                + " policies configure only the org they are deployed to)";
        FieldSpec spec = MetadataType.GLOBAL_OAUTH_SETTINGS.schema().field(IDLE_LIMIT_SWITCH);
        ApiVersion version = ApiVersionElementRule.deployVersion(project);
        if (version != null && !spec.availableIn(version)) {
            ctx.report(f, at, what + "; <" + IDLE_LIMIT_SWITCH + "> is dated API " + spec.since() + " and the"
                    + " project's API version is " + version + ": turn the limit on in Setup of the source org (the"
                    + " app's OAuth settings), or raise " + SfdxProject.KEY_SOURCE_API_VERSION + " to " + spec.since()
                    + " and set <" + IDLE_LIMIT_SWITCH + ">true</" + IDLE_LIMIT_SWITCH + ">", Severity.INFO);
        } else {
            ctx.report(f, at, what + "; set <" + IDLE_LIMIT_SWITCH + ">true</" + IDLE_LIMIT_SWITCH + ">",
                    Severity.ERROR);
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
