package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppStartPage;
import io.github.ecamaven.eca.model.PermittedUsersPolicyType;
import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.SessionSecurityLevel;
import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppMapperTest {

    private final List<ConfigProblem> problems = new ArrayList<>();

    private List<PlannedFile> map(EcaApp app) {
        return AppMapper.map(app, new AppMapper.Target(ApiVersion.of(66), "force-app", "eca-org", false,
                Path.of(".")), problems);
    }

    private static <T> T model(List<PlannedFile> files, MetadataType type, Class<T> c) {
        return c.cast(files.stream().filter(f -> f.type() == type).findFirst().orElseThrow().model());
    }

    @Test
    void theOldestSupportedApiVersionIsTheNewestFirstVersionOfTheGeneratedTypes() {
        List<PlannedFile> files = map(nango());
        assertThat(files).extracting(PlannedFile::type).containsExactlyElementsOf(AppMapper.TYPES);
        ApiVersion newestFirst = files.stream().map(f -> f.type().since()).max(ApiVersion::compareTo).orElseThrow();
        assertThat(EcaGenerator.MIN_API_VERSION).isEqualTo(newestFirst)
                .isEqualTo(MetadataType.POLICIES.since());
    }

    @Test
    void everyEnumSettingIsReadInAnyCaseByTheOneParser() {
        EcaApp app = nango();
        app.setSessionLevel(" high_assurance ");
        app.setIpRelaxation("enforce_RelaxRefresh");
        app.setPermittedUsers("adminapprovedpreauthorized");
        app.setStartPage("oauth");
        app.setRefreshTokenPolicy("specificlifetime");
        app.setRefreshTokenValidityPeriod(2);
        app.setRefreshTokenValidityUnit("DAYS");
        List<PlannedFile> files = map(app);
        assertThat(problems).isEmpty();
        ExtlClntAppOauthConfigurablePolicies p =
                model(files, MetadataType.OAUTH_POLICIES, ExtlClntAppOauthConfigurablePolicies.class);
        assertThat(p.getRequiredSessionLevel()).isEqualTo(SessionSecurityLevel.HIGH_ASSURANCE);
        assertThat(p.getIpRelaxationPolicyType()).isEqualTo(IpRelaxationPolicy.Enforce_relaxrefresh.xmlValue());
        assertThat(p.getPermittedUsersPolicyType()).isEqualTo(PermittedUsersPolicyType.AdminApprovedPreAuthorized);
        assertThat(p.getRefreshTokenValidityUnit()).isEqualTo(RefreshTokenValidityUnit.Days.name());
        assertThat(model(files, MetadataType.POLICIES, ExtlClntAppConfigurablePolicies.class).getStartPage())
                .isEqualTo(ExtlClntAppStartPage.OAuth);
    }

    @Test
    void anUnknownEnumValueNamesTheValuesTheTableAllows() {
        EcaApp app = nango();
        app.setDistributionState("Managed");
        app.setRefreshTokenPolicy("SpecificLifetime");
        app.setRefreshTokenValidityPeriod(2);
        app.setRefreshTokenValidityUnit("weeks");
        map(app);
        assertThat(problems).extracting(ConfigProblem::toString).anySatisfy(m -> assertThat(m)
                .contains("<distributionState>", "unknown value 'Managed'", "Allowed: [Local, Packaged]"));
        assertThat(problems).extracting(ConfigProblem::toString).anySatisfy(m -> assertThat(m)
                .contains("<refreshTokenValidityUnit>", "unknown value 'weeks'", "Allowed: [Hours, Days, Months]"));
    }

    @Test
    void theNegatedSettingIsNegatedByTheTable() {
        EcaApp app = nango();
        app.setSecretRequiredForWebServerFlow("false");
        List<PlannedFile> files = map(app);
        assertThat(model(files, MetadataType.GLOBAL_OAUTH_SETTINGS, ExtlClntAppGlobalOauthSettings.class)
                .getIsConsumerSecretOptional()).isTrue();
        app.setSecretRequiredForWebServerFlow("true");
        assertThat(model(map(app), MetadataType.GLOBAL_OAUTH_SETTINGS, ExtlClntAppGlobalOauthSettings.class)
                .getIsConsumerSecretOptional()).isFalse();
    }

    @Test
    void nangoPresetIsTheSeedSetup() {
        List<PlannedFile> files = map(nango());
        assertThat(problems).isEmpty();
        ExtlClntAppGlobalOauthSettings g =
                model(files, MetadataType.GLOBAL_OAUTH_SETTINGS, ExtlClntAppGlobalOauthSettings.class);
        assertThat(g.getCallbackUrl()).isEqualTo("https://api.nango.dev/oauth/callback");
        assertThat(g.getIsCodeCredFlowEnabled()).isTrue();
        assertThat(g.getIsConsumerSecretOptional()).isFalse();
        assertThat(g.getIsSecretRequiredForRefreshToken()).isTrue();
        assertThat(g.getIsPkceRequired()).isTrue();
        assertThat(g.getConsumerSecret()).isNull();
        assertThat(model(files, MetadataType.OAUTH_SETTINGS, ExtlClntAppOauthSettings.class)
                .getCommaSeparatedOauthScopes()).isEqualTo("Api, RefreshToken");
        assertThat(model(files, MetadataType.OAUTH_POLICIES, ExtlClntAppOauthConfigurablePolicies.class)
                .getRefreshTokenPolicyType()).isEqualTo(RefreshTokenPolicyType.Infinite);
        ExternalClientApplication h =
                model(files, MetadataType.EXTERNAL_CLIENT_APPLICATION, ExternalClientApplication.class);
        assertThat(h.getLabel()).isEqualTo("Nango Integration");
        assertThat(h.getOrgScopedExternalApp()).isNull();
    }

    @Test
    void configurationOverridesThePresetFieldByField() {
        EcaApp app = nango();
        app.setPkceRequired("false");
        app.setSecretRequiredForWebServerFlow("false");
        app.setCallbackUrls(List.of("https://a.example.com/cb", "http://localhost:8080/cb"));
        List<PlannedFile> files = map(app);
        assertThat(problems).isEmpty();
        ExtlClntAppGlobalOauthSettings g =
                model(files, MetadataType.GLOBAL_OAUTH_SETTINGS, ExtlClntAppGlobalOauthSettings.class);
        assertThat(g.getIsPkceRequired()).isFalse();
        assertThat(g.getIsConsumerSecretOptional()).isTrue();
        assertThat(g.getIsCodeCredFlowEnabled()).isTrue();
        assertThat(g.getCallbackUrl()).isEqualTo("https://a.example.com/cb\nhttp://localhost:8080/cb");
        PlannedFile global = files.stream().filter(f -> f.type() == MetadataType.GLOBAL_OAUTH_SETTINGS).findFirst()
                .orElseThrow();
        assertThat(global.managed()).containsEntry("isPkceRequired", "<pkceRequired>")
                .containsEntry("isCodeCredFlowEnabled", "<preset>nango</preset>")
                .doesNotContainKeys("certificate", "consumerKey", "consumerSecret");
    }

    @Test
    void scopesAcceptTokensAndOauthStringsAndAreWrittenAsTokensInSalesforceOrder() {
        EcaApp app = nango();
        app.setScopes(List.of("refresh_token, offline_access", "API", "openid", "Api"));
        List<PlannedFile> files = map(app);
        assertThat(problems).isEmpty();
        assertThat(model(files, MetadataType.OAUTH_SETTINGS, ExtlClntAppOauthSettings.class)
                .getCommaSeparatedOauthScopes()).isEqualTo("Api, RefreshToken, OfflineAccess, OpenID");
    }

    @Test
    void flowsAndPoliciesMapToBothFiles() {
        EcaApp app = nango();
        app.setClientCredentialsFlow("true");
        app.setClientCredentialsUser("api@example.com");
        app.setTokenExchangeFlow("true");
        app.setPermittedUsers("AdminApprovedPreAuthorized");
        app.setPermissionSets(List.of("Nango_User", "Api_Only"));
        app.setRefreshTokenPolicy("SpecificInactivity");
        app.setRefreshTokenValidityPeriod(30);
        app.setRefreshTokenValidityUnit("days");
        app.setIpRelaxation("Enforce_RelaxRefresh");
        app.setSessionLevel("high_assurance");
        app.setConsumerKey("3MVG9abc.def_1");
        List<PlannedFile> files = map(app);
        assertThat(problems).isEmpty();
        var p = model(files, MetadataType.OAUTH_POLICIES, ExtlClntAppOauthConfigurablePolicies.class);
        assertThat(p.getIsClientCredentialsFlowEnabled()).isTrue();
        assertThat(p.getClientCredentialsFlowUser()).isEqualTo("api@example.com");
        assertThat(p.getIsTokenExchangeFlowEnabled()).isTrue();
        assertThat(p.getCommaSeparatedPermissionSet()).isEqualTo("Nango_User,Api_Only");
        assertThat(p.getRefreshTokenValidityPeriod()).isEqualTo(30);
        assertThat(p.getRefreshTokenValidityUnit()).isEqualTo("Days");
        assertThat(p.getIpRelaxationPolicyType()).isEqualTo("Enforce_relaxrefresh");
        assertThat(p.getRequiredSessionLevel().name()).isEqualTo("HIGH_ASSURANCE");
        var g = model(files, MetadataType.GLOBAL_OAUTH_SETTINGS, ExtlClntAppGlobalOauthSettings.class);
        assertThat(g.getIsClientCredentialsFlowEnabled()).isTrue();
        assertThat(g.getIsTokenExchangeEnabled()).isTrue();
        assertThat(g.getConsumerKey()).isEqualTo("3MVG9abc.def_1");
    }

    @Test
    void coreHasNoMavenImports() throws Exception {
        Path src = Path.of("src/main/java/io/github/ecamaven/eca/generate");
        try (var files = java.nio.file.Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(java.nio.file.Files.readString(f)).as(f.toString()).doesNotContain("org.apache.maven");
            }
        }
    }
}
