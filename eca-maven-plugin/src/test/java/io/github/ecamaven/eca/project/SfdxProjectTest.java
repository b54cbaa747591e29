package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfdxProjectTest {

    @TempDir
    Path dir;

    private static final String SF_WRITTEN = """
            {
              "packageDirectories": [
                {
                  "path": "force-app",
                  "default": true,
                  "package": "Nango External App",
                  "versionName": "ver 0.1",
                  "versionNumber": "0.1.0.NEXT"
                }
              ],
              "name": "nango-eca",
              "namespace": "acme",
              "sfdcLoginUrl": "https://login.salesforce.com",
              "sourceApiVersion": "66.0",
              "packageAliases": {
                "Nango External App": "0Ho000000000001AAA"
              }
            }""";

    @Test
    void rewritingAnUntouchedFileGivesTheSameBytes() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), SF_WRITTEN);
        SfdxProject p = SfdxProject.read(dir);
        assertThat(p.toJson()).isEqualTo(SF_WRITTEN);
        assertThat(p.write()).isFalse();
    }

    @Test
    void addingAnAliasChangesOneLineAndKeepsSfFormatting() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), SF_WRITTEN);
        SfdxProject p = SfdxProject.read(dir);
        p.putPackageAlias("Nango External App@0.1.0-1", "04t000000000001AAA");
        assertThat(p.write()).isTrue();
        String after = Files.readString(dir.resolve("sfdx-project.json"), StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(SF_WRITTEN.replace("\"0Ho000000000001AAA\"\n",
                "\"0Ho000000000001AAA\",\n    \"Nango External App@0.1.0-1\": \"04t000000000001AAA\"\n"));
        assertThat(after).doesNotEndWith("\n");
    }

    @Test
    void commentsAreRefusedAtTheirLine() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\n  \"namespace\": \"x\",\n  // the package\n}");
        assertThatThrownBy(() -> SfdxProject.read(dir))
                .isInstanceOf(SfdxProjectException.class)
                .hasMessageContaining("sfdx-project.json:3:")
                .hasMessageContaining("comments are not allowed");
    }

    @Test
    void readsPackageDirectoriesAndDefault() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), SF_WRITTEN);
        SfdxProject p = SfdxProject.read(dir);
        assertThat(p.defaultPackageDirectory().path()).isEqualTo("force-app");
        assertThat(p.packageDirectory("./force-app/").packageName()).isEqualTo("Nango External App");
        assertThat(p.namespace()).isEqualTo("acme");
        assertThat(p.packageAliases()).containsEntry("Nango External App", "0Ho000000000001AAA");
    }

    @Test
    void ensurePackageDirectoryAppendsOnceAndKeepsOtherKeys() throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), SF_WRITTEN + "\n");
        SfdxProject p = SfdxProject.read(dir);
        p.ensurePackageDirectory("eca-org");
        p.ensurePackageDirectory("eca-org");
        assertThat(p.packageDirectories()).extracting(SfdxProject.PackageDirectory::path)
                .containsExactly("force-app", "eca-org");
        assertThat(p.packageDirectory("eca-org").isDefault()).isFalse();
        assertThat(p.toJson()).endsWith("}\n").contains("\"sfdcLoginUrl\": \"https://login.salesforce.com\"");
    }
}
