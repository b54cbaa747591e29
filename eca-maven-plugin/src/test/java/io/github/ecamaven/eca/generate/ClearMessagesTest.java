package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ecamaven.eca.log.EcaLog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs whose refusal used to name the wrong cause (a file that does not exist, a temp path, a mangled name) are
 * refused with the cause the user can act on.
 */
class ClearMessagesTest {

    @TempDir
    Path project;

    private String failure(EcaApp... apps) {
        Exception e = assertThrows(Exception.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(request(project, apps)));
        return e.getMessage();
    }

    private static EcaApp named(String name) {
        EcaApp a = nango();
        a.setName(name);
        return a;
    }

    @Test
    void anAccentedNameGetsASuggestionWithItsLettersKept() {
        assertThat(failure(named("Ünïcode_App")))
                .contains("<name>: 'Ünïcode_App' is not a valid API name: it must start with a letter of A-Z (no"
                        + " accents)", "did you mean 'Unicode_App'?")
                .doesNotContain("n_code_App");
    }

    @Test
    void twoAppsWhoseNamesDifferOnlyInCaseAreOneNameToSalesforce() throws Exception {
        String message = failure(named("Foo"), named("FOO"));
        assertThat(message).contains("<app> FOO: <name>: 'FOO' and 'Foo' differ only in letter case",
                        "API names are case-insensitive", "case-insensitive file systems")
                .doesNotContain("already defined");
        try (var files = Files.list(project)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }

    @Test
    void aFolderAsCertificateFileIsCalledAFolder(@TempDir Path tmp) {
        EcaApp app = nango();
        app.setCertificateFile(tmp.toFile());
        assertThat(failure(app)).contains("<certificateFile>: " + tmp + " is a folder, not a file")
                .doesNotContain("does not exist");
    }

    @Test
    void aDeviceAsCertificateFileIsCalledNoRegularFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        EcaApp app = nango();
        app.setCertificateFile(zero.toFile());
        assertThat(failure(app)).contains("<certificateFile>: /dev/zero is not a regular file")
                .doesNotContain("does not exist");
    }

    @Test
    void aFileWhereTheAppsFolderBelongsIsNamed() throws Exception {
        Path folder = project.resolve("force-app/main/default/externalClientApps");
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "not a folder");
        String message = failure(nango());
        assertThat(message).contains("force-app/main/default/externalClientApps", "is a file")
                .doesNotContain(".tmp");
        assertThat(Files.readString(folder)).isEqualTo("not a folder");
    }

    @Test
    void anAppFileLinkedOutOfTheProjectIsSaidToLeadOutOfIt(@TempDir Path elsewhere) throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()));
        Path header = project.resolve(GenerateTestSupport.HEADER);
        Path outside = Files.move(header, elsewhere.resolve(header.getFileName()));
        Files.createSymbolicLink(header, outside);
        EcaApp changed = nango();
        changed.setLabel("Another Label");
        assertThat(failure(changed)).contains("which resolves to " + outside.toRealPath() + " (through a symlink",
                "outside the project", "Nothing was written").doesNotContain("has no");
        assertThat(Files.isSymbolicLink(header)).isTrue();
    }
}
