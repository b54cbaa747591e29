package io.github.ecamaven.eca.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftDetectorTest {

    @TempDir
    Path tmp;

    Path repo;
    Path org;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    @BeforeEach
    void trees() {
        repo = tmp.resolve("repo/force-app/main/default");
        org = tmp.resolve("org/force-app/main/default");
    }

    private static void write(Path root, String folder, String file, String xml) throws Exception {
        Path f = root.resolve(folder).resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, HEAD + xml);
    }

    private static String policies(String type, String period, String unit, String extra) {
        return "<ExtlClntAppOauthConfigurablePolicies" + NS + ">\n"
                + "    <externalClientApplication>Nango</externalClientApplication>\n" + extra
                + "    <label>Nango_oauthPlcy</label>\n"
                + "    <permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>\n"
                + "    <refreshTokenPolicyType>" + type + "</refreshTokenPolicyType>\n"
                + (period == null ? "" : "    <refreshTokenValidityPeriod>" + period + "</refreshTokenValidityPeriod>\n")
                + (unit == null ? "" : "    <refreshTokenValidityUnit>" + unit + "</refreshTokenValidityUnit>\n")
                + "</ExtlClntAppOauthConfigurablePolicies>\n";
    }

    private static String global(String pkce, String extra) {
        return "<ExtlClntAppGlobalOauthSettings" + NS + ">\n"
                + "    <callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>\n" + extra
                + "    <externalClientApplication>Nango</externalClientApplication>\n"
                + "    <isPkceRequired>" + pkce + "</isPkceRequired>\n"
                + "    <label>Nango_glbloauth</label>\n"
                + "</ExtlClntAppGlobalOauthSettings>\n";
    }

    @Test
    void aSecretLikeFieldIsDescribedByLengthAndDigestOnly() {
        String line = new FieldDrift("A", "globalOauth", "oauth/ConsumerSecret", "repoSecretValue123", "orgSecret456")
                .describe();
        assertThat(line).doesNotContain("repoSecretValue123").doesNotContain("orgSecret456")
                .matches("globalOauth\\.oauth/ConsumerSecret: repository <18 characters, sha256 [0-9a-f]{8}>, org <12"
                        + " characters, sha256 [0-9a-f]{8}>");
        assertThat(new FieldDrift("A", "policies", "refreshTokenPolicyType", "Infinite", null).describe())
                .isEqualTo("policies.refreshTokenPolicyType: repository Infinite, org (absent)");
    }

    @Test
    void namesExactlyTheFieldsThatDiffer() throws Exception {
        write(repo, "extlClntAppOauthPolicies", "Nango_oauthPlcy.ecaOauthPlcy-meta.xml",
                policies("Infinite", null, null, ""));
        write(org, "extlClntAppOauthPolicies", "Nango_oauthPlcy.ecaOauthPlcy-meta.xml",
                policies("SpecificInactivity", "30", "Days", ""));
        write(repo, "extlClntAppGlobalOauthSets", "Nango_glbloauth.ecaGlblOauth-meta.xml", global("true", ""));
        write(org, "extlClntAppGlobalOauthSets", "Nango_glbloauth.ecaGlblOauth-meta.xml", global("false", ""));

        DriftReport report = new DriftDetector().compare(repo, org, Set.of());

        assertThat(report.drifts()).extracting(FieldDrift::describe).containsExactly(
                "globalOauth.isPkceRequired: repository true, org false",
                "policies.refreshTokenPolicyType: repository Infinite, org SpecificInactivity 30 Days");
        assertThat(report.toJson()).contains("\"field\" : \"isPkceRequired\"");
        assertThat(report.toMarkdown()).contains("| `globalOauth.isPkceRequired` | true | false |");
    }

    @Test
    void fieldsTheOrgAddsOrTheRepositoryDoesNotManageAreNotDrift() throws Exception {
        write(repo, "extlClntAppGlobalOauthSets", "Nango_glbloauth.ecaGlblOauth-meta.xml", global("true", ""));
        write(org, "extlClntAppGlobalOauthSets", "Nango_glbloauth.ecaGlblOauth-meta.xml", global("true",
                "    <consumerKey>3MVGabc</consumerKey>\n    <consumerSecret>S3CRET</consumerSecret>\n"
                        + "    <isDeviceFlowEnabled>false</isDeviceFlowEnabled>\n"));
        DriftReport report = new DriftDetector().compare(repo, org, Set.of());
        assertThat(report.hasDrift()).isFalse();
        assertThat(report.toJson()).doesNotContain("S3CRET").doesNotContain("3MVGabc");
    }

    @Test
    void aComponentMissingInTheOrgIsReported() throws Exception {
        write(repo, "extlClntAppGlobalOauthSets", "Nango_glbloauth.ecaGlblOauth-meta.xml", global("true", ""));
        Files.createDirectories(org);
        DriftReport report = new DriftDetector().compare(repo, org, Set.of());
        assertThat(report.missingInOrg()).singleElement().asString().startsWith("Nango/globalOauth");
        assertThat(report.hasDrift()).isTrue();
    }

    @Test
    void appsNotSelectedAreIgnored() throws Exception {
        write(repo, "extlClntAppGlobalOauthSets", "Nango_glbloauth.ecaGlblOauth-meta.xml", global("true", ""));
        write(org, "extlClntAppGlobalOauthSets", "Nango_glbloauth.ecaGlblOauth-meta.xml", global("false", ""));
        assertThat(new DriftDetector().compare(repo, org, Set.of("Other")).hasDrift()).isFalse();
    }

    @Test
    void scopeOrderAndSpacingAreNotDrift() throws Exception {
        String a = "<ExtlClntAppOauthSettings" + NS + ">\n    <commaSeparatedOauthScopes>Api, RefreshToken"
                + "</commaSeparatedOauthScopes>\n    <externalClientApplication>Nango</externalClientApplication>\n"
                + "</ExtlClntAppOauthSettings>\n";
        write(repo, "extlClntAppOauthSettings", "Nango_oauth.ecaOauth-meta.xml", a);
        write(org, "extlClntAppOauthSettings", "Nango_oauth.ecaOauth-meta.xml",
                a.replace("Api, RefreshToken", "RefreshToken,Api"));
        assertThat(new DriftDetector().compare(repo, org, Set.of()).hasDrift()).isFalse();
        write(org, "extlClntAppOauthSettings", "Nango_oauth.ecaOauth-meta.xml", a.replace("Api, RefreshToken", "Api"));
        assertThat(new DriftDetector().compare(repo, org, Set.of()).drifts()).extracting(FieldDrift::describe)
                .containsExactly("oauth.commaSeparatedOauthScopes: repository Api, RefreshToken, org Api");
    }
}
