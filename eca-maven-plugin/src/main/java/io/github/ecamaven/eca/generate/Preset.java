package io.github.ecamaven.eca.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named sets of defaults for an {@code <app>}. A preset only fills values the configuration leaves unset; every
 * field stays overridable one by one.
 */
public enum Preset {

    /**
     * Nango's Salesforce guide, step for step: callback {@code https://api.nango.dev/oauth/callback}, scopes Api and
     * RefreshToken, the Authorization Code and Credentials flow, secret required for the web-server and refresh-token
     * flows, PKCE required, refresh token valid until revoked.
     */
    NANGO("nango") {
        @Override
        EcaApp defaults() {
            EcaApp a = new EcaApp();
            a.setCallbackUrls(List.of("https://api.nango.dev/oauth/callback"));
            a.setScopes(List.of("Api", "RefreshToken"));
            a.setAuthorizationCodeAndCredentialsFlow("true");
            a.setSecretRequiredForWebServerFlow("true");
            a.setSecretRequiredForRefreshToken("true");
            a.setPkceRequired("true");
            a.setRefreshTokenPolicy("Infinite");
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
        EcaApp defaults() {
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

    /** A fresh bean holding only the values this preset sets. */
    abstract EcaApp defaults();

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
