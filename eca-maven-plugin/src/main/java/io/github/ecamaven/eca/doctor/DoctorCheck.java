package io.github.ecamaven.eca.doctor;

import java.util.Arrays;
import java.util.Optional;

/**
 * The checks of eca:doctor: their stable ids (doctor.json, the site page and the error families name them), what each
 * checks, and the page and anchor that explain its failure.
 */
public enum DoctorCheck {
    PROJECT_VALID("project.valid", "The app's files pass eca:validate", "rules.html"),
    ORG_APP_PRESENT("org.app-present", "The app exists in the org (deployed or installed)",
            "faq.html#not-installed-in-this-org"),
    ORG_LOCAL_SAME_ORG("org.local-same-org", "A Local app is used only in its own org", "faq.html#cross-org-oauth"),
    ORG_LINK_TO_SOURCE("org.link-to-source", "A linked app's oauthLink names the source org's consumer",
            "faq.html#oauthlink-and-sandbox-refreshes"),
    ORG_SETTINGS_MATCH("org.settings-match", "The org's settings match the project's",
            "faq.html#redirect-uri-mismatch"),
    NANGO_INTEGRATION_EXISTS("nango.integration-exists", "The Nango integration exists", "faq.html#invalid_client_id"),
    NANGO_PROVIDER_FITS_ORG("nango.provider-fits-org", "Nango's provider fits the org (production or sandbox)",
            "faq.html#invalid_client_id"),
    NANGO_CLIENT_ID_MATCHES("nango.client-id-matches",
            "Nango's client id is the consumer key of the org that owns the consumer", "faq.html#invalid_client_id"),
    NANGO_SCOPES_GRANTED("nango.scopes-granted", "The scopes Nango asks for are granted by the app",
            "usage-nango-handover.html"),
    NANGO_CALLBACK_REGISTERED("nango.callback-registered", "Nango's callback URL is one of the app's callbacks",
            "faq.html#redirect-uri-mismatch"),
    NANGO_PKCE_CONSISTENT("nango.pkce-consistent", "PKCE is consistent with what Nango sends",
            "faq.html#missing-code-challenge"),
    TIMING_PROPAGATION("timing.propagation", "The app and its consumer have had time to propagate",
            "faq.html#invalid_client_id");

    private final String id;
    private final String title;
    private final String faq;

    DoctorCheck(String id, String title, String faq) {
        this.id = id;
        this.title = title;
        this.faq = faq;
    }

    /** The stable id, e.g. {@code nango.client-id-matches}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The site page and anchor that explain a failure, relative to the site root ({@code faq.html#…}). */
    public String faq() {
        return faq;
    }

    /** The check with this id. */
    public static Optional<DoctorCheck> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
