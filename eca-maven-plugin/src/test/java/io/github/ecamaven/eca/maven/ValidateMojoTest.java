package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.FindingCap;
import io.github.ecamaven.eca.validate.report.Tool;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eca:validate's glue on the seed's mistakes (formerly the IT validate-seed-mistakes-fail): one line per finding,
 * file:line:column first, and one failure with the count.
 */
class ValidateMojoTest {

    @TempDir
    Path dir;

    /** The mojo on the seed's mistakes with the defaults of every parameter. */
    private ValidateMojo seedMistakes() {
        Mojos.copyFixture("validate-seed-mistakes", dir);
        ValidateMojo mojo = new ValidateMojo();
        Mojos.set(mojo, "projectDirectory", dir.toFile());
        Mojos.set(mojo, "profile", "default");
        Mojos.set(mojo, "failOnSeverity", "error");
        Mojos.set(mojo, "rules", "");
        Mojos.set(mojo, "manifests", "");
        Mojos.set(mojo, "baseline", "eca-validate-baseline.txt");
        Mojos.set(mojo, "reportDirectory", dir.resolve("target/eca").toFile());
        Mojos.set(mojo, "rulesPage", Tool.RULES_PAGE);
        Mojos.set(mojo, "maxFindingsPerRule", Integer.parseInt(FindingCap.DEFAULT));
        return mojo;
    }

    @Test
    void seedMistakesGiveExactlyTheirLinesAndOneFailure() {
        ValidateMojo mojo = seedMistakes();
        Mojos.RecordingMavenLog log = Mojos.log(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:validate: found 8 new finding(s) at error or above");
        List<String> findings = log.lines.stream().filter(l -> l.contains("[ECA-"))
                .map(l -> l.replaceFirst("^\\[(ERROR|WARN|INFO)\\] ", "")).toList();
        String comment = ": ERROR [ECA-PROJ-001] comment in sfdx-project.json: JSON has no comments, and the sf CLI"
                + " silently treats a file with comments as empty; remove it";
        assertThat(findings).containsExactly(
                "package.xml:15:5: ERROR [ECA-PROJ-009] <version>58.0</version> is too low for"
                        + " ExternalClientApplication (59.0), ExtlClntAppOauthSettings (59.0),"
                        + " ExtlClntAppOauthConfigurablePolicies (59.0); use at least 59.0",
                "sfdx-project.json:4:33" + comment,
                "sfdx-project.json:5:38" + comment,
                "sfdx-project.json:8:18: ERROR [ECA-PROJ-004] package \"Nango External App\" has no entry in"
                        + " \"packageAliases\"; did you mean \"Nango External\"?",
                "sfdx-project.json:8:40" + comment,
                "sfdx-project.json:9:32" + comment,
                "sfdx-project.json:12:21" + comment,
                "sfdx-project.json:13:28" + comment);
    }

    @Test
    void theConsoleShowsAtMostMaxFindingsPerRuleAndSummarisesTheRest() {
        ValidateMojo mojo = seedMistakes();
        Mojos.set(mojo, "maxFindingsPerRule", 2);
        Mojos.RecordingMavenLog log = Mojos.log(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:validate: found 8 new finding(s)"); // the verdict counts every finding
        List<String> comments = log.lines.stream().filter(l -> l.contains("[ECA-PROJ-001]")).toList();
        assertThat(comments).hasSize(3);
        assertThat(comments.get(2)).startsWith("[ERROR] sfdx-project.json:8:40: ERROR [ECA-PROJ-001] … and 4 more"
                + " findings of ECA-PROJ-001, the first of them here (eca:validate shows 2 per rule, see"
                + " <maxFindingsPerRule> (eca.validate.maxFindingsPerRule)");
        Mojos.set(mojo, "maxFindingsPerRule", 0);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class) // the user's configuration
                .hasMessageStartingWith("eca:validate: <maxFindingsPerRule> (eca.validate.maxFindingsPerRule) is 0;"
                        + " set it to 1");
    }

    @Test
    void pomXmlAsTheBaselineIsRefusedAndKept() throws Exception {
        ValidateMojo mojo = seedMistakes();
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Mojos.set(mojo, "baseline", "pom.xml");
        Mojos.set(mojo, "writeBaseline", "true");
        Mojos.log(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:validate: <baseline> (eca.validate.baseline) is " + pom
                        + ", an existing file that is not an eca:validate baseline");
        assertThat(pom).hasContent("<project/>");
    }

    @Test
    void aReportDirectoryThatIsEmptyTheProjectRootOrAPackageDirectoryIsRefused() {
        ValidateMojo mojo = seedMistakes();
        Mojos.log(mojo);
        // Maven gives an empty -Deca.reportDirectory= as the POM's folder, or as an empty path without resolving
        for (File bad : new File[] {new File(""), new File(" "), dir.toFile(), dir.resolve("force-app").toFile()}) {
            Mojos.set(mojo, "reportDirectory", bad);
            assertThatThrownBy(mojo::execute).as("%s", bad).isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("eca:validate: <reportDirectory> (eca.reportDirectory) is ");
        }
        assertThat(dir.resolve(EcaValidator.SARIF)).doesNotExist();
        assertThat(dir.resolve("force-app").resolve(EcaValidator.SARIF)).doesNotExist();
    }
}
