package io.github.ecamaven.eca.model.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.values.SalesforceValues.CallbackDefect;
import org.junit.jupiter.api.Test;

class SalesforceValuesTest {

    @Test
    void apiNames() {
        assertThat(SalesforceValues.apiNameProblem("Nango_Integration", 40)).isNull();
        assertThat(SalesforceValues.apiNameProblem("A".repeat(40), 40)).isNull();
        assertThat(SalesforceValues.apiNameProblem("A".repeat(41), 40)).contains("41 characters", "limit is 40");
        assertThat(SalesforceValues.apiNameProblem("1App", 40)).contains("start with a letter");
        assertThat(SalesforceValues.apiNameProblem("My App", 40)).contains("only letters");
        assertThat(SalesforceValues.apiNameProblem("My_", 40)).contains("end with an underscore");
        assertThat(SalesforceValues.apiNameProblem("My__App", 40)).contains("two underscores");
        assertThat(SalesforceValues.apiNameSuggestion("My App!", 40)).isEqualTo("My_App");
        assertThat(SalesforceValues.apiNameSuggestion("A".repeat(45), 40)).hasSize(40);
    }

    @Test
    void aSuggestionKeepsAccentedLettersAsTheirBaseLetters() {
        assertThat(SalesforceValues.apiNameProblem("Ünïcode_App", 40)).isEqualTo("must start with a letter of A-Z"
                + " (no accents)");
        assertThat(SalesforceValues.apiNameProblem("Unïcode_App", 40)).isEqualTo("may contain only letters, digits"
                + " and underscores (letters of A-Z, no accents)");
        assertThat(SalesforceValues.apiNameProblem("My App", 40)).isEqualTo("may contain only letters, digits and"
                + " underscores");
        assertThat(SalesforceValues.apiNameSuggestion("Ünïcode_App", 40)).isEqualTo("Unicode_App");
        assertThat(SalesforceValues.apiNameSuggestion("Café Crème", 40)).isEqualTo("Cafe_Creme");
        assertThat(SalesforceValues.apiNameSuggestion("Straße_Łódź_Ærø", 40)).isEqualTo("Strasse_Lodz_AEro");
        assertThat(SalesforceValues.apiNameSuggestion("中文_App", 40)).isEqualTo("App");
        assertThat(SalesforceValues.apiNameProblem(SalesforceValues.apiNameSuggestion("Ünïcode_App", 40), 40)).isNull();
    }

    @Test
    void namespaces() {
        assertThat(SalesforceValues.namespaceProblem("acme")).isNull();
        assertThat(SalesforceValues.namespaceProblem("a_b")).isNull();
        assertThat(SalesforceValues.namespaceProblem("abc_")).contains("not ending with an underscore");
        assertThat(SalesforceValues.namespaceProblem("a__b")).isNotNull();
        assertThat(SalesforceValues.namespaceProblem("1abc")).isNotNull();
        assertThat(SalesforceValues.namespaceProblem("a".repeat(15))).isNull();
        assertThat(SalesforceValues.namespaceProblem("a".repeat(16))).contains("at most 15");
    }

    @Test
    void versionNumbers() {
        assertThat(SalesforceValues.versionNumberProblem("0.1.0.NEXT")).isNull();
        assertThat(SalesforceValues.versionNumberProblem("1.2.3.4")).isNull();
        assertThat(SalesforceValues.versionNumberProblem("1.2.3")).isNotNull();
        assertThat(SalesforceValues.versionNumberProblem("1.2.3.next")).isNotNull();
    }

    @Test
    void loopbackIsLocalhostThe127NetworkAndIpv6One() {
        assertThat(SalesforceValues.isLoopbackHost("localhost")).isTrue();
        assertThat(SalesforceValues.isLoopbackHost("127.0.0.1")).isTrue();
        assertThat(SalesforceValues.isLoopbackHost("127.0.0.2")).isTrue();
        assertThat(SalesforceValues.isLoopbackHost("[::1]")).isTrue();
        assertThat(SalesforceValues.isLoopbackHost("127.evil.example.com")).isFalse();
        assertThat(SalesforceValues.isLoopbackHost("127.0.0.256")).isFalse();
        assertThat(SalesforceValues.isLoopbackHost("localhost.example.com")).isFalse();
        assertThat(SalesforceValues.isLoopbackHost(null)).isFalse();
    }

    @Test
    void aCallbackWithCredentialsIsRefusedAndNeverShownWithThePassword() {
        String url = "https://user:s3cr3t-pass@host.example.com/cb";
        assertThat(SalesforceValues.callbackProblem(url).reason()).contains("user name or password")
                .doesNotContain("s3cr3t-pass");
        assertThat(SalesforceValues.callbackForDisplay(url)).isEqualTo("https://***@host.example.com/cb");
        assertThat(SalesforceValues.callbackForDisplay("https://u:p@ss@h.example.com/c@b"))
                .isEqualTo("https://***@h.example.com/c@b");
        assertThat(SalesforceValues.callbackProblem("https://u:p@ss@h.example.com/cb").reason())
                .doesNotContain("p@ss");
        assertThat(SalesforceValues.callbackForDisplay("https://h.example.com/a@b?x=@#@"))
                .isEqualTo("https://h.example.com/a@b?x=@#@");
        assertThat(SalesforceValues.callbackForDisplay("not a url")).isEqualTo("not a url");
    }

    @Test
    void fragmentsPortsAndInternationalisedHosts() {
        assertThat(SalesforceValues.callbackProblem("https://h.example.com/cb#frag").reason())
                .contains("fragment ('#frag')", "must not have");
        assertThat(SalesforceValues.callbackProblem("https://h.example.com/cb#")).isNotNull();
        assertThat(SalesforceValues.callbackProblem("https://h.example.com:99999/cb").reason())
                .contains("port 99999", "1 to 65535");
        assertThat(SalesforceValues.callbackProblem("https://h.example.com:0/cb").reason()).contains("port 0");
        assertThat(SalesforceValues.callbackProblem("https://h.example.com:99999999999/cb").reason())
                .contains("port 99999999999");
        assertThat(SalesforceValues.callbackProblem("https://h.example.com:65535/cb")).isNull();
        assertThat(SalesforceValues.callbackProblem("http://[::1]:1/cb")).isNull();
        assertThat(SalesforceValues.callbackProblem("https://bücher.example/cb").reason())
                .contains("internationalised host 'bücher.example'", "https://xn--bcher-kva.example/cb")
                .doesNotContain("has no host");
        assertThat(SalesforceValues.callbackProblem("https://xn--bcher-kva.example/cb")).isNull();
        assertThat(SalesforceValues.callbackProblem("https://b\u00fccher..example/cb").reason())
                .contains("not a valid internationalised domain name");
        assertThat(SalesforceValues.callbackProblem("https://").defect()).isEqualTo(CallbackDefect.SYNTAX);
    }

    @Test
    void contactEmails() {
        assertThat(SalesforceValues.emailProblem("ops@example.com")).isNull();
        assertThat(SalesforceValues.emailProblem("first.last+eca@mail-1.example.co.uk")).isNull();
        assertThat(SalesforceValues.emailProblem("a@x..com")).contains("empty label");
        assertThat(SalesforceValues.emailProblem("a@.x.com")).contains("empty label");
        assertThat(SalesforceValues.emailProblem("a.@x.com")).contains("empty piece");
        assertThat(SalesforceValues.emailProblem("a..b@x.com")).contains("empty piece");
        assertThat(SalesforceValues.emailProblem("a@b@x.com")).contains("exactly one '@'");
        assertThat(SalesforceValues.emailProblem("@x.com")).contains("nothing before");
        assertThat(SalesforceValues.emailProblem("a@")).contains("no domain");
        assertThat(SalesforceValues.emailProblem("a@localhost")).contains("has no dot");
        assertThat(SalesforceValues.emailProblem("a b@x.com")).contains("only letters");
        assertThat(SalesforceValues.emailProblem("a@-x.com")).contains("'-x'");
        assertThat(SalesforceValues.emailProblem("a@bücher.de")).contains("punycode");
    }

    @Test
    void certificates() throws Exception {
        String pem;
        try (var in = getClass().getResourceAsStream("/values/test-certificate.pem")) {
            pem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").strip();
        assertThat(SalesforceValues.certificateProblem(pem)).isNull();
        assertThat(SalesforceValues.certificateProblem(body)).isNull();
        byte[] random = new byte[600_000];
        new java.util.Random(1).nextBytes(random);
        String noise = java.util.Base64.getMimeEncoder().encodeToString(random);
        assertThat(noise.length()).isGreaterThan(800_000);
        assertThat(SalesforceValues.certificateProblem(noise)).contains("is not an X.509 certificate")
                .doesNotContain(noise.substring(0, 20));
        assertThat(SalesforceValues.certificateProblem(body.substring(0, body.length() / 2)))
                .contains("is not an X.509 certificate");
        assertThat(SalesforceValues.certificateProblem("my certificate!")).contains("is not base64");
        assertThat(SalesforceValues.certificateProblem("-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----"))
                .contains("another kind");
        assertThat(SalesforceValues.certificateProblem(" ")).isEqualTo("is empty");
    }

    @Test
    void callbacks() {
        assertThat(SalesforceValues.callbackProblem("http://localhost:1717/OauthRedirect")).isNull();
        assertThat(SalesforceValues.callbackProblem("http://127.0.0.2/cb")).isNull();
        assertThat(SalesforceValues.callbackProblem("sfdc://oauth/jwt/success")).isNull();
        assertThat(SalesforceValues.callbackProblem("https://api.nango.dev/oauth/callback")).isNull();
        assertThat(SalesforceValues.callbackProblem("http://api.nango.dev/cb").defect()).isEqualTo(CallbackDefect.SCHEME);
        assertThat(SalesforceValues.callbackProblem("http://127.evil.example.com/cb").defect())
                .isEqualTo(CallbackDefect.SCHEME);
        assertThat(SalesforceValues.callbackProblem("javascript:alert(1)").defect()).isEqualTo(CallbackDefect.SCHEME);
        assertThat(SalesforceValues.callbackProblem("JavaScript:alert(1)").reason()).contains("javascript:");
        assertThat(SalesforceValues.callbackProblem("data:text/html,x").defect()).isNotNull();
        assertThat(SalesforceValues.callbackProblem("/relative").defect()).isEqualTo(CallbackDefect.SYNTAX);
        assertThat(SalesforceValues.callbackProblem("https:///path").defect()).isEqualTo(CallbackDefect.SYNTAX);
        assertThat(SalesforceValues.callbackProblem("https://*.example.com/cb").reason()).contains("wildcard");
        assertThat(SalesforceValues.callbackProblem("https://a.example.com/cb,https://b.example.com/cb").defect())
                .isEqualTo(CallbackDefect.SYNTAX);
        assertThat(SalesforceValues.splitCallbacks("https://a/cb\r\n\n  https://b/cb  \n")).containsExactly(
                "https://a/cb", "https://b/cb");
        assertThat(SalesforceValues.callbacksLengthProblem("x".repeat(2000))).isNull();
        assertThat(SalesforceValues.callbacksLengthProblem("x".repeat(2001))).contains("2001");
    }

    @Test
    void scopeTokens() {
        assertThat(SalesforceValues.isScopeToken("Api")).isTrue();
        assertThat(SalesforceValues.isScopeToken("DataCloudUserClaims")).isTrue();
        assertThat(SalesforceValues.isScopeToken("api")).isFalse();
        assertThat(SalesforceValues.scopeTokens()).contains("RefreshToken", "DataCloudUserClaims");
    }
}
