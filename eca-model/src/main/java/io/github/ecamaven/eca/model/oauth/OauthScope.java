package io.github.ecamaven.eca.model.oauth;

import java.util.Locale;

/**
 * The scope tokens of {@code commaSeparatedOauthScopes} and the OAuth scope strings clients send for them
 * ({@code Api} is requested as {@code api}, {@code RefreshToken} as {@code refresh_token}). ECAs spell the API
 * platform scope {@code SFApiPlatform}; Connected Apps spell it {@code SFAP}.
 */
public enum OauthScope {
    Api("api"),
    Web("web"),
    Full("full"),
    Chatter("chatter_api"),
    CustomApplications("visualforce"),
    RefreshToken("refresh_token"),
    OfflineAccess("offline_access"),
    OpenID("openid"),
    Basic("id"),
    Profile("profile"),
    Email("email"),
    Address("address"),
    Phone("phone"),
    CustomPermissions("custom_permissions"),
    Wave("wave_api"),
    Eclair("eclair_api"),
    Pardot("pardot_api"),
    Lightning("lightning"),
    Content("content"),
    CDPIngest("cdp_ingest_api"),
    CDPProfile("cdp_profile_api"),
    CDPQuery("cdp_query_api"),
    CDPSegment("cdp_segment_api"),
    CDPIdentityResolution("cdp_identityresolution_api"),
    CDPCalculatedInsight("cdp_calculated_insight_api"),
    Chatbot("chatbot_api"),
    SFApiPlatform("sfap_api"),
    Interaction("interaction_api"),
    EinsteinGPT("einstein_gpt_api"),
    PwdlessLogin("pwdless_login_api"),
    ForgotPassword("forgot_password"),
    UserRegistration("user_registration_api"),
    MCP("mcp_api"),
    SCRT("scrt_api"),
    CDP("cdp_api");

    private final String oauthName;

    OauthScope(String oauthName) {
        this.oauthName = oauthName;
    }

    /** The metadata token written in the XML, e.g. {@code RefreshToken}. */
    public String token() {
        return name();
    }

    /** The OAuth scope string a client requests, e.g. {@code refresh_token}. */
    public String oauthName() {
        return oauthName;
    }

    /** The exact metadata token, or null. */
    public static OauthScope ofToken(String token) {
        for (OauthScope s : values()) {
            if (s.name().equals(token)) {
                return s;
            }
        }
        return null;
    }

    /** The OAuth scope string ({@code api}, {@code refresh_token}, {@code offline_access} ...), or null. */
    public static OauthScope ofOauthName(String oauthName) {
        for (OauthScope s : values()) {
            if (s.oauthName.equals(oauthName)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Accepts a token or an OAuth scope string, and the Connected App spelling {@code SFAP}; case-insensitive for
     * tokens. Null when nothing matches.
     */
    public static OauthScope lenient(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        OauthScope s = ofToken(t);
        if (s == null) {
            s = ofOauthName(t);
        }
        if (s == null && "SFAP".equalsIgnoreCase(t)) {
            s = SFApiPlatform;
        }
        if (s == null) {
            for (OauthScope c : values()) {
                if (c.name().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                    s = c;
                }
            }
        }
        return s;
    }
}
