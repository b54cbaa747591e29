package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.project.NangoCallback;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named sets of defaults for an {@code <app>}. A preset only fills values the configuration leaves unset; every
 * field stays overridable one by one.
 */
public enum Preset {

    /**
     * Nango's Salesforce guide, step for step: the callback of the declared Nango server ({@link NangoCallback}: Nango
     * Cloud's {@code https://api.nango.dev/oauth/callback} by default), scopes Api and
     * RefreshToken, the Authorization Code and Credentials flow, secret required for the web-server and refresh-token
     * flows, PKCE required, refresh token valid until revoked. Nango is a server-side OAuth broker: it keeps the
     * refresh token encrypted on its server and refreshes access tokens itself, so a token that expires after idle
     * days would silently disconnect integrations that are used rarely. A Packaged app gets the partner security
     * controls instead (refresh tokens idle for at most 30 days, rotated on each refresh), which Nango follows
     * because it stores each new refresh token it is given. Both are developer switches in the global OAuth
     * settings of the source org, the only place that reaches the orgs that install the app or link to it; the idle
     * limit ({@code refreshTokenIdleLimit}) exists from the API version the since table gives it, and below that
     * version the preset leaves it out (eca:validate then says how to turn it on). The 30 idle days in the OAuth
     * policies are the source org's own policy, which the switch makes of "valid until revoked" there too: policies
     * are never packaged, and each customer's admin sets theirs.
     *
     * <p>The {@code nango} validation profile is derived from this preset ({@code Profile.NANGO}), so the callback,
     * scopes and policies are written down here only.
     */
    NANGO("nango") {
        @Override
        EcaApp defaults(boolean packaged, NangoCallback nango) {
            EcaApp a = new EcaApp();
            a.setCallbackUrls(List.of(nango.url()));
            a.setScopes(List.of("Api", "RefreshToken"));
            a.setAuthorizationCodeAndCredentialsFlow("true");
            a.setSecretRequiredForWebServerFlow("true");
            a.setSecretRequiredForRefreshToken("true");
            a.setPkceRequired("true");
            if (packaged) {
                a.setRefreshTokenPolicy("SpecificInactivity");
                a.setRefreshTokenValidityPeriod(PARTNER_MAX_IDLE_DAYS);
                a.setRefreshTokenValidityUnit("Days");
                a.setRefreshTokenRotation("true");
                a.setRefreshTokenIdleLimit("true");
            } else {
                a.setRefreshTokenPolicy("Infinite");
            }
            return a;
        }
    },

    /**
     * An app the sf CLI logs in with ({@code sf org login web} and {@code sf org login jwt}): callback
     * {@code http://localhost:1717/OauthRedirect}, scopes Api, Web and RefreshToken, the JWT bearer flow (the
     * configuration supplies {@code <certificateFile>}), admin-approved users.
     */
    JWT_CI("jwt-ci") {
        @Override
        EcaApp defaults(boolean packaged, NangoCallback nango) {
            EcaApp a = new EcaApp();
            a.setCallbackUrls(List.of("http://localhost:1717/OauthRedirect"));
            a.setScopes(List.of("Api", "Web", "RefreshToken"));
            a.setJwtBearer("true");
            a.setPermittedUsers("AdminApprovedPreAuthorized");
            return a;
        }
    };

    private final String id;

    Preset(String id) {
        this.id = id;
    }

    /** The name used in {@code <preset>}. */
    public String id() {
        return id;
    }

    /**
     * The longest a refresh token of a distributed (Packaged) app may stay idle under Salesforce's partner security
     * controls, in days.
     */
    public static final int PARTNER_MAX_IDLE_DAYS = 30;

    /**
     * The elements this preset leaves out, instead of refusing the app, where the files' API version lacks their
     * field: the partner idle limit ({@code refreshTokenIdleLimit}), which the source org can also turn on in Setup
     * and eca:validate asks for (ECA-SEC-004). Any other preset value the API version lacks is refused, as a
     * configured one is.
     */
    public boolean optionalBelowItsVersion(String element) {
        return this == NANGO && "refreshTokenIdleLimit".equals(element);
    }

    /**
     * A fresh bean holding only the values this preset sets.
     *
     * @param packaged whether the app is Packaged: presets then give partner-safe values
     * @param nango the callback of the Nango server the project declares
     */
    abstract EcaApp defaults(boolean packaged, NangoCallback nango);

    /** {@link #defaults(boolean, NangoCallback)} with Nango Cloud's callback. */
    EcaApp defaults(boolean packaged) {
        return defaults(packaged, NangoCallback.CLOUD);
    }

    /** The callback URLs this preset registers with Nango Cloud. */
    public List<String> callbackUrls() {
        return callbackUrls(NangoCallback.CLOUD);
    }

    /** The callback URLs this preset registers when the project declares the Nango callback {@code nango}. */
    public List<String> callbackUrls(NangoCallback nango) {
        return nullToEmpty(defaults(false, nango).getCallbackUrls());
    }

    /** The scope tokens this preset grants. */
    public List<String> scopes() {
        return nullToEmpty(defaults(false).getScopes());
    }

    /** Whether this preset requires PKCE. */
    public boolean requiresPkce() {
        return Boolean.TRUE.equals(defaults(false).getPkceRequired());
    }

    /** Whether this preset requires the secret in the web-server and refresh-token flows. */
    public boolean requiresSecret() {
        EcaApp a = defaults(false);
        return Boolean.TRUE.equals(a.getSecretRequiredForWebServerFlow())
                && Boolean.TRUE.equals(a.getSecretRequiredForRefreshToken());
    }

    /** The refresh-token policy this preset sets for a Local app, or null. */
    public String localRefreshTokenPolicy() {
        return defaults(false).getRefreshTokenPolicy();
    }

    private static List<String> nullToEmpty(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** The preset named {@code id} (case-insensitive), or null. */
    public static Preset of(String id) {
        if (id == null) {
            return null;
        }
        for (Preset p : values()) {
            if (p.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }

    /** All preset names. */
    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (Preset p : values()) {
            out.add(p.id);
        }
        return out;
    }
}
