package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.GLOBAL;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change the POM asks for is news (info); overwriting a hand edit is a warning. */
class LogLevelsTest {

    @TempDir
    Path project;

    @TempDir
    Path target;

    private final RecordingLog log = new RecordingLog(false);

    private void generate(EcaApp app) throws Exception {
        new EcaGenerator(log).rememberingIn(target.resolve("eca/generated-values.properties"))
                .generate(request(project, app));
    }

    @Test
    void aValueChangedInThePomIsInfo() throws Exception {
        generate(nango());
        EcaApp insecure = nango();
        insecure.setPkceRequired("false");
        log.lines.clear();

        generate(insecure);

        assertThat(log.messages("WARN")).isEmpty();
        assertThat(log.messages("INFO")).contains("Nango_Integration_glbloauth: isPkceRequired true \u2192 false (from <pkceRequired>)");
        assertThat(read(project, GLOBAL)).contains("<isPkceRequired>false</isPkceRequired>");
        assertThat(target.resolve("eca/generated-values.properties")).content()
                .doesNotContain("api.nango.dev", "integrations@example.com").contains(GLOBAL.replace(":", "\\:") + "#isPkceRequired=");
    }

    @Test
    void overwritingAHandEditIsAWarning() throws Exception {
        generate(nango());
        Files.writeString(project.resolve(GLOBAL), read(project, GLOBAL)
                .replace("<isPkceRequired>true</isPkceRequired>", "<isPkceRequired>false</isPkceRequired>"));

        generate(nango());

        assertThat(log.messages("WARN")).singleElement().asString().startsWith("Overwrote " + GLOBAL
                + ": isPkceRequired 'false' -> 'true'").contains("a hand edit");
        assertThat(read(project, GLOBAL)).contains("<isPkceRequired>true</isPkceRequired>");
    }

    @Test
    void withoutARecordAnOverwriteStaysAWarning() throws Exception {
        new EcaGenerator(log).generate(request(project, nango()));
        EcaApp insecure = nango();
        insecure.setPkceRequired("false");

        generate(insecure);

        assertThat(log.messages("WARN")).singleElement().asString().contains("isPkceRequired 'true' -> 'false'",
                "may be a hand edit");
    }
}
