package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an External Client App exists in an org, as Salesforce's packageable-app guide sets up its three orgs: the one
 * model that deploy, the customer bundle, the credentials goals, validate and the site read.
 *
 * <ul>
 *   <li>{@link #SOURCE}: the org that holds the app's global OAuth settings, so its consumer key and secret. Every org
 *       linked to it shares that consumer; it must outlive all of them.</li>
 *   <li>{@link #LINKED}: the header and the OAuth settings, whose {@code oauthLink} names the source org's consumer;
 *       no global OAuth settings. The org uses the source org's consumer key: one Nango integration serves it and
 *       every other linked org.</li>
 *   <li>{@link #INDEPENDENT}: the header, the OAuth settings without {@code oauthLink} and global OAuth settings of its
 *       own: the org mints a consumer of its own (its own key, so its own Nango integration).</li>
 * </ul>
 *
 * <p>Policies are each org's admin's settings, never part of the app's definition: only the source org gets the
 * project's policies by default.
 */
public enum OrgFormation {

    SOURCE("source", true, Link.AS_IS, true,
            "the org that holds the global OAuth settings and the consumer every linked org shares"),
    LINKED("linked", false, Link.REQUIRED, false,
            "the header and the OAuth settings with oauthLink to the source org's consumer; no global OAuth settings:"
                    + " the org shares the source org's consumer key"),
    INDEPENDENT("independent", true, Link.STRIPPED, false,
            "the header, the OAuth settings without oauthLink and global OAuth settings of its own: the org mints its"
                    + " own consumer key");

    /** What a formation does with the {@code oauthLink} of the OAuth settings (and the header's org-scoped name). */
    public enum Link {
        /** sent as the project has it */
        AS_IS,
        /** must be there (naming the source org's consumer) and is sent */
        REQUIRED,
        /** {@code oauthLink} and {@code orgScopedExternalApp} are left out of what is sent */
        STRIPPED
    }

    private final String value;
    private final boolean globalSettings;
    private final Link link;
    private final boolean policiesByDefault;
    private final String summary;

    OrgFormation(String value, boolean globalSettings, Link link, boolean policiesByDefault, String summary) {
        this.value = value;
        this.globalSettings = globalSettings;
        this.link = link;
        this.policiesByDefault = policiesByDefault;
        this.summary = summary;
    }

    /** The value users write ({@code source}, {@code linked}, {@code independent}). */
    public String value() {
        return value;
    }

    /** Whether the app's global OAuth settings go to an org of this formation. */
    public boolean sendsGlobalSettings() {
        return globalSettings;
    }

    /** What happens to {@code oauthLink} (and, when stripped, {@code orgScopedExternalApp}). */
    public Link link() {
        return link;
    }

    /** Whether the project's policies files go to the org when the user does not say. */
    public boolean sendsPoliciesByDefault() {
        return policiesByDefault;
    }

    /** One sentence for logs, errors and the site. */
    public String summary() {
        return summary;
    }

    /** The values users may write, comma-separated. */
    public static String values(String separator) {
        return Arrays.stream(values()).map(OrgFormation::value).collect(Collectors.joining(separator));
    }

    /**
     * The formation {@code text} names (any case).
     *
     * @param property the parameter that gave it, for the message
     * @throws ConfigurationException naming the parameter and the values when {@code text} names none
     */
    public static OrgFormation parse(String text, String property) throws ConfigurationException {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (OrgFormation f : values()) {
            if (f.value.equals(t)) {
                return f;
            }
        }
        throw new ConfigurationException(property + " '" + text + "' is not an org formation; use one of "
                + values(", ") + ".");
    }
}
