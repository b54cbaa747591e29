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
