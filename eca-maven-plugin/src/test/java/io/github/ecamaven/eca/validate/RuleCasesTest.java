package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.model.values.SalesforceValues.*;
import static io.github.ecamaven.eca.validate.TestProject.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule with at least one failing and one passing input, and a pair of them that differ only in the value the
 * rule checks (for a length or count rule: its limit, read from where the rule reads it, and one above). A case
 * edits the clean project and lists the findings of its rule, as {@code path:line SEVERITY}; a passing case lists
 * none and is never the clean project itself ({@link #cleanProjectsHaveNoFindings} covers that).
 */
class RuleCasesTest {

    /** A case; {@code contrast} names the pair it is half of (the same edit with a passing or a failing value). */
    record Case(String rule, String name, Profile profile, UnaryOperator<TestProject> edit, List<String> expected,
            String contrast) {
        @Override
        public String toString() {
            return rule + " " + name;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void fail(String rule, String name, UnaryOperator<TestProject> edit, String... expected) {
        CASES.add(new Case(rule, name, Profile.DEFAULT, edit, List.of(expected), null));
    }

    private static void fail(String rule, String name, Profile p, UnaryOperator<TestProject> edit,
            String... expected) {
        CASES.add(new Case(rule, name, p, edit, List.of(expected), null));
    }

    private static void pass(String rule, String name, UnaryOperator<TestProject> edit) {
        CASES.add(new Case(rule, "passes: " + name, Profile.DEFAULT, edit, List.of(), null));
    }

    private static void pass(String rule, String name, Profile p, UnaryOperator<TestProject> edit) {
        CASES.add(new Case(rule, "passes: " + name, p, edit, List.of(), null));
    }

    /**
     * A passing and a failing case that differ only in {@code passing} against {@code failing}, the one thing the rule
     * checks: both are {@code edit} of the clean project with that value.
     */
    private static void contrast(String rule, String name, Function<String, UnaryOperator<TestProject>> edit,
            String passing, String failing, String... expected) {
        contrast(rule, name, Profile.DEFAULT, edit, passing, failing, expected);
    }

    private static void contrast(String rule, String name, Profile p, Function<String, UnaryOperator<TestProject>> edit,
            String passing, String failing, String... expected) {
        String pair = rule + " " + name;
        CASES.add(new Case(rule, "passes: " + name + ": " + shown(passing), p, edit.apply(passing), List.of(), pair));
        CASES.add(new Case(rule, name + ": " + shown(failing), p, edit.apply(failing), List.of(expected), pair));
    }

    /** The app retrieved from org 00D000000000001 with its OAuth settings linked to a consumer of org {@code org}. */
    private static TestProject linked(TestProject p, String org) {
        return p.edit(ECA, "    <label>Nango App</label>\n", "    <label>Nango App</label>\n"
                + "    <orgScopedExternalApp>00D000000000001:Nango_App</orgScopedExternalApp>\n")
                .edit(OAUTH, "    <label>Nango_App_oauth</label>\n", "    <label>Nango_App_oauth</label>\n"
                        + "    <oauthLink>" + org + ":888000000000001</oauthLink>\n");
    }

    /** A value as a case's name shows it: one line, long runs of one character counted. */
    private static String shown(String value) {
        String oneLine = value.strip().replace("\n", "⏎");
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("(.)\\1{19,}").matcher(oneLine);
        StringBuilder b = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(
                    run.group(1) + "×" + run.group().length()));
        }
        String t = run.appendTail(b).toString();
        return t.isEmpty() ? "(nothing)" : t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private static final String SECRET_SETTINGS = "force-app/main/default/settings/ExternalClientApp.settings-meta.xml";
    private static final String SECRET_SETTINGS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExternalClientAppSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <enableClientSecretInRestApiAccess>VALUE</enableClientSecretInRestApiAccess>
            </ExternalClientAppSettings>
            """;

    /** A fresh PKCS#8 RSA private key in base64, without PEM armour. */
    private static final String UNARMOURED_KEY = unarmouredKey();

    private static String unarmouredKey() {
        try {
            java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
            g.initialize(1024);
            return java.util.Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real X.509 certificate in PEM, BEGIN and END lines included. */
    private static final String CERTIFICATE = pem();

    private static String pem() {
        try (var in = RuleCasesTest.class.getResourceAsStream("/generate/jwt-test.crt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The clean project's one callback. */
    private static final String CALLBACK = "https://api.nango.dev/oauth/callback";

    private static final String CC = "    <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>\n";

    static {
        // Schema
        fail("ECA-XML-002", "no namespace", p -> p.edit(OAUTH, " xmlns=\"http://soap.sforce.com/2006/04/metadata\"",
                ""), OAUTH + ":2 ERROR");
        fail("ECA-XML-002", "wrong root", p -> p.edit(OAUTH, "ExtlClntAppOauthSettings", "ExtlClntAppOauthSetting"),
                OAUTH + ":2 ERROR");
        fail("ECA-XML-003", "typo", p -> p.edit(ECA, "<isProtected>false</isProtected>",
                "<isProtectd>false</isProtectd>"), ECA + ":5 ERROR");
        pass("ECA-XML-003", "element of another type is ECA-XML-008's", p -> p.edit(OAUTH, "    <label>Nango_App_oauth",
                "    <callbackUrl>https://a.example.com/cb</callbackUrl>\n    <label>Nango_App_oauth"));
        fail("ECA-XML-009", "conflicting distributionState", p -> p.edit(ECA, "<distributionState>Local</distributionState>\n",
                "<distributionState>Local</distributionState>\n    <distributionState>Packaged</distributionState>\n"),
                ECA + ":5 ERROR");
        fail("ECA-XML-009", "manifest version twice", p -> p.edit(MANIFEST, "    <version>64.0</version>\n",
                "    <version>64.0</version>\n    <version>66.0</version>\n"), MANIFEST + ":24 ERROR");
        fail("ECA-XML-004", "Packageable and AdminApproved", p -> p.edit(ECA, ">Local<", ">Packageable<")
                .edit(OAUTH_PLCY, "AllSelfAuthorized", "AdminApproved"), ECA + ":4 ERROR", OAUTH_PLCY + ":6 ERROR");
        fail("ECA-XML-005", "False and 30d", p -> p.edit(ECA, ">false<", ">False<").edit(OAUTH_PLCY, ">30<", ">30d<"),
                ECA + ":5 ERROR", OAUTH_PLCY + ":8 ERROR");
        fail("ECA-XML-006", "satellite without its app", p -> p.edit(PLCY,
                "    <externalClientApplication>Nango_App</externalClientApplication>\n", ""), PLCY + ":2 ERROR");
        fail("ECA-XML-007", "no sourceApiVersion: the manifest version decides", p -> p.edit(JSON,
                ",\n  \"sourceApiVersion\": \"64.0\"", "").edit(MANIFEST, ">64.0<", ">59.0<"), GLOBAL + ":8 ERROR");
        pass("ECA-XML-007", "no version anywhere", p -> p.edit(JSON, ",\n  \"sourceApiVersion\": \"64.0\"", "")
                .remove(MANIFEST));
        fail("ECA-XML-008", "callbackUrl in .ecaOauth", p -> p.edit(OAUTH, "    <label>Nango_App_oauth",
                "    <callbackUrl>https://a.example.com/cb</callbackUrl>\n    <label>Nango_App_oauth"),
                OAUTH + ":5 ERROR");
        fail("ECA-FILE-001", ".ecaGlobalOauth", p -> p.move(GLOBAL, D + "extlClntAppGlobalOauthSets/"
                + "Nango_App_glbloauth.ecaGlobalOauth-meta.xml"),
                D + "extlClntAppGlobalOauthSets/Nango_App_glbloauth.ecaGlobalOauth-meta.xml:1 ERROR");
        fail("ECA-FILE-002", "extlClntAppGlobalOauthSettings/", p -> p.move(GLOBAL, D
                + "extlClntAppGlobalOauthSettings/Nango_App_glbloauth.ecaGlblOauth-meta.xml"),
                D + "extlClntAppGlobalOauthSettings/Nango_App_glbloauth.ecaGlblOauth-meta.xml:1 ERROR");
        pass("ECA-FILE-002", "unrelated folder", p -> p.move(PLCY, "force-app/other/Nango_App_plcy.ecaPlcy-meta.xml"));
        fail("ECA-XML-010", "no domain, a space, no dot", p -> p.edit(ECA, "ops@example.com", "ops@")
                .put(D + "externalClientApps/B_App.eca-meta.xml", TestProject.clean().text(ECA)
                        .replace("ops@example.com", "o ps@example.com"))
                .put(D + "externalClientApps/C_App.eca-meta.xml", TestProject.clean().text(ECA)
                        .replace("ops@example.com", "ops@localhost")),
                D + "externalClientApps/B_App.eca-meta.xml:3 ERROR",
                D + "externalClientApps/C_App.eca-meta.xml:3 ERROR", ECA + ":3 ERROR");
        // Names and references
        fail("ECA-NAME-001", "double underscore", p -> p.move(ECA, D + "externalClientApps/Nango__App.eca-meta.xml"),
                D + "externalClientApps/Nango__App.eca-meta.xml:1 ERROR");
        fail("ECA-REF-001", "unknown app", p -> p.edit(PLCY, ">Nango_App<", ">Nango_Ap<"), PLCY + ":3 ERROR");
        fail("ECA-REF-001", "a policy of an app from another repository: a warning", p -> p.edit(PLCY, ">Nango_App<",
                ">Billing_Service<"), PLCY + ":3 WARNING");
        fail("ECA-REF-001", "OAuth settings of an absent app: an error (they ship with their app)", p -> p.edit(OAUTH,
                ">Nango_App<", ">Billing_Service<"), OAUTH + ":4 ERROR");
        pass("ECA-REF-001", "a policy for another app, listed in .forceignore (not deployed)", p -> p.edit(PLCY,
                ">Nango_App<", ">Other_App<").put(".forceignore", "# kept for reference\nextlClntAppPolicies/\n"));
        fail("ECA-REF-002", "policies without OAuth settings", p -> p.remove(OAUTH), GLOBAL + ":4 WARNING",
                OAUTH_PLCY + ":3 WARNING");
        fail("ECA-REF-003", "two policies for one app", p -> p.put(D + "extlClntAppPolicies/Nango_App_plcy2.ecaPlcy-meta.xml",
                TestProject.clean().text(PLCY)), D + "extlClntAppPolicies/Nango_App_plcy2.ecaPlcy-meta.xml:3 ERROR");
        // OAuth
        fail("ECA-CB-001", "http", p -> p.edit(GLOBAL, "https://api.nango", "http://api.nango"), GLOBAL + ":3 ERROR");
        pass("ECA-CB-001", "http on localhost and a custom scheme", p -> p.edit(GLOBAL,
                "https://api.nango.dev/oauth/callback", "http://localhost:3000/cb\nmyapp://auth/success"));
        fail("ECA-CB-001", "http on a host that only starts with 127.", p -> p.edit(GLOBAL, "https://api.nango",
                "http://127.evil.example.com"), GLOBAL + ":3 ERROR");
        fail("ECA-CB-001", "javascript: scheme", p -> p.edit(GLOBAL, "https://api.nango.dev/oauth/callback",
                "javascript:alert(1)"), GLOBAL + ":3 ERROR");
        fail("ECA-CB-002", "https without a host", p -> p.edit(GLOBAL, "https://api.nango.dev/oauth/callback",
                "https:///oauth/callback"), GLOBAL + ":3 ERROR");
        fail("ECA-CB-002", "wildcard", p -> p.edit(GLOBAL, "https://api.nango.dev", "https://*.nango.dev"),
                GLOBAL + ":3 ERROR");
        fail("ECA-CB-002", "second line not a URL", p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback\nnot a url<"), GLOBAL + ":4 ERROR");
        fail("ECA-CB-002", "comma-separated", p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback,https://b.example.com/cb<"), GLOBAL + ":3 ERROR");
        pass("ECA-CB-002", "newline-separated", p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback\nhttps://b.example.com/cb<"));
        fail("ECA-CB-002", "user and password before the host", p -> p.edit(GLOBAL, "https://api.nango.dev",
                "https://user:pass@api.nango.dev"), GLOBAL + ":3 ERROR");
        fail("ECA-CB-002", "a fragment, also an empty one", p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback#frag\nhttps://b.example.com/cb#<"), GLOBAL + ":3 ERROR", GLOBAL + ":4 ERROR");
        fail("ECA-CB-002", "ports 0, 99999 and one beyond int", p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback\nhttps://b.example.com:0/cb\nhttps://b.example.com:99999/cb\n"
                        + "https://b.example.com:99999999999/cb<"), GLOBAL + ":4 ERROR", GLOBAL + ":5 ERROR",
                GLOBAL + ":6 ERROR");
        pass("ECA-CB-002", "ports 1 and 65535, IPv6 with a port, a query", p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback\nhttps://b.example.com:1/cb\nhttps://b.example.com:65535/cb?tenant=a\n"
                        + "http://[::1]:8080/cb<"));
        fail("ECA-CB-004", "nango callback missing", Profile.NANGO, p -> p.edit(GLOBAL, "api.nango.dev",
                "api.example.com"), GLOBAL + ":3 ERROR");
        fail("ECA-OAUTH-008", "not base64 at all", p -> p.edit(GLOBAL, "    <externalClientApplication>",
                "    <certificate>my certificate</certificate>\n    <externalClientApplication>"), GLOBAL + ":4 ERROR");
        pass("ECA-OAUTH-008", "a private key is ECA-SEC-007's", p -> p.edit(GLOBAL, "    <externalClientApplication>",
                "    <certificate>-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----</certificate>\n"
                        + "    <externalClientApplication>"));
        fail("ECA-SCOPE-002", "nango without RefreshToken", Profile.NANGO, p -> p.edit(OAUTH, "Api, RefreshToken",
                "Api"), OAUTH + ":3 ERROR");
        fail("ECA-OAUTH-001", "PKCE off in a Local app", p -> p.edit(GLOBAL, "<isPkceRequired>true",
                "<isPkceRequired>false"), GLOBAL + ":7 WARNING");
        fail("ECA-OAUTH-001", "nango raises it", Profile.NANGO, p -> p.edit(GLOBAL, "<isPkceRequired>true",
                "<isPkceRequired>false"), GLOBAL + ":7 ERROR");
        fail("ECA-OAUTH-002", "secret optional", p -> p.edit(GLOBAL, "<isConsumerSecretOptional>false",
                "<isConsumerSecretOptional>true").edit(GLOBAL, "<isSecretRequiredForRefreshToken>true",
                "<isSecretRequiredForRefreshToken>false"), GLOBAL + ":5 WARNING", GLOBAL + ":9 WARNING");
        fail("ECA-OAUTH-005", "period without unit", p -> p.edit(OAUTH_PLCY,
                "    <refreshTokenValidityUnit>Days</refreshTokenValidityUnit>\n", ""), OAUTH_PLCY + ":8 ERROR");
        fail("ECA-OAUTH-007", "named-user JWT on the CLI app", p -> p.edit(GLOBAL,
                "https://api.nango.dev/oauth/callback", "http://localhost:1717/OauthRedirect")
                .edit(GLOBAL, "    <isPkceRequired>", "    <isNamedUserJwtEnabled>true</isNamedUserJwtEnabled>\n"
                        + "    <isPkceRequired>"), GLOBAL + ":7 WARNING");
        // Secrets and org-specific data
        fail("ECA-SEC-001", "consumerSecret in a linked file inside the project", p -> p.put("shared/global.xml",
                p.text(GLOBAL).replace("    <externalClientApplication>",
                        "    <consumerSecret>S3CR3T</consumerSecret>\n    <externalClientApplication>"))
                .put(GLOBAL, RuleExample.link("../../../../shared/global.xml")), GLOBAL + ":4 ERROR");
        fail("ECA-SEC-001", "consumerSecret in a Connected App", p -> p.put(CONNECTED_APP, connectedApp(
                "        <consumerKey>3MVG9abc</consumerKey>\n        <consumerSecret>S3CR3T</consumerSecret>\n")),
                CONNECTED_APP + ":7 ERROR");
        pass("ECA-SEC-001", "Connected App without a secret", p -> p.put(CONNECTED_APP, connectedApp(
                "        <consumerKey>3MVG9abc</consumerKey>\n")));
        fail("ECA-SEC-001", "secret-like names: other case, prefix, misspelt, password", p -> p
                .edit(GLOBAL, "    <externalClientApplication>", "    <ConsumerSecret>S3CR3T</ConsumerSecret>\n"
                        + "    <md:consumerSecret xmlns:md=\"urn:x\">S3CR3T</md:consumerSecret>\n"
                        + "    <externalClientApplication>")
                .put(CONNECTED_APP, connectedApp("        <consumerKey>3MVG9abc</consumerKey>\n"
                        + "        <consumerSecert>S3CR3T</consumerSecert>\n        <privateKey>S3CR3T</privateKey>\n")
                        .replace("</ConnectedApp>", "    <password>S3CR3T</password>\n</ConnectedApp>")),
                CONNECTED_APP + ":7 ERROR", CONNECTED_APP + ":8 ERROR", CONNECTED_APP + ":10 ERROR",
                GLOBAL + ":4 ERROR", GLOBAL + ":5 ERROR");
        pass("ECA-SEC-001", "flags about secrets and empty secret elements", p -> p.edit(GLOBAL,
                "    <externalClientApplication>", "    <consumerSecret/>\n    <externalClientApplication>"));
        fail("ECA-SEC-007", "PKCS#8, EC, encrypted and OpenSSH keys anywhere", p -> p
                .edit(OAUTH, "    <label>", "    <!-- -----BEGIN PRIVATE KEY----- -->\n    <label>")
                .edit(ECA, "    <label>", "    <description>-----BEGIN EC PRIVATE KEY-----</description>\n    <label>")
                .edit(MANIFEST, "    <version>", "    <!-- -----BEGIN ENCRYPTED PRIVATE KEY----- -->\n    <version>")
                .put(CONNECTED_APP, connectedApp("        <certificate>-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl"
                        + "\n-----END OPENSSH PRIVATE KEY-----</certificate>\n")),
                CONNECTED_APP + ":6 ERROR", ECA + ":6 ERROR", OAUTH + ":5 ERROR", MANIFEST + ":23 ERROR");
        fail("ECA-SEC-007", "a PKCS#8 key in base64 without armour", p -> p.edit(GLOBAL,
                "    <externalClientApplication>", "    <certificate>" + UNARMOURED_KEY
                        + "</certificate>\n    <externalClientApplication>"), GLOBAL + ":4 ERROR");
        fail("ECA-PROJ-011", "file linked to outside the project", p -> p.put(D + "externalClientApps/Shared.eca-meta.xml",
                RuleExample.link("../../../../../elsewhere/Shared.eca-meta.xml")),
                D + "externalClientApps/Shared.eca-meta.xml:1 WARNING");
        pass("ECA-PROJ-011", "file linked inside the project", p -> p.put("shared/app.xml", p.text(ECA))
                .put(ECA, RuleExample.link("../../../../shared/app.xml")));
        fail("ECA-PROJ-012", "temp files of an interrupted write", p -> p
                .put(D + "externalClientApps/.eca1234567890-7.tmp", p.text(ECA))
                .put(D + "extlClntAppOauthSettings/.eca98765432101234567.tmp", "<?xml version=\"1.0\"?>\n<Ext"),
                D + "externalClientApps/.eca1234567890-7.tmp:1 WARNING",
                D + "extlClntAppOauthSettings/.eca98765432101234567.tmp:1 WARNING");
        pass("ECA-PROJ-012", "temp files under the build directory, a dot file of another name", p -> p
                .put("target/eca/tmp/.eca1234567890-7.tmp", p.text(ECA))
                .put(D + "externalClientApps/.ecarc", "not ours"));
        fail("ECA-PROJ-013", "Connected App in Metadata API format beside the ECA it was migrated to", p -> p
                .put(D + "connectedApps/Nango_App.connectedApp", connectedApp("")),
                D + "connectedApps/Nango_App.connectedApp:1 WARNING");
        pass("ECA-PROJ-013", "a Connected App of another name, one kept out by .forceignore", p -> p
                .put(CONNECTED_APP, connectedApp(""))
                .put(D + "connectedApps/Nango_App.connectedApp-meta.xml", connectedApp(""))
                .put(".forceignore", "**/connectedApps/Nango_App.connectedApp*\n"));
        fail("ECA-SEC-002", "global settings in the package", p -> p.packaged().move(PACKAGED_GLOBAL, GLOBAL),
                GLOBAL + ":1 ERROR");
        fail("ECA-SEC-003", "oauthLink into another org than the header's, global settings here",
                p -> linked(p, "00D000000000002"), OAUTH + ":6 WARNING");
        pass("ECA-SEC-003", "a linked copy: oauthLink to the source org, no global settings here (org 2 formation)",
                p -> linked(p, "00D000000000002").remove(GLOBAL));
        pass("ECA-SEC-003", "oauthLink and orgScopedExternalApp kept in a Packaged app",
                p -> linked(p.packaged(), "00D000000000001"));
        // Security by distribution
        fail("ECA-SEC-004", "Infinite in a Local app", p -> p.edit(OAUTH_PLCY, "SpecificInactivity", "Infinite"),
                OAUTH_PLCY + ":7 WARNING");
        fail("ECA-SEC-004", "Infinite in a Packaged app's policies: only the org they are deployed to",
                p -> p.packaged().edit(OAUTH_PLCY, "SpecificInactivity", "Infinite"), OAUTH_PLCY + ":7 WARNING");
        fail("ECA-SEC-004", "a Packaged app without the developer switch", p -> p.packaged()
                .edit(PACKAGED_GLOBAL, IDLE_LIMIT_ON, ""), PACKAGED_GLOBAL + ":2 ERROR");
        fail("ECA-SEC-004", "a Packaged app with the developer switch off", p -> p.packaged()
                .edit(PACKAGED_GLOBAL, ">true</isEnforceRefreshTokenTTL>", ">false</isEnforceRefreshTokenTTL>"),
                PACKAGED_GLOBAL + ":6 ERROR");
        fail("ECA-SEC-004", "the developer switch is dated 67.0: a note at 66.0", p -> p.packaged()
                .edit(PACKAGED_GLOBAL, IDLE_LIMIT_ON, "").edit(JSON, "\"67.0\"", "\"66.0\""),
                PACKAGED_GLOBAL + ":2 INFO");
        pass("ECA-SEC-004", "a Packaged app without the RefreshToken scope needs no switch", p -> p.packaged().edit(PACKAGED_GLOBAL, IDLE_LIMIT_ON, "")
                .edit(OAUTH, "Api, RefreshToken", "Api"));
        fail("ECA-SEC-004", "a day above the limit (the clean project is at it)", p -> p.edit(OAUTH_PLCY,
                ">" + REFRESH_TOKEN_IDLE_DAYS_MAX + "<", ">" + (REFRESH_TOKEN_IDLE_DAYS_MAX + 1) + "<"),
                OAUTH_PLCY + ":8 WARNING");
        fail("ECA-SEC-004", "isv profile asks a Local app for the developer switch", Profile.ISV,
                p -> p.edit(JSON, "\"64.0\"", "\"67.0\""), GLOBAL + ":2 ERROR");
        pass("ECA-SEC-004", "isv profile: a Local app with the developer switch", Profile.ISV,
                p -> p.edit(JSON, "\"64.0\"", "\"67.0\"").edit(GLOBAL, "    <isIntrospectAllTokens>",
                        IDLE_LIMIT_ON + "    <isIntrospectAllTokens>"));
        fail("ECA-SEC-005", "rotation off in a Packaged app", p -> p.packaged().edit(PACKAGED_GLOBAL,
                "<isRefreshTokenRotationEnabled>true", "<isRefreshTokenRotationEnabled>false"),
                PACKAGED_GLOBAL + ":9 ERROR");
        fail("ECA-SEC-006", "PKCE off in a Packaged app", p -> p.packaged().edit(PACKAGED_GLOBAL,
                "<isPkceRequired>true", "<isPkceRequired>false"), PACKAGED_GLOBAL + ":8 ERROR");
        // Project files
        fail("ECA-PROJ-001", "a // comment", p -> p.edit(JSON, "\"name\": \"nango\",", "\"name\": \"nango\", // x"),
                JSON + ":8 ERROR");
        fail("ECA-PROJ-001", "trailing comma", p -> p.edit(JSON, "\"64.0\"\n", "\"64.0\",\n"), JSON + ":12 ERROR");
        fail("ECA-PROJ-001", "a key twice, also inside an entry", p -> p.edit(JSON, "\"name\": \"nango\",",
                "\"name\": \"nango\",\n  \"name\": \"other\",").edit(JSON, "\"default\": true",
                "\"default\": false,\n      \"default\": true"), JSON + ":6 ERROR", JSON + ":10 ERROR");
        fail("ECA-PROJ-002", "no default", p -> p.edit(JSON, "\"default\": true", "\"default\": false"),
                JSON + ":2 ERROR");
        pass("ECA-PROJ-002", "single entry is the default", p -> p.edit(JSON, "\"force-app\",\n      \"default\": true",
                "\"force-app\""));
        fail("ECA-PROJ-003", "missing directory", p -> p.edit(JSON, "\"force-app\"", "\"force-ap\""),
                JSON + ":4 ERROR");
        fail("ECA-PROJ-003", "a package directory inside another, and the root", p -> p.edit(JSON,
                "\"default\": true\n    }", "\"default\": true\n    },\n    {\n      \"path\":"
                        + " \"force-app/main/default\"\n    },\n    {\n      \"path\": \".\"\n    }"),
                JSON + ":8 ERROR", JSON + ":11 ERROR");
        fail("ECA-PROJ-003", "a package directory holding an earlier one", p -> p.edit(JSON,
                "\"path\": \"force-app\"", "\"path\": \"force-app/main/default\"").edit(JSON,
                "\"default\": true\n    }", "\"default\": true\n    },\n    {\n      \"path\":"
                        + " \"./force-app/\"\n    }"),
                JSON + ":8 ERROR");
        pass("ECA-PROJ-003", "folders side by side, one a prefix of the other's name", p -> p.edit(JSON,
                "\"default\": true\n    }", "\"default\": true\n    },\n    {\n      \"path\":"
                        + " \"force-app-org\"\n    }")
                .put("force-app-org/x.txt", "x"));
        fail("ECA-PROJ-004", "package name vs alias", p -> p.packaged().edit(JSON, "\"Nango\": \"0Ho",
                "\"Nango External\": \"0Ho"), JSON + ":6 ERROR");
        fail("ECA-PROJ-004", "no package created yet", p -> p.packaged().edit(JSON, ",\n  \"packageAliases\": {\n"
                + "    \"Nango\": \"0Ho000000000001AAA\"\n  }", ""), JSON + ":6 WARNING");
        fail("ECA-PROJ-005", "<PACKAGE_ID>", p -> p.packaged().edit(JSON, "0Ho000000000001AAA", "<PACKAGE_ID>"),
                JSON + ":17 ERROR");
        fail("ECA-PROJ-006", "<YOUR_NAMESPACE>", p -> p.packaged().edit(JSON, "\"namespace\": \"nango\"",
                "\"namespace\": \"<YOUR_NAMESPACE>\""), JSON + ":14 ERROR");
        fail("ECA-PROJ-008", "Packaged app without namespace, package type unknown: assumes Unlocked", p -> p.packaged()
                .edit(JSON, "\"namespace\": \"nango\"", "\"namespace\": \"\""), ECA + ":4 WARNING");
        fail("ECA-PROJ-009", "58.0 in package.xml and sfdx-project.json", p -> p.edit(MANIFEST, ">64.0<", ">58.0<")
                .edit(JSON, "\"64.0\"", "\"58.0\""), MANIFEST + ":23 ERROR", JSON + ":11 ERROR");
        pass("ECA-PROJ-009", "60.0 is enough for the five types", p -> p.edit(MANIFEST, ">64.0<", ">60.0<")
                .edit(JSON, "\"64.0\"", "\"60.0\""));
        fail("ECA-PROJ-009", "ExtlClntAppOauthSecuritySettings at 66.0: orgs emit it, a warning", p -> oauthSecurity(p)
                .edit(JSON, "\"64.0\"", "\"66.0\""), JSON + ":11 WARNING");
        fail("ECA-PROJ-009", "ExtlClntAppOauthSecuritySettings at 65.0: an error", p -> oauthSecurity(p)
                .edit(JSON, "\"64.0\"", "\"65.0\""), JSON + ":11 ERROR");
        pass("ECA-PROJ-009", "ExtlClntAppOauthSecuritySettings at 67.0", p -> oauthSecurity(p)
                .edit(JSON, "\"64.0\"", "\"67.0\""));
        fail("ECA-PROJ-010", "no sfdx-project.json", p -> p.remove(JSON), JSON + ":1 WARNING");
        fail("ECA-MAN-002", "misspelt type", p -> p.edit(MANIFEST, ">ExtlClntAppGlobalOauthSettings<",
                ">ExtlClntAppGlobalOauthSetting<"), MANIFEST + ":13 ERROR");

        // Pairs: the same edit with a passing and a failing value (the boundaries of the length and count rules at
        // the limit the rule reads, and one above)
        contrast("ECA-XML-001", "end tag of <label>", v -> p -> p.edit(OAUTH, "</label>", v), "</label >", "</labl>",
                OAUTH + ":5 ERROR");
        contrast("ECA-XML-002", "root of a second policies file", v -> p -> p.put(D
                + "extlClntAppPolicies/Nango_App_plcy2.ecaPlcy-meta.xml", TestProject.clean().text(PLCY)
                        .replace("ExtlClntAppConfigurablePolicies", v)), "ExtlClntAppConfigurablePolicies",
                "ExtlClntAppOauthConfigurablePolicies",
                D + "extlClntAppPolicies/Nango_App_plcy2.ecaPlcy-meta.xml:2 ERROR");
        contrast("ECA-XML-003", "an added element", v -> p -> p.edit(ECA, "    <label>", "    <" + v
                + ">Syncs contacts</" + v + ">\n    <label>"), "description", "descripton", ECA + ":6 ERROR");
        contrast("ECA-XML-009", "once or twice", v -> p -> p.edit(ECA, "    <isProtected>false</isProtected>\n",
                "    <isProtected>false</isProtected>\n" + v), "    <description>Syncs contacts</description>\n",
                "    <isProtected>false</isProtected>\n", ECA + ":6 ERROR");
        contrast("ECA-XML-004", "IP policy", v -> p -> p.edit(OAUTH_PLCY, ">Enforce<", v), ">Enforce_relaxrefresh<",
                ">Enforced<", OAUTH_PLCY + ":4 ERROR");
        contrast("ECA-XML-005", "an int", v -> p -> p.edit(OAUTH_PLCY, ">30<", v), ">29<", ">29d<",
                OAUTH_PLCY + ":8 ERROR");
        contrast("ECA-XML-005", "a boolean", v -> p -> p.edit(ECA, ">false<", v), ">true<", ">yes<", ECA + ":5 ERROR");
        contrast("ECA-XML-006", "a policy without one of its elements", v -> p -> p.edit(PLCY, "    <" + v
                + ">true</" + v + ">\n", ""), "isOauthPluginEnabled", "isEnabled", PLCY + ":2 ERROR");
        contrast("ECA-XML-007", "sourceApiVersion under the rotation flag", v -> p -> p.edit(JSON, "\"64.0\"", v)
                .remove(PLCY).edit(MANIFEST, ">Nango_App_plcy<", ">*<"), "\"60.0\"", "\"59.0\"", GLOBAL + ":8 ERROR");
        contrast("ECA-XML-008", "isNamedUserJwtEnabled in the global or the plain OAuth settings", v -> p -> p.edit(v,
                "    <label>", "    <isNamedUserJwtEnabled>false</isNamedUserJwtEnabled>\n    <label>"), GLOBAL,
                OAUTH, OAUTH + ":5 ERROR");
        contrast("ECA-XML-010", "contact e-mail", v -> p -> p.edit(ECA, "ops@example.com", v),
                "first.last+eca@mail-1.example.co.uk", "a@x..com", ECA + ":3 ERROR");
        contrast("ECA-XML-010", "longest domain label", v -> p -> p.edit(ECA, "ops@example.com", "ops@" + v + ".com"),
                "a".repeat(DOMAIN_LABEL_MAX), "a".repeat(DOMAIN_LABEL_MAX + 1), ECA + ":3 ERROR");
        contrast("ECA-FILE-001", "suffix of a second global settings file", v -> p -> p.put(D
                + "extlClntAppGlobalOauthSets/Nango_App_glbloauth2" + v, TestProject.clean().text(GLOBAL)),
                ".ecaGlblOauth-meta.xml", ".ecaGlobalOauth-meta.xml",
                D + "extlClntAppGlobalOauthSets/Nango_App_glbloauth2.ecaGlobalOauth-meta.xml:1 ERROR");
        contrast("ECA-FILE-002", "folder of a second global settings file", v -> p -> p.put(D + v
                + "/Nango_App_glbloauth2.ecaGlblOauth-meta.xml", TestProject.clean().text(GLOBAL)),
                "extlClntAppGlobalOauthSets", "extlClntAppGlobalOauthSettings",
                D + "extlClntAppGlobalOauthSettings/Nango_App_glbloauth2.ecaGlblOauth-meta.xml:1 ERROR");
        contrast("ECA-NAME-001", "longest app name", v -> p -> p.move(ECA, D + "externalClientApps/" + v
                + ".eca-meta.xml"), "A".repeat(APP_NAME_MAX), "A".repeat(APP_NAME_MAX + 1),
                D + "externalClientApps/" + "A".repeat(APP_NAME_MAX + 1) + ".eca-meta.xml:1 ERROR");
        contrast("ECA-NAME-001", "longest component name", v -> p -> p.move(PLCY, D + "extlClntAppPolicies/" + v
                + ".ecaPlcy-meta.xml"), "P".repeat(COMPONENT_NAME_MAX), "P".repeat(COMPONENT_NAME_MAX + 1),
                D + "extlClntAppPolicies/" + "P".repeat(COMPONENT_NAME_MAX + 1) + ".ecaPlcy-meta.xml:1 ERROR");
        contrast("ECA-NAME-002", "fullName", v -> p -> p.edit(ECA, "    <contactEmail>", "    <fullName>" + v
                + "</fullName>\n    <contactEmail>"), "Nango_App", "Other_App", ECA + ":3 ERROR");
        contrast("ECA-REF-001", "the app a policy names", v -> p -> p.put(D
                + "externalClientApps/Billing_App.eca-meta.xml",
                TestProject.clean().text(ECA)).edit(PLCY, ">Nango_App<", v), ">Billing_App<", ">Billing_Ap<",
                PLCY + ":3 ERROR");
        contrast("ECA-REF-001", "the namespace of the references in sfdx-project.json", v -> p -> namespaced(p)
                .edit(JSON, "\"namespace\": \"\"", "\"namespace\": \"" + v + "\""), "acme", "", JSON + ":9 ERROR");
        contrast("ECA-REF-002", "what .forceignore leaves out", v -> p -> p.put(".forceignore", v),
                "extlClntAppPolicies/\n", "extlClntAppOauthSettings/\n", GLOBAL + ":4 WARNING",
                OAUTH_PLCY + ":3 WARNING");
        contrast("ECA-REF-003", "the app a second policies file names", v -> p -> p.put(D
                + "externalClientApps/Billing_App.eca-meta.xml", TestProject.clean().text(ECA)).put(D
                + "extlClntAppPolicies/Second_plcy.ecaPlcy-meta.xml", TestProject.clean().text(PLCY)
                        .replace(">Nango_App<", ">" + v + "<")), "Billing_App", "Nango_App",
                D + "extlClntAppPolicies/Second_plcy.ecaPlcy-meta.xml:3 ERROR");
        contrast("ECA-CB-001", "http on a host in 127.0.0.0/8 or one that only starts so", v -> p -> p.edit(GLOBAL,
                "https://api.nango.dev/oauth/callback", v), "http://127.0.0.2/cb", "http://127.0.0.2.example.com/cb",
                GLOBAL + ":3 ERROR");
        contrast("ECA-CB-002", "highest port", v -> p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback\nhttps://b.example.com:" + v + "/cb<"), String.valueOf(PORT_MAX),
                String.valueOf(PORT_MAX + 1), GLOBAL + ":4 ERROR");
        contrast("ECA-CB-002", "lowest port", v -> p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback\nhttps://b.example.com:" + v + "/cb<"), "1", "0", GLOBAL + ":4 ERROR");
        contrast("ECA-CB-002", "internationalised host, in punycode or not", v -> p -> p.edit(GLOBAL, "api.nango.dev",
                v), "xn--bcher-kva.example", "bücher.example", GLOBAL + ":3 ERROR");
        contrast("ECA-CB-003", "one callback of the longest length", v -> p -> p.edit(GLOBAL,
                "https://api.nango.dev/oauth/callback", v), callbackOfLength(CALLBACKS_MAX_CHARS),
                callbackOfLength(CALLBACKS_MAX_CHARS + 1), GLOBAL + ":3 ERROR");
        contrast("ECA-CB-003", "two callbacks, the newline counted", v -> p -> p.edit(GLOBAL, "oauth/callback<",
                "oauth/callback\n" + v + "<"), callbackOfLength(CALLBACKS_MAX_CHARS - CALLBACK.length() - 1),
                callbackOfLength(CALLBACKS_MAX_CHARS - CALLBACK.length()), GLOBAL + ":3 ERROR");
        contrast("ECA-CB-004", "the host of the second callback", Profile.NANGO, v -> p -> p.edit(GLOBAL, CALLBACK,
                "https://app.example.com/cb\n" + CALLBACK.replace("api.nango.dev", v)), "api.nango.dev",
                "api.nango.example", GLOBAL + ":3 ERROR");
        contrast("ECA-CB-004", "the callback under a self-hosted Nango (eca.nangoUrl)", Profile.NANGO, v -> p -> p
                .nango("https://nango.example.com/", null).edit(GLOBAL, CALLBACK, v),
                "https://nango.example.com/oauth/callback", CALLBACK, GLOBAL + ":3 ERROR");
        contrast("ECA-CB-004", "the callback under Nango's custom callback URL (eca.nangoCallbackUrl)", Profile.NANGO,
                v -> p -> p.nango("https://nango.example.com", "https://auth.example.com/oauth/callback")
                        .edit(GLOBAL, CALLBACK, v), "https://auth.example.com/oauth/callback",
                "https://nango.example.com/oauth/callback", GLOBAL + ":3 ERROR");
        pass("ECA-CB-004", "the default profile expects no Nango callback, whatever eca.nangoUrl says",
                p -> p.nango("https://nango.example.com", null));
        contrast("ECA-OAUTH-008", "certificate", v -> p -> p.edit(GLOBAL, "    <externalClientApplication>",
                "    <certificate>" + v + "</certificate>\n    <externalClientApplication>"), CERTIFICATE,
                java.util.Base64.getEncoder().encodeToString(new byte[600]), GLOBAL + ":4 ERROR");
        contrast("ECA-SCOPE-001", "a token's case", v -> p -> p.edit(OAUTH, ">Api,", v), ">Api, Web,", ">Api, web,",
                OAUTH + ":3 ERROR");
        contrast("ECA-SCOPE-002", "RefreshToken among the scopes", Profile.NANGO, v -> p -> p.edit(OAUTH,
                "Api, RefreshToken", v), "Api, Web, RefreshToken", "Api, Web", OAUTH + ":3 ERROR");
        contrast("ECA-SCOPE-003", "an added scope", v -> p -> p.edit(OAUTH, ">Api,", v), ">Api, Web,", ">Api, Full,",
                OAUTH + ":3 WARNING");
        contrast("ECA-OAUTH-001", "PKCE off by distribution", v -> p -> p.edit(ECA, ">Local<", v).edit(GLOBAL,
                "<isPkceRequired>true", "<isPkceRequired>false"), ">Packaged<", ">Local<", GLOBAL + ":7 WARNING");
        contrast("ECA-SEC-006", "PKCE off by distribution", v -> p -> p.edit(ECA, ">Local<", v).edit(GLOBAL,
                "<isPkceRequired>true", "<isPkceRequired>false"), ">Local<", ">Packaged<", GLOBAL + ":7 ERROR");
        contrast("ECA-OAUTH-002", "isConsumerSecretOptional absent (false) or true", v -> p -> p.edit(GLOBAL,
                "    <isConsumerSecretOptional>false</isConsumerSecretOptional>\n", v), "",
                "    <isConsumerSecretOptional>true</isConsumerSecretOptional>\n", GLOBAL + ":5 WARNING");
        contrast("ECA-OAUTH-003", "the run-as user of client credentials", v -> p -> p.edit(OAUTH_PLCY, "    <label>",
                CC + "    <clientCredentialsFlowUser>" + v + "</clientCredentialsFlowUser>\n    <label>"),
                "int@example.com", "", OAUTH_PLCY + ":5 ERROR");
        contrast("ECA-OAUTH-003", "the run-as user template", v -> p -> p.edit(OAUTH_PLCY, "    <label>",
                CC + "    <clientCredentialsFlowUser>" + v + "</clientCredentialsFlowUser>\n    <label>"),
                "@{targetOrg.username}", "@{targetOrg.userName}", OAUTH_PLCY + ":6 ERROR");
        contrast("ECA-OAUTH-003", "the run-as user written the way Maven replaces", v -> p -> p.edit(OAUTH_PLCY,
                "    <label>", CC + "    <clientCredentialsFlowUser>" + v + "</clientCredentialsFlowUser>\n    <label>"),
                "@{targetOrg.username}", "${targetOrg.username}", OAUTH_PLCY + ":6 ERROR");
        contrast("ECA-OAUTH-003", "an entry of the per-org run-as user map", v -> p -> p.edit(OAUTH_PLCY,
                "    <label>", CC + "    <clientCredentialsFlowUser>@{targetOrg: dev=int@example.com.dev, " + v
                        + "}</clientCredentialsFlowUser>\n    <label>"),
                "*=@{targetOrg.username}", "*", OAUTH_PLCY + ":6 ERROR");
        contrast("ECA-OAUTH-004", "who may use client credentials", v -> p -> p.edit(OAUTH_PLCY, "    <label>",
                CC + "    <label>").edit(OAUTH_PLCY, "AllSelfAuthorized", v), "AdminApprovedPreAuthorized",
                "AllSelfAuthorized", OAUTH_PLCY + ":7 WARNING");
        contrast("ECA-OAUTH-005", "the unit of the idle period", v -> p -> p.edit(OAUTH_PLCY,
                "    <refreshTokenValidityUnit>Days</refreshTokenValidityUnit>\n", v),
                "    <refreshTokenValidityUnit>Hours</refreshTokenValidityUnit>\n", "", OAUTH_PLCY + ":8 ERROR");
        contrast("ECA-OAUTH-006", "IP relaxation", v -> p -> p.edit(OAUTH_PLCY, ">Enforce<", v),
                ">Enforce_RelaxRefresh<", ">Bypass<", OAUTH_PLCY + ":4 WARNING");
        contrast("ECA-OAUTH-007", "named-user JWT and the callback of the sf CLI", v -> p -> p.edit(GLOBAL, CALLBACK, v)
                .edit(GLOBAL, "    <isPkceRequired>", "    <isNamedUserJwtEnabled>true</isNamedUserJwtEnabled>\n"
                        + "    <isPkceRequired>"), "http://localhost:3000/cb", "http://localhost:1717/OauthRedirect",
                GLOBAL + ":7 WARNING");
        contrast("ECA-SEC-001", "the name of an added element", v -> p -> p.edit(GLOBAL,
                "    <externalClientApplication>",
                "    <" + v + ">3MVG9abc</" + v + ">\n    <externalClientApplication>"), "consumerKey",
                "consumerSecret", GLOBAL + ":4 ERROR");
        contrast("ECA-SEC-002", "what .forceignore leaves out of the package", v -> p -> p.packaged()
                .move(PACKAGED_GLOBAL, GLOBAL).put(".forceignore", v), "**/extlClntAppGlobalOauthSets\n",
                "**/extlClntAppGlobalOauthSettings\n", GLOBAL + ":1 ERROR");
        contrast("ECA-SEC-003", "the org oauthLink points at", v -> p -> linked(p, v), "00D000000000001AAA",
                "00D000000000003", OAUTH + ":6 WARNING");
        contrast("ECA-SEC-004", "longest idle period in hours", v -> p -> p.edit(OAUTH_PLCY, ">30<", ">" + v + "<")
                .edit(OAUTH_PLCY, ">Days<", ">Hours<"), String.valueOf(REFRESH_TOKEN_IDLE_DAYS_MAX * 24),
                String.valueOf(REFRESH_TOKEN_IDLE_DAYS_MAX * 24 + 1), OAUTH_PLCY + ":8 WARNING");
        contrast("ECA-SEC-004", "the developer switch is asked of a Packaged app, not of a Local one", v -> p -> p
                .edit(JSON, "\"64.0\"", "\"67.0\"").edit(ECA, ">Local<", v), ">Local<", ">Packaged<",
                GLOBAL + ":2 ERROR");
        contrast("ECA-SEC-005", "rotation off with or without the RefreshToken scope", v -> p -> p.packaged()
                .edit(PACKAGED_GLOBAL, "<isRefreshTokenRotationEnabled>true", "<isRefreshTokenRotationEnabled>false")
                .edit(OAUTH, "Api, RefreshToken", v), "Api", "Api, RefreshToken", PACKAGED_GLOBAL + ":9 ERROR");
        contrast("ECA-SEC-007", "the kind of a PEM block", v -> p -> p.edit(GLOBAL, "    <externalClientApplication>",
                "    <certificate>-----BEGIN " + v + "-----\nMIIEow\n-----END " + v + "-----</certificate>\n"
                        + "    <externalClientApplication>"), "CERTIFICATE", "RSA PRIVATE KEY", GLOBAL + ":4 ERROR");
        contrast("ECA-SEC-008", "REST secret access", v -> p -> p.put(SECRET_SETTINGS, SECRET_SETTINGS_XML
                .replace("VALUE", v)), "false", "true", SECRET_SETTINGS + ":3 WARNING");
        contrast("ECA-PROJ-001", "a comment or // in a string", v -> p -> p.edit(JSON, "\"name\": \"nango\",", v),
                "\"name\": \"nango // x\",", "\"name\": \"nango\", // x", JSON + ":8 ERROR");
        contrast("ECA-PROJ-002", "a second package directory, a default too or not", v -> p -> p.edit(JSON,
                "\"default\": true\n    }", "\"default\": true\n    },\n    {\n      \"path\": \"force-app-org\"" + v
                        + "\n    }").put("force-app-org/x.txt", "x"), "", ",\n      \"default\": true",
                JSON + ":9 ERROR");
        contrast("ECA-PROJ-003", "the path of a second package directory", v -> p -> p.edit(JSON,
                "\"default\": true\n    }", "\"default\": true\n    },\n    {\n      \"path\": \"" + v + "\"\n    }")
                .put("force-app-org/x.txt", "x"), "force-app-org", "force-app-orgs", JSON + ":8 ERROR");
        contrast("ECA-PROJ-004", "the alias of a renamed package", v -> p -> p.packaged().edit(JSON,
                "\"package\": \"Nango\"", "\"package\": \"Nango External\"").edit(JSON, "\"Nango\": \"0Ho",
                "\"" + v + "\": \"0Ho"), "Nango External", "Nango", JSON + ":6 ERROR");
        contrast("ECA-PROJ-005", "an alias's id", v -> p -> p.packaged().edit(JSON, "0Ho000000000001AAA", v),
                "04t000000000001AAA", "<PACKAGE_ID>", JSON + ":17 ERROR");
        contrast("ECA-PROJ-006", "namespace", v -> p -> p.packaged().edit(JSON, "\"namespace\": \"nango\"",
                "\"namespace\": \"" + v + "\""), "FT_Test", "abc_", JSON + ":14 ERROR");
        contrast("ECA-PROJ-006", "longest namespace", v -> p -> p.packaged().edit(JSON, "\"namespace\": \"nango\"",
                "\"namespace\": \"" + v + "\""), "n".repeat(NAMESPACE_MAX), "n".repeat(NAMESPACE_MAX + 1),
                JSON + ":14 ERROR");
        contrast("ECA-PROJ-007", "four parts or three", v -> p -> p.packaged().edit(JSON, "0.1.0.NEXT", v), "1.2.3.4",
                "1.2.3", JSON + ":7 ERROR");
        contrast("ECA-PROJ-007", "four parts or five", v -> p -> p.packaged().edit(JSON, "0.1.0.NEXT", v),
                "1.2.3.NEXT", "1.2.3.4.NEXT", JSON + ":7 ERROR");
        contrast("ECA-PROJ-008", "a Packaged app without namespace by package type", v -> p -> p.packaged()
                .edit(JSON, "\"namespace\": \"nango\"", "\"namespace\": \"\"").packageType(v), "Unlocked", "Managed",
                ECA + ":4 ERROR");
        contrast("ECA-PROJ-009", "sourceApiVersion for the five types", v -> p -> p.edit(JSON, "\"64.0\"", v)
                .edit(MANIFEST, ">64.0<", ">66.0<"), "\"60.0\"", "\"58.0\"", JSON + ":11 ERROR");
        contrast("ECA-PROJ-010", "where a minimal sfdx-project.json is", v -> p -> p.put(JSON,
                "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}]}\n").move(JSON, v), JSON,
                "config/" + JSON, JSON + ":1 WARNING");
        contrast("ECA-PROJ-011", "where a link points", v -> p -> p.put("shared/app.xml", p.text(ECA)).put(D
                + "externalClientApps/Shared.eca-meta.xml", RuleExample.link(v)), "../../../../shared/app.xml",
                "../../../../../elsewhere/Shared.eca-meta.xml", D + "externalClientApps/Shared.eca-meta.xml:1 WARNING");
        contrast("ECA-PROJ-012", "where a temp file of an interrupted write is", v -> p -> p.put(v
                + "/.eca1234567890-7.tmp", p.text(ECA)), "target/eca/tmp", D + "externalClientApps",
                D + "externalClientApps/.eca1234567890-7.tmp:1 WARNING");
        contrast("ECA-PROJ-013", "the name of a Connected App beside an ECA", v -> p -> p.put(D + "connectedApps/" + v
                + ".connectedApp-meta.xml", connectedApp("")), "Old_App", "Nango_App",
                D + "connectedApps/Nango_App.connectedApp-meta.xml:1 WARNING");
        contrast("ECA-MAN-001", "a manifest member", v -> p -> p.edit(MANIFEST, ">Nango_App_oauth<", v), ">*<",
                ">Other_oauth<", MANIFEST + ":19 WARNING");
        contrast("ECA-MAN-002", "the name of an added type", v -> p -> p.edit(MANIFEST, "    <version>",
                "    <types>\n        <members>X</members>\n        <name>" + v + "</name>\n    </types>\n"
                        + "    <version>"), "ExternalCredential", "ExtlClntAppGlobalOauthSetting",
                MANIFEST + ":25 ERROR");
    }

    /** A callback URL of exactly {@code length} characters. */
    private static String callbackOfLength(int length) {
        String base = "https://b.example.com/cb/";
        return base + "x".repeat(length - base.length());
    }

    /** Every satellite names its app as a retrieve from the packaging org of namespace acme writes it. */
    private static TestProject namespaced(TestProject p) {
        for (String f : List.of(OAUTH, GLOBAL, OAUTH_PLCY, PLCY)) {
            p.edit(f, ">Nango_App<", ">acme__Nango_App<");
        }
        return p;
    }

    /** The app with an ExtlClntAppOauthSecuritySettings file, as an org retrieve at 66.0 writes it. */
    private static TestProject oauthSecurity(TestProject p) {
        return p.put(D + "extlClntAppOauthSecuritySettings/Nango_App_oauthSecurity.ecaOauthSecurity-meta.xml",
                xml("ExtlClntAppOauthSecuritySettings", """
                            <externalClientApplication>Nango_App</externalClientApplication>
                            <label>Nango_App_oauthSecurity</label>
                        """));
    }

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(Case c, @TempDir Path dir) {
        List<Finding> all = c.edit().apply(TestProject.clean()).validate(dir, c.profile());
        List<String> got = all.stream().filter(f -> f.ruleId().equals(c.rule()))
                .map(f -> f.path() + ":" + f.line() + " " + f.severity()).toList();
        assertThat(got).as("findings of %s; all: %s", c.rule(), all).containsExactlyElementsOf(c.expected());
    }

    @Test
    void everyRuleHasAPassingCaseThatDiffersFromAFailingOneByWhatTheRuleChecks() {
        Set<String> ids = RuleCatalogue.rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> failing = CASES.stream().filter(c -> !c.expected().isEmpty()).map(Case::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> contrasted = CASES.stream().filter(c -> c.contrast() != null).map(Case::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(failing).isEqualTo(ids);
        assertThat(contrasted).as("rules with a pair of cases that differ in one value").isEqualTo(ids);
    }

    @Test
    void noPassingCaseIsAnUneditedCleanProject() {
        TestProject clean = TestProject.clean();
        TestProject packaged = TestProject.clean().packaged();
        assertThat(CASES).filteredOn(c -> c.expected().isEmpty())
                .filteredOn(c -> {
                    TestProject p = c.edit().apply(TestProject.clean());
                    return p.sameAs(clean) || p.sameAs(packaged);
                }).as("cleanProjectsHaveNoFindings covers those").isEmpty();
    }

    @Test
    void cleanProjectsHaveNoFindings(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        assertThat(TestProject.clean().validate(a, Profile.DEFAULT)).isEmpty();
        assertThat(TestProject.clean().validate(b, Profile.NANGO)).isEmpty();
        assertThat(TestProject.clean().packaged().validate(c, Profile.ISV)).isEmpty();
    }
}
