package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.testing.SfFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SfCommandTest {

    @Test
    void argumentsAreWordsThenFlagsInOrderThenJson() {
        SfCommand c = SfCommand.of("package", "version", "create")
                .option("--package", "Nango External App")
                .flag("--installation-key-bypass")
                .option("--version-name", null)
                .option("--tag", "  ")
                .flag("--code-coverage", false)
                .option("--wait", 0)
                .build();
        assertThat(c.arguments()).containsExactly("package", "version", "create", "--package", "Nango External App",
                "--installation-key-bypass", "--wait", "0", "--json");
        assertThat(c.name()).isEqualTo("package version create");
        assertThat(c.option("--package")).isEqualTo("Nango External App");
    }

    @Test
    void secretValuesAreOnTheArgvButMaskedEverywhereElse() {
        SfCommand c = SfCommand.of("package", "install")
                .option("--package", "04t0000000000AAAAA")
                .secret("--installation-key", Secret.of("s3cret key"))
                .build();
        assertThat(c.arguments()).containsSequence("--installation-key", "s3cret key");
        assertThat(c.display()).isEqualTo(
                "sf package install --package 04t0000000000AAAAA --installation-key ****** --json");
        assertThat(c.toString()).doesNotContain("s3cret");
        assertThat(c.mask("sf said: bad key s3cret key!")).isEqualTo("sf said: bad key ******!");
        assertThat(c.secrets()).containsExactly("s3cret key");
    }

    @Test
    void displayQuotesValuesWithSpacesForCopyPaste() {
        SfCommand c = SfCommand.of("package", "create").option("--name", "Nango's App").build();
        assertThat(c.display()).isEqualTo("sf package create --name 'Nango'\\''s App' --json");
    }

    @Test
    void secretToStringIsMasked() {
        assertThat(Secret.of("abc").toString()).isEqualTo("******");
        assertThat(Secret.of("abc").reveal()).isEqualTo("abc");
    }

    @Test
    void secretsMaskKnownShapesInOutput() {
        String masked = Secrets.mask(SfFixtures.text("org-display.json")
                + "<consumerSecret>ABCDEF123</consumerSecret> <md:Password>PW9876</md:Password> <label>Shown</label>"
                + " force://PlatformCLI::5Aep861@example.my.salesforce.com"
                + " \"sfdxAuthUrl\": \"force://x:y:z@host\"", List.of());
        assertThat(masked).doesNotContain("FAKEACCESSTOKEN", "ABCDEF123", "PW9876", "5Aep861", "x:y:z")
                .contains("\"accessToken\": \"******\"", "<consumerSecret>******</consumerSecret>",
                        "<md:Password>******</md:Password>", "<label>Shown</label>",
                        "\"username\": \"hub@example.com\"");
    }
}
