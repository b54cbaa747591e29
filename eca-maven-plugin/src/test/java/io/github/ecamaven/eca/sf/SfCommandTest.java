package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.testing.SfFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SfCommandTest {

    @Test
    void argumentsAreWordsThenFlagsInOrderThenJson() throws Exception {
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
    void secretValuesAreOnTheArgvButMaskedEverywhereElse() throws Exception {
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

    @ParameterizedTest
    @CsvSource({
        "--target-org, --json, <targetOrg> (eca.targetOrg)",
        "--target-org, -h, <targetOrg> (eca.targetOrg)",
        "--target-dev-hub, --wait=5, <targetDevHub> (eca.targetDevHub)",
        "--package, -p, <packageVersion> (eca.packageVersion)",
        "--source-dir, -odd/folder, sf's --source-dir",
    })
    void aValueThatBeginsWithADashIsRefusedNamingItsParameter(String flag, String value, String parameter) {
        assertThatThrownBy(() -> SfCommand.of("project", "deploy", "start").option(flag, value).build().checkValues())
                .isInstanceOf(SfParameterException.class)
                .hasMessage(parameter + " is '" + value + "', which begins with '-': sf would read it as a flag,"
                        + " not as the value of " + flag + "; give the value without the leading dash")
                .satisfies(e -> assertThat(((SfCliException) e).isEnvironmentProblem()).isFalse());
    }

    @Test
    void numbersSecretsAndInnerDashesStayValues() throws Exception {
        SfCommand c = SfCommand.of("package", "install").option("--wait", -1).option("--package", "My-App@1.0.0-1")
                .secret("--installation-key", Secret.of("-k3y")).build();
        c.checkValues();
        assertThat(c.arguments()).containsExactly("package", "install", "--wait", "-1", "--package", "My-App@1.0.0-1",
                "--installation-key", "-k3y", "--json");
    }

    @Test
    void thePackageOfAVersionCreateIsThePackageName() {
        assertThat(SfOption.parameterOf(List.of("package", "version", "create"), "--package"))
                .isEqualTo("<packageName> (eca.packageName)");
    }

    /** Every flag the plugin fills from a goal parameter is named in messages by that parameter, not by the flag. */
    @Test
    void everyFlagTheGoalsFillNamesItsParameter() throws IOException {
        Pattern option = Pattern.compile("\\.option\\(\"(--[a-z-]+)\"");
        Set<String> flags = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = option.matcher(Files.readString(f));
                while (m.find()) {
                    flags.add(m.group(1));
                }
            }
        }
        // values the plugin works out itself (paths it relativised, numbers it checked, a query it wrote) or from a
        // fixed set (SfOption)
        Set<String> derived = Set.of("--source-dir", "--manifest", "--output-dir", "--wait", "--publish-wait",
                "--test-level", "--security-type", "--upgrade-type", "--apex-compile", "--package-type", "--query");
        assertThat(flags).contains("--target-org", "--target-dev-hub");
        assertThat(flags.stream().filter(f -> !derived.contains(f))
                .filter(f -> SfOption.parameterOf(List.of("package", "install"), f).startsWith("sf's")))
                .as("flags without a parameter in SfOption.parameterOf").isEmpty();
    }

    @Test
    void displayQuotesValuesWithSpacesForCopyPaste() throws Exception {
        SfCommand c = SfCommand.of("package", "create").option("--name", "Nango's App").build();
        assertThat(c.display()).isEqualTo("sf package create --name 'Nango'\\''s App' --json");
    }

    @Test
    void secretToStringIsMasked() throws Exception {
        assertThat(Secret.of("abc").toString()).isEqualTo("******");
        assertThat(Secret.of("abc").reveal()).isEqualTo("abc");
    }

    @Test
    void secretsMaskKnownShapesInOutput() throws Exception {
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
