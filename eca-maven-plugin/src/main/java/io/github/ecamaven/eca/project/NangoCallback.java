package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;

/**
 * The callback URL Nango sends Salesforce as {@code redirect_uri}, which the app must list among its callbacks:
 * {@code <nango url>/oauth/callback} of the Nango server the project declares ({@link PropertyNames#NANGO_URL}, Nango
 * Cloud by default), unless the project names Nango's custom callback URL ({@link PropertyNames#NANGO_CALLBACK_URL}).
 * The one place of this fact: eca:generate's {@code nango} preset registers it, the {@code nango} validation profile
 * expects it (ECA-CB-004), the credentials goals refuse to hand a key to Nango for an app that lacks it, and
 * eca:doctor compares it with the org's callbacks.
 *
 * @param url the callback URL
 * @param nangoUrl the Nango base URL it was derived from (without a trailing slash)
 * @param custom whether {@code url} is the custom callback URL rather than derived from {@code nangoUrl}
 */
public record NangoCallback(String url, String nangoUrl, boolean custom) {

    /** Nango Cloud's base URL, the default of {@link PropertyNames#NANGO_URL}. */
    public static final String CLOUD_URL = "https://api.nango.dev";

    /** The path Nango's server answers OAuth redirects on. */
    public static final String PATH = "/oauth/callback";

    /** Nango Cloud's callback: {@code https://api.nango.dev/oauth/callback}. */
    public static final NangoCallback CLOUD = of(null, null);

    /**
     * The callback of the declared Nango server.
     *
     * @param nangoUrl {@link PropertyNames#NANGO_URL}; null or blank for Nango Cloud
     * @param callbackUrl {@link PropertyNames#NANGO_CALLBACK_URL}; null or blank to derive it from {@code nangoUrl}
     * @throws ConfigurationException when a value is no absolute http(s) URL, naming its property
     */
    public static NangoCallback of(String nangoUrl, String callbackUrl) {
        String base = nangoUrl == null || nangoUrl.isBlank() ? CLOUD_URL : checked(nangoUrl, PropertyNames.NANGO_URL,
                "https://nango.example.com");
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (callbackUrl != null && !callbackUrl.isBlank()) {
            return new NangoCallback(checked(callbackUrl, PropertyNames.NANGO_CALLBACK_URL,
                    "https://auth.example.com/oauth/callback"), base, true);
        }
        return new NangoCallback(base + PATH, base, false);
    }

    private static String checked(String value, String property, String example) {
        String v = value.strip();
        String problem;
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            problem = !scheme.equals("https") && !scheme.equals("http") ? "no http(s) URL"
                    : u.getHost() == null ? "a URL without host"
                    : u.getRawQuery() != null || u.getRawFragment() != null ? "a URL with a query or fragment"
                    : null;
        } catch (URISyntaxException e) {
            problem = "no URL (" + e.getReason() + ")";
        }
        if (problem != null) {
            throw new ConfigurationException(PropertyNames.describe(property) + " is '" + v + "', which is " + problem
                    + "; set an absolute URL such as " + example);
        }
        return v;
    }

    /** Whether this is Nango Cloud's callback. */
    public boolean isCloud() {
        return url.equals(CLOUD.url);
    }

    /** Whether {@code callbacks} (the app's callback URLs) list this callback; compared exactly, as Salesforce does. */
    public boolean isAmong(Collection<String> callbacks) {
        return callbacks.stream().anyMatch(c -> c != null && c.strip().equals(url));
    }

    /** Where this callback comes from, for messages, e.g. {@code derived from eca.nangoUrl https://nango.example.com}. */
    public String origin() {
        if (custom) {
            return "Nango's custom callback URL, set by " + PropertyNames.NANGO_CALLBACK_URL;
        }
        return "derived from " + PropertyNames.NANGO_URL + " " + nangoUrl
                + (nangoUrl.equals(CLOUD_URL) ? " (Nango Cloud, the default)" : "") + " as <url>" + PATH;
    }

    /** The fix when an app lacks this callback: one sentence without a final period. */
    public String fix() {
        return "add " + url + " to the app's callbacks (<callbackUrls> of its <app>, then eca:generate; or the"
                + " <callbackUrl> of its global OAuth settings file) and deploy, or set -D" + PropertyNames.NANGO_URL
                + " (and -D" + PropertyNames.NANGO_CALLBACK_URL + " if your Nango has a custom callback URL) to the"
                + " Nango server the integration really uses";
    }
}
