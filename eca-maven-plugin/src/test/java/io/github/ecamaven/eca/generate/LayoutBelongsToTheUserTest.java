package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.GLOBAL;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.OAUTH_POLICIES;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.log.EcaLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate compares values, not layout: whoever formatted a file, equal values leave it byte for byte as it is. */
class LayoutBelongsToTheUserTest {

    @TempDir
    Path project;

    private GenerateResult generate(boolean check) throws Exception {
        return new EcaGenerator(EcaLog.NONE).generate(request(project, check, "66.0", null, nango()));
    }

    /** Another layout of the same values: four-space indents, a blank line, single quotes in the declaration. */
    private static String reformat(String xml) {
        return xml.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0' encoding='UTF-8'?>")
                .replace("\n    <", "\n\n        <").replace("\n        </", "\n            </");
    }

    @Test
    void reformattedFilesWithEqualValuesAreLeftAlone() throws Exception {
        GenerateResult first = generate(false);
        Map<String, String> formatted = new LinkedHashMap<>();
        for (String f : first.written()) {
            String text = f.endsWith(".json") ? read(project, f).replace("\n  ", "\n\t") : reformat(read(project, f));
            assertThat(text).as(f).isNotEqualTo(read(project, f));
            Files.writeString(project.resolve(f), text);
            formatted.put(f, text);
        }

        assertThat(generate(true).allUpToDate()).as("check passes on the reformatted tree").isTrue();
        GenerateResult again = generate(false);

        assertThat(again.written()).isEmpty();
        assertThat(again.upToDate()).hasSize(7);
        formatted.forEach((f, text) -> assertThat(read0(f)).as(f).isEqualTo(text));
    }

    @Test
    void aChangedValueInAReformattedFileIsStillPutBack() throws Exception {
        generate(false);
        Files.writeString(project.resolve(GLOBAL), reformat(read(project, GLOBAL))
                .replace("<isPkceRequired>true</isPkceRequired>", "<isPkceRequired>false</isPkceRequired>"));
        String policies = reformat(read(project, OAUTH_POLICIES));
        Files.writeString(project.resolve(OAUTH_POLICIES), policies);

        GenerateResult r = generate(false);

        assertThat(r.written()).containsExactly(GLOBAL);
        assertThat(read(project, GLOBAL)).contains("<isPkceRequired>true</isPkceRequired>");
        assertThat(read(project, OAUTH_POLICIES)).isEqualTo(policies);
    }

    private String read0(String f) {
        try {
            return read(project, f);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
