package io.github.ecamaven.eca.validate;

import static io.github.ecamaven.eca.validate.TestProject.OAUTH_PLCY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.project.RunAsUser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No rule (XML, schema, value or OAuth) judges a well-formed run-as user template other than a username. */
class RunAsUserTemplateValidationTest {

    private static List<String> findings(String user, Path dir) {
        return TestProject.clean().edit(OAUTH_PLCY, "    <label>",
                "    <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>\n"
                        + "    <clientCredentialsFlowUser>" + user + "</clientCredentialsFlowUser>\n    <label>")
                .validate(dir, Profile.DEFAULT).stream()
                .map(f -> f.ruleId() + " " + f.path() + ":" + f.line() + " " + f.severity()).toList();
    }

    @Test
    void aTemplateDrawsExactlyTheFindingsOfAUsername(@TempDir Path dir) {
        List<String> username = findings("integration@example.com", dir.resolve("a"));
        assertThat(findings(RunAsUser.LOGIN_USER, dir.resolve("b"))).isEqualTo(username);
        assertThat(findings(RunAsUser.MAP_EXAMPLE, dir.resolve("c"))).isEqualTo(username);
        assertThat(findings("@{targetOrg.user}", dir.resolve("d"))).containsAll(username)
                .anyMatch(f -> f.startsWith("ECA-OAUTH-003 "));
    }
}
