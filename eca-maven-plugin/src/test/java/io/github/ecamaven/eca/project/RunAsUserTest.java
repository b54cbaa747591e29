package io.github.ecamaven.eca.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunAsUserTest {

    @Test
    void aUsernameIsNoTemplateAndTheLoginUserIsOne() {
        assertThat(RunAsUser.isTemplate("integration@acme.com")).isFalse();
        assertThat(RunAsUser.parse("integration@acme.com")).isNull();
        assertThat(RunAsUser.problem("integration@acme.com")).isNull();
        assertThat(RunAsUser.parse(null)).isNull();

        RunAsUser login = RunAsUser.parse(" @{targetOrg.username} ");
        assertThat(login.isLoginUser()).isTrue();
        assertThat(login.text()).isEqualTo("@{targetOrg.username}");
        assertThat(login.resolve("dev", "dev", "admin@acme.com.dev")).isEqualTo("admin@acme.com.dev");
        assertThat(login.resolve(null, null, "admin@acme.com")).isEqualTo("admin@acme.com");
    }

    @Test
    void aMapOverLinesOrCommasIsWrittenOnOneLineInItsOrder() {
        RunAsUser map = RunAsUser.parse("""
                @{targetOrg:
                    dev = integration@acme.com.dev
                    admin@acme.com.uat=integration@acme.com.uat,
                    *=@{targetOrg.username}
                }""");
        assertThat(map.entries()).containsExactly(Map.entry("dev", "integration@acme.com.dev"),
                Map.entry("admin@acme.com.uat", "integration@acme.com.uat"),
                Map.entry("*", "@{targetOrg.username}"));
        assertThat(map.text()).isEqualTo("@{targetOrg: dev=integration@acme.com.dev,"
                + " admin@acme.com.uat=integration@acme.com.uat, *=@{targetOrg.username}}");
        assertThat(RunAsUser.parse(map.text()).entries()).isEqualTo(map.entries());
        assertThat(RunAsUser.parse(RunAsUser.MAP_EXAMPLE)).isNotNull();
    }

    @Test
    void theMapResolvesByThePassedAliasThenSfsAliasThenTheUsernameThenTheFallback() {
        RunAsUser map = RunAsUser.parse("@{targetOrg: dev=cc@acme.com.dev, ci-uat=cc@acme.com.uat,"
                + " admin@acme.com=cc@acme.com, *=@{targetOrg.username}}");
        // the alias the user passed wins over the alias sf reports
        assertThat(map.resolve("DEV", "ci-uat", "admin@acme.com.dev")).isEqualTo("cc@acme.com.dev");
        assertThat(map.resolve(null, "ci-uat", "admin@acme.com.uat")).isEqualTo("cc@acme.com.uat");
        assertThat(map.resolve("admin@acme.com", null, "admin@acme.com")).isEqualTo("cc@acme.com");
        assertThat(map.resolve("other", null, "me@acme.com.other")).isEqualTo("me@acme.com.other");
        assertThat(map.keyFor("other", null, "me@acme.com.other")).isEqualTo("*");

        RunAsUser noFallback = RunAsUser.parse("@{targetOrg: dev=cc@acme.com.dev}");
        assertThat(noFallback.resolve("prod", "prod", "admin@acme.com")).isNull();
        assertThat(noFallback.keyFor("prod", "prod", "admin@acme.com")).isNull();
    }

    @Test
    void aMalformedTemplateSaysWhatIsWrongAndTheForm() {
        assertThat(RunAsUser.problem("${targetOrg.username}")).contains("Maven replaces")
                .contains("@{targetOrg.username}");
        assertThat(RunAsUser.problem("@{targetOrg.userName}")).contains("is no run-as user template")
                .contains("@{targetOrg.username}").contains(RunAsUser.MAP_EXAMPLE);
        assertThat(RunAsUser.problem("@{targetOrg: dev=a@b.com")).contains("not closed");
        assertThat(RunAsUser.problem("@{targetOrg: dev=a@b.com, *=@{targetOrg.username}"))
                .contains("not closed");
        assertThat(RunAsUser.problem("@{targetOrg: dev}")).contains("'dev'")
                .contains("<org alias or username>=<run-as username>");
        assertThat(RunAsUser.problem("@{targetOrg: dev=a@b.com, DEV=c@d.com}")).contains("'DEV' twice");
        assertThat(RunAsUser.problem("@{targetOrg: dev=@{targetOrg.alias}}")).contains("'@{targetOrg.alias}'");
        assertThat(RunAsUser.problem("@{targetOrg: }")).contains("no entry");
        assertThat(RunAsUser.problem("@{targetOrg: my dev=a@b.com}")).contains("'my dev=a@b.com'");
        assertThatThrownBy(() -> RunAsUser.parse("x@{targetOrg.username}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is no run-as user template");
    }
}
