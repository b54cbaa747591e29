package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.ValidationRequest;
import io.github.ecamaven.eca.validate.rules.ExpectedCallbackRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nango preset registers the callback of the Nango server the build declares, and the nango profile (also
 * generate's gate) expects that callback: one fact, {@link NangoCallback}.
 */
class NangoCallbackPresetTest {

    private static final NangoCallback SELF_HOSTED = NangoCallback.of("https://nango.example.com", null);

    private static List<Finding> callbackFindings(Path project, NangoCallback declared) throws Exception {
        return EcaValidator.validate(ValidationRequest.of(project).withProfile(Profile.NANGO)
                .withNangoCallback(declared), EcaLog.NONE).findings().stream()
                .filter(f -> f.ruleId().equals(ExpectedCallbackRule.ID)).toList();
    }

    @Test
    void aSelfHostedNangoGetsItsCallbackRegistered(@TempDir Path project) throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()).withValidation("nango", Map.of())
                .withNangoCallback(SELF_HOSTED));
        assertThat(read(project, GLOBAL)).contains("<callbackUrl>https://nango.example.com/oauth/callback</callbackUrl>")
                .doesNotContain("api.nango.dev");
        assertThat(callbackFindings(project, SELF_HOSTED)).isEmpty();
        // the same files judged for Nango Cloud lack Cloud's callback
        assertThat(callbackFindings(project, NangoCallback.CLOUD)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("https://api.nango.dev/oauth/callback"));
    }

    @Test
    void nangoCloudStaysTheDefault(@TempDir Path project) throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()));
        assertThat(read(project, GLOBAL)).contains("<callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>");
        List<Finding> findings = callbackFindings(project, SELF_HOSTED);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .contains("expects Nango's callback https://nango.example.com/oauth/callback")
                .contains("derived from eca.nangoUrl https://nango.example.com")
                .contains("it lists Nango Cloud's https://api.nango.dev/oauth/callback")
                .contains("redirect_uri_mismatch")
                .contains("add https://nango.example.com/oauth/callback to the app's callbacks"));
    }

    @Test
    void theCustomCallbackUrlIsWhatThePresetRegisters(@TempDir Path project) throws Exception {
        NangoCallback custom = NangoCallback.of("https://nango.example.com", "https://auth.example.com/oauth/callback");
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()).withNangoCallback(custom));
        assertThat(read(project, GLOBAL))
                .contains("<callbackUrl>https://auth.example.com/oauth/callback</callbackUrl>");
        assertThat(Preset.NANGO.callbackUrls(custom)).containsExactly("https://auth.example.com/oauth/callback");
        assertThat(Profile.NANGO.expectedCallbacks(custom)).containsExactly("https://auth.example.com/oauth/callback");
        assertThat(Profile.DEFAULT.expectedCallbacks(custom)).isEmpty();
    }

    @Test
    void generatesGateRefusesCallbacksThatLackTheDeclaredNangos(@TempDir Path project) {
        EcaApp app = nango();
        app.setCallbackUrls(List.of("https://api.nango.dev/oauth/callback"));
        assertThatThrownBy(() -> new EcaGenerator(EcaLog.NONE).generate(request(project, app)
                .withValidation("nango", Map.of()).withNangoCallback(SELF_HOSTED)))
                .isInstanceOf(GenerateConfigException.class).hasMessageContaining(ExpectedCallbackRule.ID)
                .hasMessageContaining("https://nango.example.com/oauth/callback");
    }
}
