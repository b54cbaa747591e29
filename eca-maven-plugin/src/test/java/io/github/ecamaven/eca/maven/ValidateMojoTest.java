package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.validate.report.Tool;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void seedMistakesGiveExactlyTheirLinesAndOneFailure() {
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
        Mojos.RecordingMavenLog log = Mojos.log(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:validate found 8 new finding(s) at error or above");
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
}
