package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.GLOBAL;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.OAUTH_POLICIES;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.RuleCatalogue;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.ValidationRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nango preset and the nango profile come from one holder and agree with each other. */
class PresetProfileTest {

    private static List<Finding> validate(Path project, Profile profile) throws Exception {
        return EcaValidator.validate(ValidationRequest.of(project).withProfile(profile), EcaLog.NONE).findings();
    }

    @Test
    void nangoProfileIsDerivedFromThePreset() {
        assertThat(Profile.NANGO.expectedCallbacks()).isEqualTo(Preset.NANGO.callbackUrls())
                .containsExactly("https://api.nango.dev/oauth/callback");
        assertThat(Profile.NANGO.requiredScopes()).isEqualTo(Preset.NANGO.scopes()).containsExactly("Api",
                "RefreshToken");
        assertThat(Profile.NANGO.severities()).containsEntry("ECA-OAUTH-001", Severity.ERROR)
                .containsEntry("ECA-OAUTH-002", Severity.ERROR);
        assertThat(Profile.NANGO.intendedLocalRefreshTokenPolicy()).isEqualTo("Infinite");
        assertThat(Profile.named("nango")).isSameAs(Profile.NANGO);
    }

    @Test
    void smallestNangoConfigurationHasNoFindingUnderTheNangoProfile(@TempDir Path project) throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()));
        assertThat(read(project, OAUTH_POLICIES)).contains("<refreshTokenPolicyType>Infinite</refreshTokenPolicyType>");
        assertThat(validate(project, Profile.NANGO)).isEmpty();
    }

    @Test
    void theDefaultProfileStillWarnsAboutValidUntilRevoked(@TempDir Path project) throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()));
        assertThat(validate(project, Profile.DEFAULT)).extracting(Finding::ruleId).containsExactly("ECA-SEC-004");
    }

    @Test
    void packagedNangoAppGetsPartnerSafeValues(@TempDir Path project) throws Exception {
        EcaApp app = nango();
        app.setDistributionState("Packaged");
        new EcaGenerator(EcaLog.NONE).generate(request(project, false, "67.0", "nangons", app));
        String policies = read(project, OAUTH_POLICIES.replace("force-app", "eca-org"));
        assertThat(policies).contains("<refreshTokenPolicyType>SpecificInactivity</refreshTokenPolicyType>",
                "<refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>",
                "<refreshTokenValidityUnit>Days</refreshTokenValidityUnit>");
        assertThat(read(project, GLOBAL.replace("force-app", "eca-org")))
                .as("the developer switches of the source org, which reach every org that installs the app")
                .contains("<isEnforceRefreshTokenTTL>true</isEnforceRefreshTokenTTL>",
                        "<isRefreshTokenRotationEnabled>true</isRefreshTokenRotationEnabled>");
        for (Profile p : List.of(Profile.DEFAULT, Profile.NANGO, Profile.ISV)) {
            assertThat(validate(project, p)).extracting(Finding::ruleId)
                    .doesNotContain("ECA-SEC-004", "ECA-SEC-005", "ECA-SEC-006");
        }
    }

    @Test
    void belowTheSwitchsApiVersionThePresetLeavesItOutAndValidateSaysHowToTurnItOn(@TempDir Path project)
            throws Exception {
        EcaApp app = nango();
        app.setDistributionState("Packaged");
        new EcaGenerator(EcaLog.NONE).generate(request(project, false, "66.0", "nangons", app));
        assertThat(read(project, GLOBAL.replace("force-app", "eca-org"))).doesNotContain("isEnforceRefreshTokenTTL")
                .contains("<isRefreshTokenRotationEnabled>true</isRefreshTokenRotationEnabled>");
        assertThat(validate(project, Profile.NANGO)).filteredOn(f -> f.ruleId().equals("ECA-SEC-004"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.path()).contains("extlClntAppGlobalOauthSets");
                    assertThat(f.message()).contains("turn the limit on in Setup of the source org",
                            "raise sourceApiVersion to 67.0 and set <isEnforceRefreshTokenTTL>true");
                });
        // configured, not from the preset, the element the API version lacks is refused as every such setting is
        app.setRefreshTokenIdleLimit("true");
        GenerateConfigException e = org.junit.jupiter.api.Assertions.assertThrows(GenerateConfigException.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(request(project.resolve("b"), false, "66.0", "nangons",
                        app)));
        assertThat(e.getMessage()).contains("<refreshTokenIdleLimit>", "isEnforceRefreshTokenTTL",
                "exists from API 67.0 on");
    }

    @Test
    void packagedNangoAppWithTheSwitchOffIsRefusedNamingTheElement(@TempDir Path project) throws Exception {
        EcaApp app = nango();
        app.setDistributionState("Packaged");
        app.setRefreshTokenIdleLimit("false");
        GenerateConfigException e = org.junit.jupiter.api.Assertions.assertThrows(GenerateConfigException.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(request(project, false, "67.0", "nangons", app)));
        assertThat(e.getMessage()).contains("<app> Nango_Integration: <refreshTokenIdleLimit>: eca:validate would"
                + " reject", "with ECA-SEC-004: refresh tokens of a Packaged app stay valid until revoked in the orgs"
                + " that install it");
        try (var files = java.nio.file.Files.list(project)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }

    @Test
    void validUntilRevokedInAPackagedAppsPoliciesConfiguresOnlyTheSourceOrg(@TempDir Path project)
            throws Exception {
        EcaApp app = nango();
        app.setDistributionState("Packaged");
        app.setRefreshTokenPolicy("Infinite");
        new EcaGenerator(EcaLog.NONE).generate(request(project, false, "67.0", "nangons", app));
        assertThat(read(project, OAUTH_POLICIES.replace("force-app", "eca-org")))
                .contains("<refreshTokenPolicyType>Infinite</refreshTokenPolicyType>");
        assertThat(validate(project, Profile.DEFAULT)).filteredOn(f -> f.ruleId().equals("ECA-SEC-004"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("valid until revoked (Infinite) in a Packaged app (these"
                            + " policies configure only the org they are deployed to");
                });
    }

    @Test
    void generateUsesTheProfileOfEcaValidate(@TempDir Path project) throws Exception {
        EcaApp app = nango();
        app.setPkceRequired("false"); // a warning by default, an error under the nango profile
        new EcaGenerator(EcaLog.NONE).generate(request(project, app));
        GenerateConfigException e = org.junit.jupiter.api.Assertions.assertThrows(GenerateConfigException.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(request(project.resolve("b"), app)
                        .withValidation("nango", java.util.Map.of())));
        assertThat(e.getMessage()).contains("<pkceRequired>: eca:validate (profile nango) would reject",
                "ECA-OAUTH-001");
        new EcaGenerator(EcaLog.NONE).generate(request(project.resolve("c"), app)
                .withValidation("nango", java.util.Map.of("ECA-OAUTH-001", "warning")));
    }

    @Test
    void theRulePageExplainsWhyValidUntilRevokedSuitsABroker() {
        assertThat(RuleCatalogue.rule("ECA-SEC-004").rationale()).contains("server-side OAuth broker");
        assertThat(RuleCatalogue.markdown()).contains("server-side OAuth broker");
    }
}
