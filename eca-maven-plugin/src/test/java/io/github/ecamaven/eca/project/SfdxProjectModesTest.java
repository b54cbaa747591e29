package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of sfdx-project.json in its strict, lenient and writable modes. */
class SfdxProjectModesTest {

    @TempDir
    Path dir;

    private static final String WITH_COMMENT = """
            {
              // the package
              "packageDirectories": [
                { "path": "force-app", "default": true }
              ],
              "namespace": "acme"
            }
            """;

    @Test
    void strictReadingRefusesADuplicateKeyAtItsPosition() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\n  \"namespace\": \"a\",\n  \"namespace\": \"b\"\n}");
        assertThatThrownBy(() -> SfdxProject.read(dir))
                .isInstanceOf(SfdxProjectException.class)
                .hasMessageContaining("sfdx-project.json:3:")
                .hasMessageContaining("namespace");
    }

    @Test
    void strictReadingRefusesANonObject() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "[]");
        assertThatThrownBy(() -> SfdxProject.read(dir)).isInstanceOf(SfdxProjectException.class)
                .hasMessageContaining("must hold a JSON object");
    }

    @Test
    void lenientReadingReportsTheCommentAndStillReadsTheContentWithPositions() throws Exception {
        Path file = dir.resolve("sfdx-project.json");
        Files.writeString(file, WITH_COMMENT);
        SfdxProject p = SfdxProject.inspect(file);
        assertThat(p.comments()).singleElement().satisfies(c -> {
            assertThat(c.position().line()).isEqualTo(2);
            assertThat(c.message()).contains("remove it");
        });
        assertThat(p.syntaxError()).isNull();
        assertThat(p.defaultPackageDirectory().path()).isEqualTo("force-app");
        assertThat(p.keyAt("/namespace").line()).isEqualTo(6);
        assertThat(p.valueAt("/packageDirectories/0/path").line()).isEqualTo(4);
        assertThat(p.valueAt("/packageDirectories/0/path").column()).isEqualTo(15);
        assertThat(p.keyAt("/packageDirectories/0/missing").line()).isEqualTo(1);
    }

    @Test
    void lenientReadingNeverThrowsForBrokenJson() throws Exception {
        Path file = dir.resolve("sfdx-project.json");
        Files.writeString(file, "{\n  \"namespace\": \"a\",,\n}");
        SfdxProject p = SfdxProject.inspect(file);
        assertThat(p.syntaxError()).isNotNull();
        assertThat(p.syntaxError().position().line()).isEqualTo(2);
        assertThat(p.syntaxError().message()).contains("not valid JSON", "treats such a file as empty");
        assertThat(p.json().isMissing()).isTrue();
        assertThat(p.packageDirectories()).isEmpty();
    }

    @Test
    void writingKeepsUnknownKeysTheirOrderAndNumbersAsWritten() throws Exception {
        String text = "{\n  \"custom\": {\n    \"n\": 1.50,\n    \"list\": [\n      true,\n      null\n    ]\n  },\n"
                + "  \"packageDirectories\": []\n}";
        Files.writeString(dir.resolve("sfdx-project.json"), text);
        SfdxProject p = SfdxProject.read(dir);
        assertThat(p.toJson()).isEqualTo(text);
        p.ensurePackageDirectory("force-app");
        assertThat(p.toJson()).startsWith("{\n  \"custom\": {\n    \"n\": 1.50,")
                .contains("\"packageDirectories\": [\n    {\n      \"path\": \"force-app\",\n      \"default\": true\n"
                        + "    }\n  ]");
    }
}
