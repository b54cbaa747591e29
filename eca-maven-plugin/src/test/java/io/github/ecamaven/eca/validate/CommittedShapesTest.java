package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.log.EcaLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes real teams commit, written here as one project of our own: each must validate without an error. The root
 * start tag split over three lines (as prettier writes it), {@code ?>} after a space, no newline at the end of a
 * file, {@code isTokenExchangeEnabled}, the scope {@code OfflineAccess}, a consumer key that does not start with
 * {@code 3MVG}, global OAuth settings named without {@code _glbloauth}, a package directory that is not
 * {@code force-app/main/default}, {@code oauthLink} commented out, and an orphan policy whose app is in another
 * repository (a warning: the deploy needs the app in the target org).
 */
class CommittedShapesTest {

    private static final String NS = "xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    @Test
    void aProjectOfTheseShapesHasNoError(@TempDir Path dir) throws IOException {
        put(dir, "sfdx-project.json", """
                {
                  "packageDirectories": [{"path": "sfdx/eca", "default": true}],
                  "name": "shapes",
                  "namespace": "",
                  "sourceApiVersion": "64.0"
                }
                """);
        // prettier's split start tag, "?>" after a space, oauthLink commented out, no final newline
        put(dir, "sfdx/eca/externalClientApps/Shape_App.eca-meta.xml", """
                <?xml version="1.0" encoding="UTF-8" ?>
                <ExternalClientApplication
                  %s
                >
                  <contactEmail>ops@example.com</contactEmail>
                  <distributionState>Local</distributionState>
                  <isProtected>false</isProtected>
                  <label>Shape App</label>
                  <!-- <oauthLink>https://login.example.com/services/oauth2/authorize</oauthLink> -->
                </ExternalClientApplication>""".formatted(NS));
        put(dir, "sfdx/eca/extlClntAppOauthSettings/Shape_App_oauth.ecaOauth-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExtlClntAppOauthSettings %s>
                    <commaSeparatedOauthScopes>Api, OfflineAccess</commaSeparatedOauthScopes>
                    <externalClientApplication>Shape_App</externalClientApplication>
                    <label>Shape_App_oauth</label>
                </ExtlClntAppOauthSettings>""".formatted(NS));
        // named after the app only; a consumer key of an older format; token exchange on
        put(dir, "sfdx/eca/extlClntAppGlobalOauthSets/Shape_App.ecaGlblOauth-meta.xml", """
                <?xml version="1.0" encoding="UTF-8" ?>
                <ExtlClntAppGlobalOauthSettings %s>
                    <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                    <consumerKey>A1b2C3d4E5f6G7h8I9j0</consumerKey>
                    <externalClientApplication>Shape_App</externalClientApplication>
                    <isConsumerSecretOptional>false</isConsumerSecretOptional>
                    <isPkceRequired>true</isPkceRequired>
                    <isRefreshTokenRotationEnabled>true</isRefreshTokenRotationEnabled>
                    <isSecretRequiredForRefreshToken>true</isSecretRequiredForRefreshToken>
                    <isSecretRequiredForTokenExchange>true</isSecretRequiredForTokenExchange>
                    <isTokenExchangeEnabled>true</isTokenExchangeEnabled>
                    <label>Shape_App</label>
                </ExtlClntAppGlobalOauthSettings>
                """.formatted(NS));
        // the policy of an app whose header lives in the platform repository
        put(dir, "sfdx/eca/extlClntAppOauthPolicies/Platform_App_oauthPlcy.ecaOauthPlcy-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExtlClntAppOauthConfigurablePolicies %s>
                    <externalClientApplication>Platform_App</externalClientApplication>
                    <label>Platform_App_oauthPlcy</label>
                    <refreshTokenPolicyType>SpecificInactivity</refreshTokenPolicyType>
                    <refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>
                    <refreshTokenValidityUnit>Days</refreshTokenValidityUnit>
                </ExtlClntAppOauthConfigurablePolicies>
                """.formatted(NS));
        ValidationResult result = EcaValidator.validate(ValidationRequest.of(dir), EcaLog.NONE);
        assertThat(result.findings()).as("all findings").filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId)
                .as("the shapes are read as files of these types, not skipped")
                .doesNotContain("ECA-XML-001", "ECA-XML-002", "ECA-XML-003", "ECA-REF-002");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("ECA-REF-001")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'Platform_App'", "already has Platform_App"));
        assertThat(result.filesRead()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void whatTheFindingsOfTheseShapesSay(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        TestProject security = TestProject.clean().edit(TestProject.JSON, "\"64.0\"", "\"66.0\"").put(TestProject.D
                + "extlClntAppOauthSecuritySettings/Nango_App_oauthSecurity.ecaOauthSecurity-meta.xml",
                TestProject.xml("ExtlClntAppOauthSecuritySettings", """
                            <externalClientApplication>Nango_App</externalClientApplication>
                            <label>Nango_App_oauthSecurity</label>
                        """));
        assertThat(security.validate(a, Profile.DEFAULT)).filteredOn(f -> f.ruleId().equals("ECA-PROJ-009"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("ExtlClntAppOauthSecuritySettings",
                        "orgs already emit it at 66.0", "if a deploy refuses it, raise sourceApiVersion to 67.0"));
        TestProject namespaced = TestProject.clean();
        for (String f : List.of(TestProject.OAUTH, TestProject.GLOBAL, TestProject.OAUTH_PLCY, TestProject.PLCY)) {
            namespaced.edit(f, ">Nango_App<", ">acme__Nango_App<");
        }
        assertThat(namespaced.validate(b, Profile.DEFAULT)).filteredOn(f -> f.severity() == Severity.ERROR)
                .singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo(TestProject.JSON);
                    assertThat(f.message()).contains("4 satellite(s)", "prefix 'acme'",
                            "set \"namespace\": \"acme\"", "drop the prefix 'acme__'");
                });
        TestProject unlocked = TestProject.clean().packaged().edit(TestProject.JSON, "\"namespace\": \"nango\"",
                "\"namespace\": \"\"");
        assertThat(unlocked.validate(c, Profile.DEFAULT)).filteredOn(f -> f.ruleId().equals("ECA-PROJ-008"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("assumes Unlocked",
                        "eca.packageType=Unlocked"));
    }

    private static void put(Path dir, String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
