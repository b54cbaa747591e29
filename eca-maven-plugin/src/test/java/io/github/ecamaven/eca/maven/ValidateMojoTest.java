package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.FindingCap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * eca:validate's glue on the seed's mistakes (formerly the IT validate-seed-mistakes-fail): one line per finding,
 * file:line:column first, and one failure with the count. The goal comes from the descriptor with every default.
 */
@ExtendWith(GoalExtension.class)
class ValidateMojoTest {

    /** The goal on the seed's mistakes, as {@code mvn eca:validate} with the -D properties given before. */
    private static ValidateMojo seedMistakes(Goals goals) {
        Mojos.copyFixture("validate-seed-mistakes", goals.dir());
        return goals.goal("validate");
    }

    @Test
    void seedMistakesGiveExactlyTheirLinesAndOneFailure(Goals goals) {
        ValidateMojo mojo = seedMistakes(goals);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:validate: found 8 new finding(s) at error or above");
        List<String> findings = goals.log().lines.stream().filter(l -> l.contains("[ECA-"))
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
        assertThat(goals.dir().resolve("target/eca").resolve(EcaValidator.SARIF))
                .as("the report goes to the default ${project.build.directory}/eca").exists();
    }

    @Test
    void theConsoleShowsAtMostMaxFindingsPerRuleAndSummarisesTheRest(Goals goals) {
        ValidateMojo mojo = seedMistakes(goals.property("eca.validate.maxFindingsPerRule", "2"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:validate: found 8 new finding(s)"); // the verdict counts every finding
        List<String> comments = goals.log().lines.stream().filter(l -> l.contains("[ECA-PROJ-001]")).toList();
        assertThat(comments).hasSize(3);
        assertThat(comments.get(2)).startsWith("[ERROR] sfdx-project.json:8:40: ERROR [ECA-PROJ-001] … and 4 more"
                + " findings of ECA-PROJ-001, the first of them here (eca:validate shows 2 per rule, see"
                + " <maxFindingsPerRule> (eca.validate.maxFindingsPerRule)");
        ValidateMojo none = goals.property("eca.validate.maxFindingsPerRule", "0").goal("validate");
        assertThatThrownBy(none::execute).isInstanceOf(MojoFailureException.class) // the user's configuration
                .hasMessageStartingWith("eca:validate: <maxFindingsPerRule> (eca.validate.maxFindingsPerRule) is 0;"
                        + " set it to 1");
    }

    @Test
    void theDefaultCapIsFindingCapsDefault(Goals goals) {
        ValidateMojo mojo = seedMistakes(goals);
        int cap = Integer.parseInt(FindingCap.DEFAULT);
        assertThat(cap).as("the seed has fewer findings of one rule than the default cap").isGreaterThan(6);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(goals.log().text()).doesNotContain("more findings of ECA-PROJ-001");
    }

    @Test
    void pomXmlAsTheBaselineIsRefusedAndKept(Goals goals) throws Exception {
        ValidateMojo mojo = seedMistakes(goals.property("eca.validate.baseline", "pom.xml")
                .property("eca.validate.writeBaseline", "true"));
        Path pom = goals.dir().resolve("pom.xml");
        String text = Files.readString(pom);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:validate: <baseline> (eca.validate.baseline) is " + pom
                        + ", an existing file that is not an eca:validate baseline");
        assertThat(pom).hasContent(text);
    }

    @Test
    void aReportDirectoryThatIsEmptyTheProjectRootOrAPackageDirectoryIsRefused(Goals goals) {
        Mojos.copyFixture("validate-seed-mistakes", goals.dir());
        for (String bad : new String[] {"${project.basedir}", "force-app", "${project.basedir}/force-app"}) {
            ValidateMojo mojo = goals.goal("validate", "<reportDirectory>" + bad + "</reportDirectory>");
            assertThatThrownBy(mojo::execute).as("%s", bad).isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("eca:validate: <reportDirectory> (eca.reportDirectory) is ");
        }
        for (String bad : new String[] {"", " "}) { // -Deca.reportDirectory=
            ValidateMojo mojo = goals.property("eca.reportDirectory", bad).goal("validate");
            assertThatThrownBy(mojo::execute).as("'%s'", bad).isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("eca:validate: <reportDirectory> (eca.reportDirectory) is ");
        }
        assertThat(goals.dir().resolve(EcaValidator.SARIF)).doesNotExist();
        assertThat(goals.dir().resolve("force-app").resolve(EcaValidator.SARIF)).doesNotExist();
    }
}
