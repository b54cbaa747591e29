package io.github.ecamaven.eca.model.values;

import io.github.ecamaven.eca.model.oauth.OauthScope;
import java.io.ByteArrayInputStream;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salesforce's rules for single values: API names and their length limits, the namespace prefix, the package
 * version number, loopback hosts, callback URLs, scope tokens, the contact e-mail and certificates. eca:generate
 * checks the POM with them, eca:validate the files and eca:migrate what it converts, so the three goals cannot
 * disagree about a value. Each check returns why a value is wrong (a phrase that completes "'value' ..."), or null
 * when it is right.
 */
public final class SalesforceValues {

    /** Longest API name of an External Client Application. */
    public static final int APP_NAME_MAX = 40;

    /** Longest API name of a satellite component (OAuth settings, policies ...). */
    public static final int COMPONENT_NAME_MAX = 80;

    /** Longest namespace prefix. */
    public static final int NAMESPACE_MAX = 15;

    /** All callback URLs of an app together, newline-separated, in characters. */
    public static final int CALLBACKS_MAX_CHARS = 2000;

    /** Highest port a callback URL may name (the lowest is 1). */
    public static final int PORT_MAX = 65535;

    /** Longest label of a domain (between two dots), as in a contact e-mail address. */
    public static final int DOMAIN_LABEL_MAX = 63;

    /** Most days a refresh token of a distributed app may stay idle (Salesforce's partner controls). */
    public static final int REFRESH_TOKEN_IDLE_DAYS_MAX = 30;

    /** Scope tokens orgs accept and return that the scope enum does not model (no OAuth scope string is known). */
    public static final List<String> EXTRA_SCOPE_TOKENS = List.of("DataCloudUserClaims");

    /**
     * Schemes that run code or read local data in the browser instead of redirecting to an app; never a callback.
     */
    public static final Set<String> DANGEROUS_SCHEMES = Set.of("javascript", "vbscript", "data", "file", "blob",
            "about", "view-source");

    private static final Pattern VERSION_NUMBER = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.(NEXT|\\d+)");
    private static final Pattern PEM_CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,"
            + (DOMAIN_LABEL_MAX - 2) + "}[A-Za-z0-9])?");
    /** The port at the end of an authority (after user info and host; not inside IPv6 brackets). */
    private static final Pattern PORT = Pattern.compile(":(\\d+)$");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private SalesforceValues() {}

    /**
     * Why {@code name} is not an API name of at most {@code max} characters: letters, digits and underscores,
     * beginning with a letter, not ending with an underscore, no two underscores in a row.
     */
    public static String apiNameProblem(String name, int max) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (!Character.isLetter(name.charAt(0)) || name.charAt(0) > 127) {
            return "must start with a letter" + (Character.isLetter(name.charAt(0)) ? " of A-Z (no accents)" : "");
        }
        if (!name.matches("[A-Za-z0-9_]+")) {
            return "may contain only letters, digits and underscores" + (name.chars().anyMatch(c -> c > 127
                    && Character.isLetter(c)) ? " (letters of A-Z, no accents)" : "");
        }
        if (name.endsWith("_")) {
            return "must not end with an underscore";
        }
        if (name.contains("__")) {
            return "must not contain two underscores in a row";
        }
        if (name.length() > max) {
            return "is " + name.length() + " characters long; the limit is " + max;
        }
        return null;
    }

    /**
     * {@code name} made into an API name as far as that is mechanical, or null when nothing is left. Accented letters
     * keep their base letter ({@code Ünïcode_App} → {@code Unicode_App}), as do a few letters without a
     * decomposition ({@code ß} → {@code ss}); other characters become underscores.
     */
    public static String apiNameSuggestion(String name, int max) {
        String fixed = transliterated(name).replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("^[^A-Za-z]+", "")
                .replaceAll("_+$", "");
        if (fixed.length() > max) {
            fixed = fixed.substring(0, max).replaceAll("_+$", "");
        }
        return fixed.isEmpty() ? null : fixed;
    }

    /** Latin letters with diacritics as their base letters; everything else unchanged. */
    private static String transliterated(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(base.length());
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            b.append(switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'Æ' -> "AE";
                case 'œ' -> "oe";
                case 'Œ' -> "OE";
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'đ' -> "d";
                case 'Đ' -> "D";
                case 'þ' -> "th";
                case 'Þ' -> "Th";
                default -> String.valueOf(c);
            });
        }
        return b.toString();
    }

    /**
     * Why {@code ns} is not a namespace prefix: 1-15 letters, digits or single underscores, beginning with a letter
     * and not ending with an underscore.
     */
    public static String namespaceProblem(String ns) {
        if (ns == null || ns.isEmpty()) {
            return "is empty";
        }
        if (!ns.matches("[A-Za-z][A-Za-z0-9_]*") || ns.contains("__") || ns.endsWith("_")) {
            return "is not a namespace prefix (1-" + NAMESPACE_MAX + " letters, digits or single underscores,"
                    + " starting with a letter, not ending with an underscore)";
        }
        if (ns.length() > NAMESPACE_MAX) {
            return "is " + ns.length() + " characters long; a namespace prefix has at most " + NAMESPACE_MAX;
        }
        return null;
    }

    /**
     * Why {@code email} (trimmed) is not an e-mail address an app's {@code contactEmail} can hold: one {@code @};
     * before it letters, digits and {@code !#$%&'*+/=?^_`{|}~-} in dot-separated parts; after it a domain of at least
     * two dot-separated labels, each 1 to {@link #DOMAIN_LABEL_MAX} letters, digits or inner hyphens (ASCII; an
     * internationalised domain in its punycode form). No empty part: {@code a@x..com} and {@code a.@x.com} are
     * refused.
     */
    public static String emailProblem(String email) {
        String prefix = "is not an e-mail address: ";
        if (email == null || email.isEmpty()) {
            return "is empty";
        }
        int at = email.indexOf('@');
        if (at < 0 || at != email.lastIndexOf('@')) {
            return prefix + "it needs exactly one '@', e.g. ops@example.com";
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.isEmpty()) {
            return prefix + "nothing before the '@'";
        }
        for (String part : local.split("\\.", -1)) {
            if (part.isEmpty()) {
                return prefix + "the part before the '@' has an empty piece (a dot at its start or end, or two dots"
                        + " in a row)";
            }
            if (!EMAIL_LOCAL.matcher(part).matches()) {
                return prefix + "the part before the '@' may hold only letters, digits, dots and"
                        + " !#$%&'*+/=?^_`{|}~- (no spaces or other characters)";
            }
        }
        if (domain.isEmpty()) {
            return prefix + "no domain after the '@'";
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return prefix + "the domain '" + domain + "' has an empty label (a dot at its start or end, or two"
                        + " dots in a row)";
            }
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return prefix + "the domain label '" + label + "' is not 1-" + DOMAIN_LABEL_MAX + " letters, digits or inner hyphens"
                        + (label.chars().allMatch(c -> c < 128) ? "" : " (an internationalised domain is written in"
                        + " its punycode form, xn--...)");
            }
        }
        if (labels.length < 2) {
            return prefix + "the domain '" + domain + "' has no dot; write the whole domain, e.g. example.com";
        }
        return null;
    }

    /**
     * Why {@code certificate} is not an X.509 certificate as metadata holds one (the {@code certificate} of the JWT
     * bearer flow): its base64 body, with or without the PEM {@code BEGIN/END CERTIFICATE} lines, that
     * {@link CertificateFactory} parses; or null. The reason never quotes the content.
     */
    public static String certificateProblem(String certificate) {
        String text = certificate == null ? "" : certificate.strip();
        if (text.isEmpty()) {
            return "is empty";
        }
        Matcher pem = PEM_CERTIFICATE.matcher(text);
        String body;
        if (pem.find()) {
            body = pem.group(1);
        } else if (text.contains("-----BEGIN")) {
            return "is a PEM block of another kind, not -----BEGIN CERTIFICATE-----; give the X.509 certificate";
        } else {
            body = text;
        }
        if (!BASE64.matcher(body).matches()) {
            return "is not base64 text (" + text.length() + " characters); give the body of the PEM file of the"
                    + " X.509 certificate";
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(body);
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return null;
        } catch (RuntimeException | CertificateException e) { // hostile DER may fail in the parser's own way
            return "is not an X.509 certificate (" + text.length() + " characters of base64 that do not decode to"
                    + " one); give the PEM file of the certificate, e.g. made with: openssl req -x509 -newkey rsa:2048"
                    + " -keyout server.key -out server.crt";
        }
    }

    /** Why {@code v} is not a package version number major.minor.patch.build (the build a number or NEXT). */
    public static String versionNumberProblem(String v) {
        if (v != null && VERSION_NUMBER.matcher(v).matches()) {
            return null;
        }
        return "is not major.minor.patch.build (the build a number or NEXT), e.g. 0.1.0.NEXT";
    }

    /**
     * Whether {@code host} (as {@link URI#getHost()} gives it) is this machine: {@code localhost}, an IPv4 address
     * in 127.0.0.0/8 or the IPv6 {@code ::1}. Only such hosts may receive a callback over plain http.
     */
    public static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
            return true;
        }
        Matcher m = IPV4_LOOPBACK.matcher(h);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 3; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with a callback URL: its syntax, or its scheme (plain http off loopback, a dangerous scheme). */
    public enum CallbackDefect {
        SYNTAX,
        SCHEME
    }

    /** A wrong callback URL: the kind of defect and why (a phrase completing "callback 'url' ..."). */
    public record CallbackProblem(CallbackDefect defect, String reason) {}

    /**
     * {@code url} as messages may show it: a user name or password before the host ({@code https://user:pass@host})
     * is replaced by {@code ***}, so that no refusal of such a URL echoes the password. Works on text that is not a
     * URL too.
     */
    public static String callbackForDisplay(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        return at < start ? url : url.substring(0, start) + "***" + url.substring(at);
    }

    /**
     * Why one callback URL (already split from the newline-separated list and trimmed) is not acceptable, or null:
     * it must be an absolute URL without wildcards, commas or spaces, without a user name or password, without a
     * fragment (an OAuth redirect URI has none: RFC 6749, section 3.1.2), with a port from 1 to 65535 if any and an
     * ASCII host (an internationalised one in its punycode form); https, a custom app scheme, or http on a loopback
     * host; never a scheme that runs code in the browser ({@link #DANGEROUS_SCHEMES}); http(s) with a host. The
     * reason never repeats a password the URL holds; show the URL with {@link #callbackForDisplay}.
     */
    public static CallbackProblem callbackProblem(String url) {
        if (!callbackForDisplay(url).equals(url)) {
            return new CallbackProblem(CallbackDefect.SYNTAX, "has a user name or password before the host; a"
                    + " callback never carries credentials (they would be in the metadata and in every browser's"
                    + " history): remove the part before '@'");
        }
        if (url.contains("*")) {
            return new CallbackProblem(CallbackDefect.SYNTAX, "contains a wildcard; list every callback URL in full,"
                    + " one per line");
        }
        if (url.contains(",") || url.contains(" ")) {
            return new CallbackProblem(CallbackDefect.SYNTAX, "holds several URLs or a space; separate callbacks"
                    + " with new lines, not commas or spaces");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new CallbackProblem(CallbackDefect.SYNTAX, "is not a URL: " + e.getReason());
        }
        if (uri.getScheme() == null) {
            return new CallbackProblem(CallbackDefect.SYNTAX, "is not an absolute URL; write it with https://");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (DANGEROUS_SCHEMES.contains(scheme)) {
            return new CallbackProblem(CallbackDefect.SCHEME, "uses the " + scheme + ": scheme, which runs in the"
                    + " browser instead of redirecting to an app; use https:// (or a custom scheme of your mobile"
                    + " app)");
        }
        if (uri.getRawFragment() != null) {
            return new CallbackProblem(CallbackDefect.SYNTAX, "has a fragment ('#" + uri.getRawFragment() + "'),"
                    + " which an OAuth redirect URI must not have (RFC 6749, section 3.1.2); remove it, or carry the"
                    + " value in a query parameter or the state parameter");
        }
        String authority = uri.getRawAuthority();
        if (authority != null) {
            Matcher port = PORT.matcher(authority);
            if (port.find()) {
                String digits = port.group(1).replaceFirst("^0+(?=\\d)", "");
                if (digits.length() > String.valueOf(PORT_MAX).length() || Integer.parseInt(digits) < 1
                        || Integer.parseInt(digits) > PORT_MAX) {
                    return new CallbackProblem(CallbackDefect.SYNTAX, "has port " + port.group(1) + "; a port is a"
                            + " number from 1 to " + PORT_MAX);
                }
            }
            if (uri.getHost() == null) {
                String host = hostOf(authority);
                if (!host.isEmpty() && !host.chars().allMatch(c -> c < 128)) {
                    return new CallbackProblem(CallbackDefect.SYNTAX, idnReason(url, host));
                }
            }
        }
        if ((scheme.equals("http") || scheme.equals("https")) && (uri.getHost() == null || uri.getHost().isEmpty())) {
            return new CallbackProblem(CallbackDefect.SYNTAX, authority == null ? "has no host; write it like"
                    + " https://app.example.com/oauth/callback" : "has no valid host name ('" + hostOf(authority)
                    + "'); a host is letters, digits, hyphens and dots, or an IP address");
        }
        if (scheme.equals("http") && !isLoopbackHost(uri.getHost())) {
            return new CallbackProblem(CallbackDefect.SCHEME, "uses http on a host that is not loopback; use https"
                    + " (plain http is allowed only for localhost, 127.0.0.0/8 and [::1])");
        }
        return null;
    }

    /** The host of an authority without user info: what is before the port, brackets of IPv6 kept. */
    private static String hostOf(String authority) {
        String a = authority.substring(authority.lastIndexOf('@') + 1);
        Matcher port = PORT.matcher(a);
        return port.find() ? a.substring(0, port.start()) : a;
    }

    /**
     * Why a host with characters beyond ASCII is refused: Salesforce compares the redirect_uri with the callback
     * character by character, and clients send an internationalised host in its ASCII (punycode) form; the reason
     * gives that form when {@link IDN} can compute it.
     */
    private static String idnReason(String url, String host) {
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            return "has the internationalised host '" + host + "'; write it in its ASCII (punycode) form, as clients"
                    + " send it in the redirect_uri: " + url.substring(0, url.indexOf(host)) + ascii
                    + url.substring(url.indexOf(host) + host.length());
        } catch (IllegalArgumentException e) {
            return "has the host '" + host + "', which is not a valid internationalised domain name (" + e.getMessage()
                    + "); write the host in ASCII, e.g. app.example.com";
        }
    }

    /** The callbacks of a newline-separated {@code callbackUrl}, trimmed, blank lines dropped. */
    public static List<String> splitCallbacks(String callbackUrl) {
        List<String> out = new ArrayList<>();
        if (callbackUrl == null) {
            return out;
        }
        for (String line : callbackUrl.split("\r?\n")) {
            if (!line.isBlank()) {
                out.add(line.trim());
            }
        }
        return out;
    }

    /** Why the whole newline-separated callback list is too long, or null. */
    public static String callbacksLengthProblem(String callbackUrl) {
        int n = callbackUrl == null ? 0 : callbackUrl.trim().length();
        return n > CALLBACKS_MAX_CHARS ? "is " + n + " characters long; all callback URLs of an app share a limit of "
                + CALLBACKS_MAX_CHARS : null;
    }

    /** Every scope token {@code commaSeparatedOauthScopes} accepts. */
    public static List<String> scopeTokens() {
        List<String> out = new ArrayList<>(Arrays.stream(OauthScope.values()).map(OauthScope::token).toList());
        out.addAll(EXTRA_SCOPE_TOKENS);
        return out;
    }

    /** Whether {@code token} is a scope token {@code commaSeparatedOauthScopes} accepts (case-sensitive). */
    public static boolean isScopeToken(String token) {
        return OauthScope.ofToken(token) != null || EXTRA_SCOPE_TOKENS.contains(token);
    }

    private static final Pattern ORG_ID = Pattern.compile("00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?");

    /** Why {@code id} is not an org id: {@code 00D} and 12 more letters or digits, 15 in all (or 18, case-safe). */
    public static String orgIdProblem(String id) {
        if (id == null || !ORG_ID.matcher(id.strip()).matches()) {
            return "is not an org id (00D followed by 12 letters or digits, 15 or 18 characters; Setup > Company"
                    + " Information shows it)";
        }
        return null;
    }

    /**
     * The org id an org-scoped value names: the part before {@code :} of {@code oauthLink} (org id and OAuth consumer
     * id) or {@code orgScopedExternalApp} (org id and API name); null when the value has no such part.
     */
    public static String orgIdOf(String orgScopedValue) {
        if (orgScopedValue == null) {
            return null;
        }
        int colon = orgScopedValue.indexOf(':');
        String id = colon < 0 ? null : orgScopedValue.substring(0, colon).strip();
        return id == null || orgIdProblem(id) != null ? null : id;
    }

    /** Whether two org ids name the same org: the 15-character id is the 18-character one without its suffix. */
    public static boolean sameOrg(String a, String b) {
        return a != null && b != null && a.strip().length() >= 15 && b.strip().length() >= 15
                && a.strip().substring(0, 15).equals(b.strip().substring(0, 15));
    }
}
