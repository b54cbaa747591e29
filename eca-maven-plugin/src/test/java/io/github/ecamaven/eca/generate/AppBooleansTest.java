package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A boolean {@code <app>} element with a typo is a configuration error, never a silent false. */
class AppBooleansTest {

    @TempDir
    Path project;

    @Test
    void everyBooleanAppElementRefusesATypoNamingTheElement() throws Exception {
        Set<String> elements = nango().booleanTexts().keySet();
        assertThat(elements).contains("pkceRequired", "secretRequiredForRefreshToken", "refreshTokenIdleLimit")
                .containsExactlyInAnyOrderElementsOf(AppSettings.all().stream()
                        .filter(s -> s.type().equals("true/false")).map(AppSettings.Setting::element).toList());
        for (String element : elements) {
            EcaApp app = nango();
            EcaApp.class.getMethod("set" + Character.toUpperCase(element.charAt(0)) + element.substring(1),
                    String.class).invoke(app, "ture");
            assertThatThrownBy(() -> new EcaGenerator(EcaLog.NONE).generate(request(project, app)))
                    .as(element)
                    .isInstanceOf(GenerateConfigException.class)
                    .hasMessageContaining("<app> Nango_Integration: <apps><app><" + element + ">: 'ture' is not a"
                            + " boolean; write true or false");
            try (var s = Files.list(project)) {
                assertThat(s).as("nothing written").isEmpty();
            }
        }
    }

    @Test
    void trueAndFalseAreReadInAnyCase() throws Exception {
        EcaApp app = nango();
        app.setPkceRequired(" FALSE ");
        app.setSecretRequiredForRefreshToken("True");
        new EcaGenerator(EcaLog.NONE).generate(request(project, app));
        assertThat(GenerateTestSupport.read(project, GenerateTestSupport.GLOBAL))
                .contains("<isPkceRequired>false</isPkceRequired>");
    }
}
