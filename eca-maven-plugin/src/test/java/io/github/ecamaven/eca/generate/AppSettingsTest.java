package io.github.ecamaven.eca.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.SessionSecurityLevel;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.text.Choices;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

    /** Every property of the {@code <app>} bean is in the table, and nothing else. */
    @Test
    void theTableCoversEveryAppElement() {
        List<String> bean = Arrays.stream(EcaApp.class.getMethods())
                .filter(m -> m.getName().startsWith("set") && m.getParameterCount() == 1
                        && m.getDeclaringClass() == EcaApp.class && !m.getName().equals("setConsumerSecret"))
                .map(Method::getName).map(n -> Character.toLowerCase(n.charAt(3)) + n.substring(4)).sorted().toList();
        assertThat(AppSettings.all().stream().map(AppSettings.Setting::element).sorted().toList()).isEqualTo(bean);
    }

    @Test
    void targetsAreSchemaFieldsWithTheirFirstVersion() {
        for (AppSettings.Setting s : AppSettings.all()) {
            if (s.target() != null && !s.field().equals("fullName")) {
                assertThat(s.target().schema().field(s.field())).as(s.element()).isNotNull();
                assertThat(s.since()).as(s.element()).isNotNull();
            }
        }
        assertThat(AppSettings.get("authorizationCodeAndCredentialsFlow").since()).isEqualTo(ApiVersion.of(61));
        assertThat(AppSettings.get("pkceRequired").defaultValue()).isEqualTo(Boolean.TRUE);
    }

    @Test
    void enumSettingsListTheModelsValues() {
        assertThat(AppSettings.get("sessionLevel").type()).isEqualTo(Choices.list(SessionSecurityLevel.values()));
        assertThat(List.<Object>copyOf(AppSettings.get("sessionLevel").values()))
                .containsExactly((Object[]) SessionSecurityLevel.values());
        assertThat(List.<Object>copyOf(AppSettings.get("distributionState").values()))
                .containsExactly(ExtlClntAppDistState.Local, ExtlClntAppDistState.Packaged);
        assertThat(AppSettings.get("preset").type()).isEqualTo(String.join(", ", Preset.ids()));
        for (AppSettings.Setting s : AppSettings.all()) {
            if (!s.values().isEmpty()) {
                assertThat(s.type()).as(s.element())
                        .isEqualTo(String.join(", ", s.values().stream().map(Enum::name).toList()));
                if (s.defaultValue() != null) {
                    assertThat(s.values().stream().map(Enum::name).toList()).as(s.element() + " default")
                            .contains(String.valueOf(s.defaultValue()));
                }
            }
        }
    }

    @Test
    void theReferencePageListsEveryElementWithPresetDefaults() {
        String md = AppSettings.markdown();
        assertThat(md).startsWith("# App configuration reference");
        for (AppSettings.Setting s : AppSettings.all()) {
            assertThat(md).contains("| `" + s.element() + "` |");
        }
        assertThat(md).contains("Preset `nango`", "Preset `jwt-ci`", "`https://api.nango.dev/oauth/callback`",
                "ExtlClntAppGlobalOauthSettings.isConsumerSecretOptional (negated)");
    }

    @Test
    void thePageSaysWhereThePackagedValuesOfAPresetAct() {
        assertThat(AppSettings.get("refreshTokenIdleLimit").field()).isEqualTo("isEnforceRefreshTokenTTL");
        assertThat(AppSettings.get("refreshTokenIdleLimit").since()).hasToString("67.0");
        assertThat(AppSettings.packagedValues(Preset.NANGO))
                .contains("`refreshTokenRotation` `true`, `refreshTokenIdleLimit` `true` in the global OAuth"
                        + " settings: developer switches of the source org, which reach every org that installs the"
                        + " app or links to it")
                .contains("`refreshTokenPolicy` `SpecificInactivity`", "in the OAuth policies, which configure only"
                        + " the org they are deployed to");
        assertThat(AppSettings.packagedValues(Preset.JWT_CI)).isEmpty();
        assertThat(AppSettings.markdown()).contains(AppSettings.packagedValues(Preset.NANGO));
    }
}
