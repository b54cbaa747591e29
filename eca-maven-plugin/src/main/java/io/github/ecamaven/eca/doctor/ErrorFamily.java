package io.github.ecamaven.eca.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * The known families of OAuth errors a user sees when connecting an org (through Nango or another client): per
 * family a title, the anchor of its FAQ entry ({@code faq.html#anchor}), its causes in the app's settings or setup,
 * one line each, and the eca:doctor checks that confirm or rule out each cause. A cause no check can see (the
 * number of refresh tokens a user holds) lists none.
 */
public enum ErrorFamily {

    CROSS_ORG("Cross-org OAuth flow blocked", "cross-org-oauth",
            cause("a Local app is used by a user of another org: a Local app authorizes only users of its own org",
                    "org.local-same-org"),
            cause("the target org has no copy of the app (neither the package installed nor the linked app"
                    + " deployed), so only the Local app of another org answers", "org.app-present"),
            cause("the login went to the generic host (login.salesforce.com or test.salesforce.com) and the browser's"
                    + " session belongs to another org than the app's", "nango.provider-fits-org",
                    "org.local-same-org")),

    APP_NOT_INSTALLED("External client app not installed in this org", "not-installed-in-this-org",
            cause("the Packaged app's package is not installed, or the app not deployed, in the org the user signs in"
                    + " to", "org.app-present"),
            cause("a linked copy's oauthLink does not name the source org's consumer", "org.link-to-source"),
            cause("the login went to login.salesforce.com or test.salesforce.com instead of the org's My Domain, so"
                    + " another org answered", "nango.provider-fits-org")),

    REDIRECT_URI_MISMATCH("Callback URL mismatch (redirect_uri_mismatch)", "redirect-uri-mismatch",
            cause("the callback the client sends (Nango's: <eca.nangoUrl>/oauth/callback, or eca.nangoCallbackUrl) is"
                    + " not among the app's callbacks", "nango.callback-registered"),
            cause("the callbacks of the org that holds the consumer (the source org of a linked app) differ from the"
                    + " project's: the change was not deployed there", "org.settings-match", "org.link-to-source"),
            cause("the callbacks changed moments ago and have not propagated yet", "timing.propagation")),

    INVALID_CLIENT_ID("Client identifier invalid (invalid_client_id)", "invalid_client_id",
            cause("the consumer was created or changed less than 15 minutes ago (Salesforce distributes it"
                    + " globally within 15 minutes, sometimes 30)", "timing.propagation"),
            cause("the client holds the consumer key of another org (each Local app and each sandbox has its own"
                    + " key; a linked app uses its source org's)", "nango.client-id-matches", "org.link-to-source"),
            cause("a sandbox is reached through Nango's production provider salesforce instead of"
                    + " salesforce-sandbox", "nango.provider-fits-org"),
            cause("the Nango integration is missing or holds no credentials", "nango.integration-exists")),

    MISSING_CODE_CHALLENGE("Missing required code challenge (PKCE)", "missing-code-challenge",
            cause("the app requires PKCE (isPkceRequired, on by default and locked on for partners) and the client"
                    + " sends no code_challenge", "nango.pkce-consistent", "org.settings-match")),

    INVALID_CODE_VERIFIER("Invalid code verifier (PKCE)", "invalid-code-verifier",
            cause("the app requires PKCE (locked on for new apps in 2026 orgs) and the client sends no or another"
                    + " code_verifier at the token endpoint", "nango.pkce-consistent", "org.settings-match")),

    INVALID_GRANT("Expired or invalid grant (invalid_grant)", "invalid-grant",
            cause("the refresh-token policy ended the token (Zero, SpecificLifetime, SpecificInactivity, or the"
                    + " partners' 30-day idle limit)", "org.settings-match"),
            cause("refresh-token rotation is on and the client used an old refresh token, which revokes all of the"
                    + " user's tokens", "org.settings-match"),
            cause("the user holds more than 5 refresh tokens for the app: Salesforce keeps 5 per user and app"),
            cause("the app or its consumer changed moments ago (a JWT bearer flow right after setup)",
                    "timing.propagation")),

    USER_NOT_APPROVED("User hasn't approved this consumer", "user-not-approved",
            cause("a flow without interactive consent (JWT bearer) and permitted users not"
                    + " AdminApprovedPreAuthorized", "org.settings-match")),

    NOT_ADMIN_APPROVED("User is not admin approved to access this app", "not-admin-approved",
            cause("permitted users are AdminApprovedPreAuthorized and the user has none of the listed permission sets"
                    + " or profiles", "org.settings-match")),

    EXECUTION_USER("Invalid execution user for the client credentials flow", "execution-user",
            cause("clientCredentialsFlowUser is not a user of the target org (usernames differ per org; a sandbox"
                    + " adds its suffix)", "org.settings-match", "project.valid"));

    /**
     * One cause of an error family.
     *
     * @param text one line, lower case, no final period
     * @param checkIds the eca:doctor checks that confirm or rule out this cause; empty when no check can see it
     */
    public record Cause(String text, List<String> checkIds) {
        public Cause {
            checkIds = List.copyOf(checkIds);
        }
    }

    private final String title;
    private final String faqAnchor;
    private final List<Cause> causes;

    ErrorFamily(String title, String faqAnchor, Cause... causes) {
        this.title = title;
        this.faqAnchor = faqAnchor;
        this.causes = List.of(causes);
    }

    private static Cause cause(String text, String... checkIds) {
        return new Cause(text, List.of(checkIds));
    }

    /** A short title, e.g. {@code Client identifier invalid (invalid_client_id)}. */
    public String title() {
        return title;
    }

    /** The anchor of the family's FAQ entry: {@code faq.html#} followed by it. */
    public String faqAnchor() {
        return faqAnchor;
    }

    /** The causes, the likeliest first. */
    public List<Cause> causes() {
        return causes;
    }

    /** The ids of the checks of all causes, in the order of the causes, each once. */
    public List<String> checkIds() {
        List<String> out = new ArrayList<>();
        for (Cause c : causes) {
            for (String id : c.checkIds()) {
                if (!out.contains(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }
}
