package io.github.ecamaven.eca.doctor;

import java.util.List;

/**
 * The known families of OAuth errors: title, FAQ anchor, causes and the checks that confirm or rule out each cause.
 * (A minimal version until the error catalogue lands; it is replaced by it.)
 */
public enum ErrorFamily {
    CROSS_ORG("Cross-org OAuth flow blocked", "cross-org-oauth",
            List.of(new Cause("a Local app is used by a user of another org", List.of("org.local-same-org",
                    "org.app-present")))),
    APP_NOT_INSTALLED("App not installed in this org", "not-installed-in-this-org",
            List.of(new Cause("the app is not deployed or installed in the org", List.of("org.app-present")))),
    REDIRECT_URI_MISMATCH("Callback URL mismatch", "redirect-uri-mismatch",
            List.of(new Cause("Nango's callback is not one of the app's callbacks",
                    List.of("nango.callback-registered", "org.settings-match")))),
    INVALID_CLIENT_ID("Client identifier invalid", "invalid_client_id",
            List.of(new Cause("the consumer is younger than 15 minutes", List.of("timing.propagation")),
                    new Cause("Nango holds the key of another org", List.of("nango.client-id-matches",
                            "org.link-to-source")),
                    new Cause("a sandbox with Nango's production provider", List.of("nango.provider-fits-org")))),
    MISSING_CODE_CHALLENGE("Missing code challenge", "missing-code-challenge",
            List.of(new Cause("PKCE required and no challenge sent", List.of("nango.pkce-consistent")))),
    INVALID_CODE_VERIFIER("Invalid code verifier", "invalid-code-verifier",
            List.of(new Cause("PKCE on one side only", List.of("nango.pkce-consistent")))),
    INVALID_GRANT("Expired or invalid grant", "invalid-grant",
            List.of(new Cause("the refresh token policy ended the token", List.of("org.settings-match")),
                    new Cause("the app changed moments ago", List.of("timing.propagation")))),
    USER_NOT_APPROVED("User has not approved this consumer", "user-not-approved",
            List.of(new Cause("permitted users not pre-authorized", List.of("org.settings-match")))),
    NOT_ADMIN_APPROVED("User is not admin approved", "not-admin-approved",
            List.of(new Cause("the user has none of the listed permission sets", List.of("org.settings-match")))),
    EXECUTION_USER("Invalid execution user", "execution-user",
            List.of(new Cause("the run-as user is not a user of the org", List.of("org.settings-match"))));

    /** One cause and the ids of the checks that confirm or rule it out. */
    public record Cause(String text, List<String> checkIds) {
    }

    private final String title;
    private final String faqAnchor;
    private final List<Cause> causes;

    ErrorFamily(String title, String faqAnchor, List<Cause> causes) {
        this.title = title;
        this.faqAnchor = faqAnchor;
        this.causes = causes;
    }

    public String title() {
        return title;
    }

    public String faqAnchor() {
        return faqAnchor;
    }

    public List<Cause> causes() {
        return causes;
    }
}
