package io.github.ecamaven.eca.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetadataTypeTest {

    @Test
    void thirteenTypesWithSalesforceSpellings() {
        assertThat(MetadataType.values()).hasSize(13);
        assertThat(MetadataType.GLOBAL_OAUTH_SETTINGS.suffix()).isEqualTo("ecaGlblOauth");
        assertThat(MetadataType.GLOBAL_OAUTH_SETTINGS.directoryName()).isEqualTo("extlClntAppGlobalOauthSets");
        assertThat(MetadataType.NOTIFICATION_SETTINGS.directoryName()).isEqualTo("extlClntAppNotifSettings");
        assertThat(MetadataType.GLOBAL_OAUTH_SETTINGS.isPackageable()).isFalse();
        assertThat(MetadataType.OAUTH_POLICIES.isPackageable()).isFalse();
        assertThat(MetadataType.POLICIES.isPackageable()).isFalse();
        assertThat(MetadataType.OAUTH_SETTINGS.isPackageable()).isTrue();
        assertThat(MetadataType.EXTERNAL_CLIENT_APPLICATION.isPackageable()).isTrue();
    }

    @Test
    void namesFilesTheWaySalesforceDoes() {
        assertThat(MetadataType.GLOBAL_OAUTH_SETTINGS.sourcePath(Paths.get("force-app"), "My_App_glbloauth"))
                .isEqualTo(Paths.get("force-app/main/default/extlClntAppGlobalOauthSets/"
                        + "My_App_glbloauth.ecaGlblOauth-meta.xml"));
        assertThat(MetadataType.OAUTH_POLICIES.conventionalName("My_App")).isEqualTo("My_App_oauthPlcy");
        assertThat(MetadataType.ofFileName("X_plcy.ecaPlcy-meta.xml")).isEqualTo(MetadataType.POLICIES);
        assertThat(MetadataType.ofFileName("X.ecaOauth")).isEqualTo(MetadataType.OAUTH_SETTINGS);
        assertThat(MetadataType.ofFileName("X.ecaGlobalOauth-meta.xml")).isNull();
        assertThat(MetadataType.looksLikeEcaFile("X.ecaGlobalOauth-meta.xml")).isTrue();
        // the rule is `*.eca[a-z]*-meta.xml` in any case, checked character by character
        assertThat(MetadataType.looksLikeEcaFile("X.ECAOAUTHSETTINGS-META.XML")).isTrue();
        assertThat(MetadataType.looksLikeEcaFile(".eca-meta.xml")).isTrue();
        assertThat(MetadataType.looksLikeEcaFile("X.eca2-meta.xml")).isFalse();
        assertThat(MetadataType.looksLikeEcaFile("X.ec-meta.xml")).isFalse();
        assertThat(MetadataType.looksLikeEcaFile("X.ecaOauth.bak-meta.xml")).isFalse();
        assertThat(MetadataType.looksLikeEcaFile("X.ecaOauth")).isFalse();
        assertThat(MetadataType.looksLikeEcaFile("Account.object-meta.xml")).isFalse();
        assertThat(MetadataType.looksLikeEcaFile("-meta.xml")).isFalse();
        // suffixes are compared in place: a longer or shorter one, or none, is no type
        assertThat(MetadataType.ofFileName("X.ecaOauthX-meta.xml")).isNull();
        assertThat(MetadataType.ofFileName("X.ecaOaut-meta.xml")).isNull();
        assertThat(MetadataType.ofFileName(".ecaOauth-meta.xml")).isNull();
        assertThat(MetadataType.ofFileName("-meta.xml")).isNull();
        assertThat(MetadataType.ofFileName("X.eca")).isEqualTo(MetadataType.EXTERNAL_CLIENT_APPLICATION);
        assertThat(MetadataType.componentName("My_App_oauth.ecaOauth-meta.xml")).isEqualTo("My_App_oauth");
    }

    @Test
    void everyTypeHasItsSchemaTableAndModelClass() {
        for (MetadataType t : MetadataType.values()) {
            assertThat(t.schema()).as(t.typeName()).isNotNull();
            assertThat(t.modelClass().getSimpleName()).isEqualTo(t.typeName());
            if (t.isSatellite()) {
                assertThat(t.schema().field("externalClientApplication").required()).as(t.typeName()).isTrue();
            }
        }
    }

    @Test
    void matchesTheSfCliRegistryFacts() throws Exception {
        Path json = Shared.require("reference/eca-schema.json");
        String text = Files.readString(json);
        for (MetadataType t : MetadataType.values()) {
            Pattern p = Pattern.compile("\"" + t.typeName() + "\"\\s*:\\s*\\{\\s*\"registry\"\\s*:\\s*\\{\\s*"
                    + "\"suffix\"\\s*:\\s*\"([^\"]+)\",\\s*\"directoryName\"\\s*:\\s*\"([^\"]+)\"");
            Matcher m = p.matcher(text);
            assertThat(m.find()).as("registry entry of " + t.typeName()).isTrue();
            assertThat(t.suffix()).isEqualTo(m.group(1));
            assertThat(t.directoryName()).isEqualTo(m.group(2));
        }
    }

    @Test
    void gatesFieldsByApiVersion() {
        FieldSpec dpop = EcaSchema.type("ExtlClntAppGlobalOauthSettings").field("isDPopEnabled");
        assertThat(dpop.since()).isEqualTo(ApiVersion.of(67));
        assertThat(dpop.availableIn(ApiVersion.parse("66.0"))).isFalse();
        FieldSpec pkce = EcaSchema.type("ExtlClntAppGlobalOauthSettings").field("isPkceRequired");
        assertThat(pkce.availableIn(ApiVersion.parse("66.0"))).isTrue();
        assertThat(EcaSchema.enumType("PolicyAction").since("StepUpMFA")).isEqualTo(ApiVersion.of(67));
        assertThat(ApiVersion.tryParse("58")).isNull();
    }
}
