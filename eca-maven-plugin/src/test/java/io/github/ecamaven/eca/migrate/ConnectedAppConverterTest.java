package io.github.ecamaven.eca.migrate;

import static io.github.ecamaven.eca.migrate.Fixtures.convert;
import static io.github.ecamaven.eca.migrate.Fixtures.oauthApp;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppCanvasSettings;
import io.github.ecamaven.eca.model.ExtlClntAppConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppSamlConfigurablePolicies;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectedAppConverterTest {

    private static final String POLICY = "    <oauthPolicy>\n        <ipRelaxation>BYPASS</ipRelaxation>\n"
            + "        <refreshTokenPolicy>specific_lifetime:90:DAYS</refreshTokenPolicy>\n    </oauthPolicy>\n";

    @Test
    void headerAndFileNamesFollowSalesforce() throws Exception {
        Conversion c = convert("Order_Sync", oauthApp("", POLICY,
                "    <description>Sync orders</description>\n"));
        assertThat(c.components()).extracting(Conversion.EcaComponent::fullName).containsExactly(
                "Order_Sync", "Order_Sync_glbloauth", "Order_Sync_oauth", "Order_Sync_oauthPlcy", "Order_Sync_plcy");
        ExternalClientApplication eca = c.model(MetadataType.EXTERNAL_CLIENT_APPLICATION);
        assertThat(eca.getLabel()).isEqualTo("Order Sync");
        assertThat(eca.getContactEmail()).isEqualTo("ops@example.org");
        assertThat(eca.getDescription()).isEqualTo("Sync orders");
        assertThat(eca.getDistributionState().value()).isEqualTo("Local");
        ExtlClntAppConfigurablePolicies p = c.model(MetadataType.POLICIES);
        assertThat(p.getIsEnabled()).isTrue();
        assertThat(p.getIsOauthPluginEnabled()).isTrue();
        assertThat(p.getExternalClientApplication()).isEqualTo("Order_Sync");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void refreshIpAndPermittedUsersMapToTheOauthPolicies() throws Exception {
        Conversion c = convert("Order_Sync", oauthApp("        <isAdminApproved>true</isAdminApproved>\n", POLICY, ""));
        ExtlClntAppOauthConfigurablePolicies op = c.model(MetadataType.OAUTH_POLICIES);
        assertThat(op.getRefreshTokenPolicyType().value()).isEqualTo("SpecificLifetime");
        assertThat(op.getRefreshTokenValidityPeriod()).isEqualTo(90);
        assertThat(op.getRefreshTokenValidityUnit()).isEqualTo("Days");
        assertThat(op.getIpRelaxationPolicyType()).isEqualTo("Bypass");
        assertThat(op.getPermittedUsersPolicyType().value()).isEqualTo("AdminApprovedPreAuthorized");
    }

    @Test
    void absentOauthPolicyGetsTheDocumentedDefaults() throws Exception {
        Conversion c = convert("Order_Sync", oauthApp("", "", ""));
        ExtlClntAppOauthConfigurablePolicies op = c.model(MetadataType.OAUTH_POLICIES);
        assertThat(op.getIpRelaxationPolicyType()).isEqualTo("Enforce");
        assertThat(op.getRefreshTokenPolicyType().value()).isEqualTo("Infinite");
        assertThat(op.getRefreshTokenValidityPeriod()).isNull();
        assertThat(op.getPermittedUsersPolicyType().value()).isEqualTo("AllSelfAuthorized");
    }

    @Test
    void pkceIsAlwaysWrittenAndAbsentFlagsTakeConnectedAppDefaults() throws Exception {
        Conversion c = convert("Order_Sync", oauthApp("", POLICY, ""));
        ExtlClntAppGlobalOauthSettings g = c.model(MetadataType.GLOBAL_OAUTH_SETTINGS);
        assertThat(g.getIsPkceRequired()).isFalse();
        assertThat(g.getIsSecretRequiredForRefreshToken()).isTrue();
        assertThat(g.getIsConsumerSecretOptional()).isFalse();
        assertThat(MetadataXml.toXml(g)).contains("<isPkceRequired>false</isPkceRequired>");
        Conversion c2 = convert("Order_Sync", oauthApp("        <isPkceRequired>true</isPkceRequired>\n", POLICY, ""));
        assertThat(((ExtlClntAppGlobalOauthSettings) c2.model(MetadataType.GLOBAL_OAUTH_SETTINGS)).getIsPkceRequired())
                .isTrue();
    }

    @Test
    void scopesAreJoinedInOrderWithSfapRenamed() throws Exception {
        String xml = oauthApp("", POLICY, "").replace("<scopes>Api</scopes>",
                "<scopes>Api</scopes>\n        <scopes>RefreshToken</scopes>\n        <scopes>SFAP</scopes>");
        ExtlClntAppOauthSettings os = convert("Order_Sync", xml).model(MetadataType.OAUTH_SETTINGS);
        assertThat(os.getCommaSeparatedOauthScopes()).isEqualTo("Api, RefreshToken, SFApiPlatform");
    }

    @Test
    void invalidScopesAreAProblem() throws Exception {
        String xml = oauthApp("", POLICY, "").replace("<scopes>Api</scopes>", "<scopes>ChatbotApi</scopes>");
        assertThat(convert("Order_Sync", xml).problems()).singleElement().asString().contains("ChatbotApi");
    }

    @Test
    void severalCallbackUrlsStayNewlineSeparated() throws Exception {
        String xml = oauthApp("", POLICY, "").replace("https://app.example.org/cb",
                "https://app.example.org/cb\r\nhttps://other.example.org/cb");
        ExtlClntAppGlobalOauthSettings g = convert("Order_Sync", xml).model(MetadataType.GLOBAL_OAUTH_SETTINGS);
        assertThat(g.getCallbackUrl()).isEqualTo("https://app.example.org/cb\nhttps://other.example.org/cb");
    }

    @Test
    void consumerSecretIsNeverWrittenAndTheKeyOnlyOnOptIn() throws Exception {
        String xml = oauthApp("        <consumerKey>3MVGexampleKey</consumerKey>\n"
                + "        <consumerSecret>TOPSECRET123</consumerSecret>\n", POLICY, "");
        Conversion c = convert("Order_Sync", xml);
        for (Conversion.EcaComponent e : c.components()) {
            assertThat(MetadataXml.toXml(e.model())).doesNotContain("TOPSECRET123").doesNotContain("3MVGexampleKey");
        }
        assertThat(String.join("\n", c.dropped())).contains("consumerKey").contains("consumerSecret")
                .doesNotContain("TOPSECRET123");
        Conversion kept = convert("Order_Sync", xml, 66, Map.of(), true);
        ExtlClntAppGlobalOauthSettings g = kept.model(MetadataType.GLOBAL_OAUTH_SETTINGS);
        assertThat(g.getConsumerKey()).isEqualTo("3MVGexampleKey");
        assertThat(g.getConsumerSecret()).isNull();
        assertThat(kept.rows().toString()).doesNotContain("3MVGexampleKey").doesNotContain("TOPSECRET123");
    }

    @Test
    void emptyConsumerKeyIsSkippedEvenOnOptIn() throws Exception {
        Conversion c = convert("Order_Sync", oauthApp("        <consumerKey></consumerKey>\n", POLICY, ""), 66,
                Map.of(), true);
        assertThat(((ExtlClntAppGlobalOauthSettings) c.model(MetadataType.GLOBAL_OAUTH_SETTINGS)).getConsumerKey())
                .isNull();
    }

    @Test
    void permissionSetLabelsResolveToApiNamesAndUnresolvedOnesAreReported() throws Exception {
        String xml = oauthApp("", POLICY, "    <permissionSetName>Order Sync Access</permissionSetName>\n"
                + "    <permissionSetName>Nobody Has This</permissionSetName>\n"
                + "    <profileName>System Administrator</profileName>\n    <profileName>Integration</profileName>\n");
        Conversion c = convert("Order_Sync", xml, 66, Map.of("Order Sync Access", "Order_Sync_Access"), false);
        ExtlClntAppOauthConfigurablePolicies op = c.model(MetadataType.OAUTH_POLICIES);
        assertThat(op.getCommaSeparatedPermissionSet()).isEqualTo("Order_Sync_Access,Nobody Has This");
        assertThat(op.getCommaSeparatedProfile()).isEqualTo("System Administrator,Integration");
        assertThat(c.needsPerson()).anyMatch(s -> s.contains("'Nobody Has This'"));
        assertThat(c.needsPerson()).noneMatch(s -> s.contains("'Order Sync Access'"));
    }

    @Test
    void sessionIdTokenClientCredentialsAndIpRanges() throws Exception {
        String xml = oauthApp("        <idTokenConfig>\n            <idTokenIncludeCustomPerms>true</idTokenIncludeCustomPerms>\n"
                + "            <idTokenValidity>5</idTokenValidity>\n        </idTokenConfig>\n"
                + "        <isClientCredentialEnabled>true</isClientCredentialEnabled>\n"
                + "        <oauthClientCredentialUser>api@example.org</oauthClientCredentialUser>\n", POLICY,
                "    <ipRanges>\n        <description>office</description>\n        <end>10.0.0.9</end>\n"
                + "        <start>10.0.0.1</start>\n    </ipRanges>\n"
                + "    <sessionPolicy>\n        <sessionTimeout>15</sessionTimeout>\n    </sessionPolicy>\n");
        Conversion c = convert("Order_Sync", xml);
        ExtlClntAppGlobalOauthSettings g = c.model(MetadataType.GLOBAL_OAUTH_SETTINGS);
        assertThat(g.getIdTokenConfig().getIdTokenIncludeCustomPermissions()).isTrue();
        assertThat(g.getIdTokenConfig().getIdTokenValidityInMinutes()).isEqualTo(5);
        assertThat(g.getIsClientCredentialsFlowEnabled()).isTrue();
        ExtlClntAppOauthConfigurablePolicies op = c.model(MetadataType.OAUTH_POLICIES);
        assertThat(op.getIsClientCredentialsFlowEnabled()).isTrue();
        assertThat(op.getClientCredentialsFlowUser()).isEqualTo("api@example.org");
        assertThat(op.getSessionTimeoutInMinutes()).isEqualTo(15);
        ExtlClntAppOauthSettings os = c.model(MetadataType.OAUTH_SETTINGS);
        assertThat(os.getTrustedIpRanges()).singleElement().satisfies(r -> {
            assertThat(r.getStartIpAddress()).isEqualTo("10.0.0.1");
            assertThat(r.getEndIpAddress()).isEqualTo("10.0.0.9");
            assertThat(r.getDescription()).isEqualTo("office");
        });
    }

    @Test
    void samlMapsToSamlPoliciesAndDropsTheDefaultEncryption() throws Exception {
        String xml = Fixtures.app("    <contactEmail>a@example.org</contactEmail>\n    <label>Wiki</label>\n"
                + "    <samlConfig>\n        <acsUrl>https://sp.example.org/acs</acsUrl>\n"
                + "        <encryptionType>AES_128</encryptionType>\n        <entityUrl>https://sp.example.org</entityUrl>\n"
                + "        <samlNameIdFormat>Persistent</samlNameIdFormat>\n        <samlSigningAlgoType>SHA256</samlSigningAlgoType>\n"
                + "        <samlSubjectType>Username</samlSubjectType>\n    </samlConfig>\n");
        Conversion c = convert("Wiki", xml);
        ExtlClntAppSamlConfigurablePolicies sp = c.model(MetadataType.SAML_POLICIES);
        assertThat(sp.getAcsUrl()).isEqualTo("https://sp.example.org/acs");
        assertThat(sp.getEntityUrl()).isEqualTo("https://sp.example.org");
        assertThat(sp.getNameIdFormat().value()).isEqualTo("Persistent");
        assertThat(sp.getSigningAlgorithmType().value()).isEqualTo("SHA256");
        assertThat(sp.getSubjectType().value()).isEqualTo("Username");
        assertThat(sp.getEncryptionType()).isNull();
        assertThat(((ExtlClntAppConfigurablePolicies) c.model(MetadataType.POLICIES)).getIsSamlPluginEnabled()).isTrue();
        assertThat((Object) c.model(MetadataType.OAUTH_POLICIES)).isNull();
    }

    @Test
    void canvasMapsToCanvasSettings() throws Exception {
        String xml = oauthApp("", POLICY, "").replace("    <contactEmail>", "    <canvasConfig>\n"
                + "        <accessMethod>Post</accessMethod>\n        <canvasUrl>https://c.example.org</canvasUrl>\n"
                + "        <lifecycleClass>MyLifecycle</lifecycleClass>\n        <locations>Visualforce</locations>\n"
                + "        <locations>Aura</locations>\n        <options>HideShare</options>\n"
                + "        <samlInitiationMethod>None</samlInitiationMethod>\n    </canvasConfig>\n    <contactEmail>");
        Conversion c = convert("Order_Sync", xml);
        ExtlClntAppCanvasSettings cs = c.model(MetadataType.CANVAS_SETTINGS);
        assertThat(cs.getAccessMethod().value()).isEqualTo("Post");
        assertThat(cs.getCanvasUrl()).isEqualTo("https://c.example.org");
        assertThat(cs.getLifeCycleHandler()).isEqualTo("MyLifecycle");
        assertThat(cs.getCanvasLocationOptions()).extracting(Enum::name).containsExactly("Visualforce", "Aura");
        assertThat(cs.getCanvasOptions()).extracting(Enum::name).containsExactly("HideShare");
        assertThat(((ExtlClntAppConfigurablePolicies) c.model(MetadataType.POLICIES)).getIsCanvasPluginEnabled()).isTrue();
        assertThat(c.components()).extracting(Conversion.EcaComponent::fullName).contains("Order_Sync_canvasSettings");
    }

    @Test
    void mobileSettingsAreDroppedWithAWarning() throws Exception {
        Conversion c = convert("Order_Sync", oauthApp("", POLICY, "").replace("    <oauthConfig>",
                "    <mobileStartUrl>/m</mobileStartUrl>\n    <oauthConfig>"));
        assertThat(c.dropped()).anyMatch(s -> s.startsWith("mobileStartUrl"));
        assertThat(c.needsPerson()).anyMatch(s -> s.startsWith("E4"));
    }

    @Test
    void everyConversionWarnsAboutTheUsernamePasswordFlow() throws Exception {
        assertThat(convert("Order_Sync", oauthApp("", POLICY, "")).needsPerson()).anyMatch(s -> s.startsWith("E3"));
    }

    @Test
    void outputPassesTheSchemaCheck() throws Exception {
        Conversion c = convert("Order_Sync", oauthApp("        <isAdminApproved>true</isAdminApproved>\n", POLICY,
                "    <profileName>System Administrator</profileName>\n"));
        SchemaOutputCheck check = new SchemaOutputCheck();
        for (Conversion.EcaComponent e : c.components()) {
            assertThat(check.check(e.type(), e.fullName(), e.model(), io.github.ecamaven.eca.model.schema.ApiVersion.of(66)))
                    .as(e.fullName()).isEmpty();
        }
        // profiles need API 62: the same output is refused at 61
        assertThat(c.components().stream().flatMap(e -> check.check(e.type(), e.fullName(), e.model(),
                io.github.ecamaven.eca.model.schema.ApiVersion.of(61)).stream()))
                .anyMatch(s -> s.contains("commaSeparatedProfile"));
    }
}
