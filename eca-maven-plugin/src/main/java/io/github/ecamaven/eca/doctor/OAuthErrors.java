package io.github.ecamaven.eca.doctor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the error a user saw (a redirect URL, a JSON body or plain text) into code, description and families.
 * (A minimal version until the error catalogue lands; it is replaced by it.)
 */
public final class OAuthErrors {

    /** A parsed error. */
    public record ReportedError(String code, String description, List<ErrorFamily> families) {
    }

    private static final Pattern FIELD = Pattern.compile("\"?(error|error_description)\"?\\s*[=:]\\s*\"?([^&\"]*)");

    private OAuthErrors() {}

    public static ReportedError parse(String text) {
        String t = text == null ? "" : text.strip();
        String code = null;
        String description = null;
        Matcher m = FIELD.matcher(t);
        while (m.find()) {
            String v = URLDecoder.decode(m.group(2).replace("+", "%2B").replace("%2B", "+"), StandardCharsets.UTF_8);
            if ("error".equals(m.group(1)) && code == null) {
                code = v.strip();
            } else if ("error_description".equals(m.group(1)) && description == null) {
                description = v.strip();
            }
        }
        if (code == null && description == null) {
            description = t;
        }
        String all = ((code == null ? "" : code) + " " + (description == null ? "" : description) + " " + t)
                .toLowerCase(Locale.ROOT);
        List<ErrorFamily> families = new ArrayList<>();
        add(families, all.contains("cross-org") || all.contains("oauth_authorization_blocked"), ErrorFamily.CROSS_ORG);
        add(families, all.contains("oauth_ec_app_not_found") || all.contains("not installed"),
                ErrorFamily.APP_NOT_INSTALLED);
        add(families, all.contains("redirect_uri"), ErrorFamily.REDIRECT_URI_MISMATCH);
        add(families, all.contains("invalid_client_id") || all.contains("client identifier invalid"),
                ErrorFamily.INVALID_CLIENT_ID);
        add(families, all.contains("code challenge"), ErrorFamily.MISSING_CODE_CHALLENGE);
        add(families, all.contains("code verifier"), ErrorFamily.INVALID_CODE_VERIFIER);
        add(families, all.contains("invalid_grant") && !all.contains("code verifier"), ErrorFamily.INVALID_GRANT);
        add(families, all.contains("hasn't approved") || all.contains("has not approved"),
                ErrorFamily.USER_NOT_APPROVED);
        add(families, all.contains("not admin approved"), ErrorFamily.NOT_ADMIN_APPROVED);
        add(families, all.contains("execution user"), ErrorFamily.EXECUTION_USER);
        return new ReportedError(code, description, families);
    }

    private static void add(List<ErrorFamily> out, boolean when, ErrorFamily f) {
        if (when) {
            out.add(f);
        }
    }
}
