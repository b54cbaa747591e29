package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.text.Shortened;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the OAuth error a user pasted, in whatever form it came: the redirect URL the browser landed on
 * ({@code ?error=redirect_uri_mismatch&error_description=redirect_uri+must+match+configuration}, also in the fragment
 * and URL-encoded once more inside another URL), a JSON body
 * ({@code {"error":"invalid_grant","error_description":"expired access/refresh token"}}), Salesforce's page text
 * ({@code OAUTH_AUTHORIZATION_BLOCKED: Cross-org OAuth flows are not supported for this external client app}), a plain
 * line, or a log line with the error inside. The result is the error code, its description and the
 * {@link ErrorFamily families} it belongs to (several when the text carries several errors); an error no family
 * knows has none. Any text is accepted: only its first {@link #MAX_INPUT} characters are read, control characters
 * count as spaces, and what is returned is shortened.
 */
public final class OAuthErrors {

    /** How much of a pasted text is read. */
    public static final int MAX_INPUT = 64 * 1024;

    /** The longest code or description returned, {@code …} included. */
    static final int MAX_FIELD = 300;

    /**
     * An error as the user reported it.
     *
     * @param code the OAuth error code ({@code invalid_grant}, {@code OAUTH_EC_APP_NOT_FOUND}), or null when the text
     *     names none
     * @param description the error's description, or the text itself (shortened) when it has no structure; null for
     *     an empty text
     * @param families the known families it belongs to, in {@link ErrorFamily} order; empty for an unknown error
     */
    public record ReportedError(String code, String description, List<ErrorFamily> families) {
        public ReportedError {
            families = List.copyOf(families);
        }

        /** Whether a family explains it. */
        public boolean known() {
            return !families.isEmpty();
        }
    }

    /** The longest value read after a key. */
    private static final int MAX_VALUE = 2000;

    /**
     * {@code error=}, {@code "error": "}, {@code error_description: } in a query, a fragment, JSON or a log: the key,
     * the separator and an opening quote; the value is read by {@link #value} (no regular expression recurses over
     * a long value).
     */
    private static final Pattern FIELD = Pattern.compile("(?<![\\w-])[\"']?(error_description|error)\\b[\"']?"
            + "[ \\t]*([=:])[ \\t]*([\"']?)", Pattern.CASE_INSENSITIVE);

    /** Salesforce's {@code CODE: description}, e.g. {@code OAUTH_EC_APP_NOT_FOUND: …}. */
    private static final Pattern UPPER_CODE = Pattern.compile(
            "(?<![\\w-])([A-Z][A-Z0-9]{0,50}_[A-Z0-9_]{1,100})(?![\\w-])(?:[ \\t]*:[ \\t]*([^\\r\\n]{1,2000}))?");

    /** The OAuth 2.0 error codes (RFC 6749) and Salesforce's, where a text names one without a key. */
    private static final Pattern LOWER_CODE = Pattern.compile("(?<![\\w-])(invalid_grant|invalid_client_id"
            + "|invalid_client|invalid_request|invalid_scope|redirect_uri_mismatch|unauthorized_client|access_denied"
            + "|unsupported_response_type|unsupported_grant_type|inactive_user|inactive_org|server_error)(?![\\w-])"
            + "(?:[ \\t]*:[ \\t]*([^\\r\\n]{1,2000}))?");

    private static final Pattern CODE_TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\p{Cs}\\uFFFD\\uFEFF]");

    private OAuthErrors() {}

    /** The error in {@code text}; never null, also for null, empty, binary or huge text. */
    public static ReportedError parse(String text) {
        String t = clean(text);
        if (t.isBlank()) {
            return new ReportedError(null, null, List.of());
        }
        String code = null;
        String description = null;
        String haystack = t;
        // the text as given, then URL-decoded once and twice: a redirect URL inside another URL's parameter
        String candidate = t;
        for (int round = 0; round < 3; round++) {
            String[] f = fields(candidate);
            haystack = haystack + "\n" + plusAsSpace(candidate);
            if (f[0] != null || f[1] != null) {
                code = f[0];
                description = f[1];
                break;
            }
            String next = percentDecoded(candidate);
            if (next.equals(candidate)) {
                break;
            }
            candidate = next;
        }
        if (code == null) {
            // the first code the text names: Salesforce's OAUTH_… in capitals, or an OAuth 2.0 code
            Matcher upper = UPPER_CODE.matcher(t);
            Matcher lower = LOWER_CODE.matcher(t);
            boolean u = upper.find();
            boolean l = lower.find();
            Matcher first = u && (!l || upper.start() <= lower.start()) ? upper : l ? lower : null;
            if (first != null) {
                code = first.group(1);
                if (description == null && first.group(2) != null) {
                    description = first.group(2);
                }
            }
        }
        if (description == null) {
            description = t;
        }
        code = code == null ? null : Shortened.to(oneLine(code), MAX_FIELD - 1);
        description = Shortened.to(oneLine(description), MAX_FIELD - 1);
        return new ReportedError(code, description.isEmpty() ? null : description,
                families(((code == null ? "" : code) + "\n" + description + "\n" + haystack)));
    }

    /** The families whose wording {@code text} contains. */
    static List<ErrorFamily> families(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        Set<ErrorFamily> out = EnumSet.noneOf(ErrorFamily.class);
        add(out, s, ErrorFamily.CROSS_ORG, "oauth_authorization_blocked|cross[- ]org");
        add(out, s, ErrorFamily.APP_NOT_INSTALLED, "oauth_ec_app_not_found|not installed in this org"
                + "|app is not installed");
        add(out, s, ErrorFamily.REDIRECT_URI_MISMATCH, "redirect_uri_mismatch|redirect[_ ]uri must match"
                + "|redirect[_ ]uri mismatch");
        add(out, s, ErrorFamily.INVALID_CLIENT_ID, "invalid_client_id|client identifier invalid");
        add(out, s, ErrorFamily.MISSING_CODE_CHALLENGE, "missing (?:required )?code[_ ]challenge"
                + "|code[_ ]challenge (?:is )?(?:required|missing)");
        add(out, s, ErrorFamily.INVALID_CODE_VERIFIER, "invalid code[_ ]verifier|invalid_code_verifier"
                + "|code[_ ]verifier (?:is )?invalid");
        add(out, s, ErrorFamily.USER_NOT_APPROVED, "(?:hasn't|hasnt|has not) approved this consumer");
        add(out, s, ErrorFamily.NOT_ADMIN_APPROVED, "not admin approved");
        add(out, s, ErrorFamily.EXECUTION_USER, "valid execution user|execution user for the oauth client credentials");
        // invalid_grant is also the code of a code verifier or a consent refused: those families explain it better
        if (Pattern.compile("expired (?:access/refresh|access|refresh) token|token (?:has )?expired").matcher(s).find()
                || Pattern.compile("(?<![\\w-])invalid_grant(?![\\w-])").matcher(s).find() && out.stream().noneMatch(
                f -> f == ErrorFamily.INVALID_CODE_VERIFIER || f == ErrorFamily.USER_NOT_APPROVED
                        || f == ErrorFamily.NOT_ADMIN_APPROVED)) {
            out.add(ErrorFamily.INVALID_GRANT);
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<ErrorFamily> out, String s, ErrorFamily family, String regex) {
        if (Pattern.compile(regex).matcher(s).find()) {
            out.add(family);
        }
    }

    /** {code, description} from keyed fields, each the first one found; nulls when the text has none. */
    private static String[] fields(String text) {
        String code = null;
        String description = null;
        Matcher m = FIELD.matcher(text);
        while ((code == null || description == null) && m.find()) {
            boolean isDescription = m.group(1).equalsIgnoreCase("error_description");
            boolean colon = m.group(2).equals(":");
            String quote = m.group(3);
            String value = value(text, m.end(), quote, isDescription && colon);
            if (quote.isEmpty()) {
                value = urlDecoded(value);
                // "Error: something failed" in a log names no code; an OAuth code has an underscore
                if (!isDescription && (!CODE_TOKEN.matcher(value).matches() || colon && !value.contains("_"))) {
                    continue;
                }
            }
            value = value.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (isDescription && description == null) {
                description = value;
            } else if (!isDescription && code == null) {
                code = value;
            }
        }
        return new String[] {code, description};
    }

    /**
     * The value that starts at {@code from}: up to the closing quote (JSON escapes undone), else the rest of the line
     * ({@code restOfLine}: a log's unquoted description) or one token, at most {@link #MAX_VALUE} characters.
     */
    private static String value(String text, int from, String quote, boolean restOfLine) {
        int end = Math.min(text.length(), from + MAX_VALUE);
        StringBuilder b = new StringBuilder();
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                break;
            }
            if (quote.equals("\"")) {
                if (c == '"') {
                    break;
                }
                if (c == '\\' && i + 1 < end) {
                    b.append(c).append(text.charAt(++i));
                    continue;
                }
            } else if (quote.equals("'")) {
                if (c == '\'') {
                    break;
                }
            } else if (restOfLine ? "&#\"{}<>".indexOf(c) >= 0 : Character.isWhitespace(c)
                    || "&#,;\"'{}<>()[]".indexOf(c) >= 0) {
                break;
            }
            b.append(c);
        }
        String v = b.toString();
        return quote.equals("\"") ? jsonUnescaped(v) : restOfLine ? v.strip().replaceAll("[,;]+$", "") : v;
    }

    /** A query value: {@code +} is a space, {@code %XX} a byte of UTF-8; a broken escape stays as written. */
    static String urlDecoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return plusAsSpace(value);
        }
    }

    /** The text with its {@code %XX} escapes decoded (a {@code +} stays, for the field's own decoding). */
    private static String percentDecoded(String text) {
        if (!PERCENT.matcher(text).find()) {
            return text;
        }
        String protectedPlus = text.replace("+", "%2B");
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("(?:%[0-9A-Fa-f]{2})+").matcher(protectedPlus);
        int at = 0;
        while (m.find()) {
            out.append(protectedPlus, at, m.start());
            String run = m.group();
            // a literal + of the text was written as %2B above, so decoding the run restores it
            out.append(URLDecoder.decode(run, StandardCharsets.UTF_8));
            at = m.end();
        }
        return out.append(protectedPlus.substring(at)).toString();
    }

    private static String plusAsSpace(String text) {
        return text.replace('+', ' ');
    }

    private static String jsonUnescaped(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n', 'r', 't' -> b.append(' ');
                case 'u' -> {
                    if (i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9A-Fa-f]{4}")) {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        b.append('u');
                    }
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    /** At most {@link #MAX_INPUT} characters, control characters and broken surrogates as spaces. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        return CONTROL.matcher(t).replaceAll(" ").strip();
    }

    private static String oneLine(String s) {
        return CONTROL.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
