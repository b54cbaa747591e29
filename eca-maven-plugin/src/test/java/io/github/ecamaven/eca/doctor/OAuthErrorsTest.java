package io.github.ecamaven.eca.doctor;

import static io.github.ecamaven.eca.doctor.ErrorFamily.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.doctor.OAuthErrors.ReportedError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime errors users meet when an org connects (the texts as Salesforce shows them), in every form a user
 * pastes them: plain, in the redirect URL's query or fragment, URL-encoded inside another URL, as a JSON body and
 * inside a log line.
 */
class OAuthErrorsTest {

    /** One error as Salesforce reports it: code (null when it comes as text only), description, its families. */
    record Seen(String code, String description, List<ErrorFamily> families) {
        @Override
        public String toString() {
            return (code == null ? "" : code + " ") + description;
        }
    }

    static List<Seen> seen() {
        return List.of(
                new Seen("OAUTH_AUTHORIZATION_BLOCKED",
                        "Cross-org OAuth flows are not supported for this external client app", List.of(CROSS_ORG)),
                new Seen("OAUTH_EC_APP_NOT_FOUND", "External client app is not installed in this org",
                        List.of(APP_NOT_INSTALLED)),
                new Seen("redirect_uri_mismatch", "redirect_uri must match configuration",
                        List.of(REDIRECT_URI_MISMATCH)),
                new Seen("invalid_client_id", "client identifier invalid", List.of(INVALID_CLIENT_ID)),
                new Seen("invalid_request", "missing required code challenge", List.of(MISSING_CODE_CHALLENGE)),
                new Seen("invalid_grant", "invalid code verifier", List.of(INVALID_CODE_VERIFIER)),
                new Seen("invalid_grant", "expired access/refresh token", List.of(INVALID_GRANT)),
                new Seen("invalid_grant", "user hasn't approved this consumer", List.of(USER_NOT_APPROVED)),
                new Seen("invalid_grant", "user is not admin approved to access this app",
                        List.of(NOT_ADMIN_APPROVED)),
                new Seen("invalid_grant", "authentication failure", List.of(INVALID_GRANT)),
                new Seen(null, "Enter a valid execution user for the OAuth client credentials flow.",
                        List.of(EXECUTION_USER)));
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every form a user may paste {@code s} in, by name. */
    static List<Arguments> forms() {
        List<Arguments> out = new ArrayList<>();
        for (Seen s : seen()) {
            if (s.code() == null) {
                out.add(Arguments.of("plain", s, s.description()));
                out.add(Arguments.of("log line", s, "2026-12-07T10:00:00.123Z ERROR [deploy] Component failure: "
                        + s.description() + " (line 12)"));
                continue;
            }
            String q = "error=" + query(s.code()) + "&error_description=" + query(s.description());
            out.add(Arguments.of("query", s, "https://api.nango.dev/oauth/callback?" + q + "&state=abc123"));
            out.add(Arguments.of("query, %20 for spaces", s, "https://nango.example.com/oauth/callback?state=x&"
                    + q.replace("+", "%20")));
            out.add(Arguments.of("fragment", s, "https://app.example.com/callback#" + q));
            out.add(Arguments.of("inside another URL", s, "https://app.example.com/connect?next="
                    + query("https://api.nango.dev/oauth/callback?" + q)));
            out.add(Arguments.of("JSON", s, "{\"error\":\"" + s.code() + "\",\"error_description\":\""
                    + s.description().replace("/", "\\/") + "\"}"));
            out.add(Arguments.of("JSON, spaced, keys reversed", s, "{\n  \"error_description\" : \""
                    + s.description() + "\",\n  \"error\" : \"" + s.code() + "\"\n}"));
            out.add(Arguments.of("log line with JSON", s, "[nango] 2026-12-07 10:00:00 error Token exchange failed"
                    + " (400): {\"error\":\"" + s.code() + "\",\"error_description\":\"" + s.description() + "\"}"));
            out.add(Arguments.of("log line, key=value", s, "WARN oauth callback error=" + s.code()
                    + " error_description=\"" + s.description() + "\" status=400"));
            out.add(Arguments.of("Salesforce's page", s, s.code() + ": " + s.description()));
        }
        return out;
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("forms")
    void everyFormGivesTheCodeTheDescriptionAndTheFamily(String form, Seen s, String pasted) {
        ReportedError e = OAuthErrors.parse(pasted);
        assertThat(e.families()).as(pasted).isEqualTo(s.families());
        assertThat(e.known()).isTrue();
        if (s.code() != null) {
            assertThat(e.code()).as(pasted).isEqualTo(s.code());
            assertThat(e.description()).as(pasted).isEqualTo(s.description());
        } else {
            assertThat(e.description()).contains(s.description());
        }
    }

    @Test
    void theTextAloneIsEnoughForEveryFamily() {
        for (Seen s : seen()) {
            if (!s.description().equals("authentication failure")) {
                assertThat(OAuthErrors.parse(s.description()).families()).as(s.description())
                        .isEqualTo(s.families());
            }
        }
        assertThat(OAuthErrors.parse("OAUTH_EC_APP_NOT_FOUND").families()).containsExactly(APP_NOT_INSTALLED);
        assertThat(OAuthErrors.parse("invalid_client_id").code()).isEqualTo("invalid_client_id");
        assertThat(OAuthErrors.parse("The user hasn\u2019t approved this consumer").families())
                .containsExactly(USER_NOT_APPROVED);
    }

    @Test
    void invalidClientIdHasTheCausesToTellApart() {
        ReportedError e = OAuthErrors.parse("error=invalid_client_id&error_description=client+identifier+invalid");
        assertThat(e.families()).containsExactly(INVALID_CLIENT_ID);
        assertThat(INVALID_CLIENT_ID.checkIds()).containsExactly("timing.propagation", "nango.client-id-matches",
                "org.link-to-source", "nango.provider-fits-org", "nango.integration-exists");
    }

    @Test
    void aTextWithSeveralErrorsHasSeveralFamilies() {
        ReportedError e = OAuthErrors.parse("first try: error=redirect_uri_mismatch\nafter fixing the callback:"
                + " OAUTH_AUTHORIZATION_BLOCKED: Cross-org OAuth flows are not supported for this external client app");
        assertThat(e.code()).isEqualTo("redirect_uri_mismatch");
        assertThat(e.families()).containsExactly(CROSS_ORG, REDIRECT_URI_MISMATCH);
    }

    @Test
    void anUnknownErrorHasNoFamily() {
        ReportedError json = OAuthErrors.parse("{\"error\":\"temporarily_unavailable\",\"error_description\":"
                + "\"try again later\"}");
        assertThat(json.code()).isEqualTo("temporarily_unavailable");
        assertThat(json.description()).isEqualTo("try again later");
        assertThat(json.families()).isEmpty();
        assertThat(json.known()).isFalse();
        ReportedError text = OAuthErrors.parse("Error: something went wrong, please retry");
        assertThat(text.code()).as("a log's Error: names no code").isNull();
        assertThat(text.description()).isEqualTo("Error: something went wrong, please retry");
        assertThat(text.families()).isEmpty();
        // a Salesforce known issue after a sandbox refresh: no setting causes it, so no family explains it
        assertThat(OAuthErrors.parse("We couldn't load OAuth plugin. Attempt to de-reference a null object"
                + " (String.split)").families()).isEmpty();
    }

    @Test
    void emptyNullAndBlankAreNoError() {
        for (String t : new String[] {null, "", "   \n\t ", "\u0000\u0001"}) {
            ReportedError e = OAuthErrors.parse(t);
            assertThat(e.code()).isNull();
            assertThat(e.description()).isNull();
            assertThat(e.families()).isEmpty();
        }
    }

    static Stream<String> hostile() {
        Random r = new Random(27);
        byte[] bytes = new byte[200_000];
        r.nextBytes(bytes);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            deep.append("{\"error\":");
        }
        return Stream.of("a".repeat(5_000_000), new String(bytes, StandardCharsets.ISO_8859_1),
                new String(bytes, StandardCharsets.UTF_8), deep.toString(), "error=".repeat(100_000),
                "%".repeat(100_000), "%E0%A4%A&error=%ZZ&error_description=%", "\"error\":\"" + "\\".repeat(99_999),
                "error=" + "x".repeat(1_000_000), "{\"error\":\"invalid_grant", "\uD800\uDFFF\uDBFF error=\uDC00",
                "error_description: " + "y ".repeat(100_000), "OAUTH_" + "A_".repeat(200_000),
                "\"error\":\"" + "\\\"".repeat(100_000), "invalid_grant: " + "z".repeat(100_000));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextGivesAShortAnswerAndNoException(String text) {
        ReportedError e = OAuthErrors.parse(text);
        assertThat(e).isNotNull();
        assertThat(e.families()).isNotNull();
        if (e.code() != null) {
            assertThat(e.code().length()).isLessThanOrEqualTo(OAuthErrors.MAX_FIELD);
        }
        if (e.description() != null) {
            assertThat(e.description().length()).isLessThanOrEqualTo(OAuthErrors.MAX_FIELD);
            assertThat(e.description()).doesNotContain("\u0000", "\n", "\r");
        }
    }

    @Test
    void controlCharactersInsideAnErrorAreSpacesAndItIsStillFound() {
        ReportedError e = OAuthErrors.parse("\u001b[31merror=redirect_uri_mismatch\u0000&error_description="
                + "redirect_uri+must+match+configuration\u001b[0m");
        assertThat(e.code()).isEqualTo("redirect_uri_mismatch");
        assertThat(e.description()).isEqualTo("redirect_uri must match configuration");
        assertThat(e.families()).containsExactly(REDIRECT_URI_MISMATCH);
    }

    @Test
    void anErrorBeyondTheReadLengthIsNotLookedFor() {
        String late = " ".repeat(OAuthErrors.MAX_INPUT) + "error=redirect_uri_mismatch";
        assertThat(OAuthErrors.parse(late).families()).isEmpty();
        assertThat(OAuthErrors.parse(late.strip()).families()).containsExactly(REDIRECT_URI_MISMATCH);
    }
}
