package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.testing.SfFixtures;
import org.junit.jupiter.api.Test;

/** What a Maven error says for sf's errors: our words where sf's do not help a Maven user. */
class SfErrorMessagesTest {

    private static final SfCommand CREATE = SfCommand.of("package", "create").option("--name", "X")
            .option("--target-dev-hub", "my-hub").build();
    private static final SfCommand DEPLOY = SfCommand.of("project", "deploy", "start")
            .option("--target-org", "my-org").build();

    private static SfErrorException error(SfCommand command, int exit, String fixture) {
        return catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(command, exit, SfFixtures.text(fixture), ""));
    }

    @Test
    void aMissingSfdxProjectGetsOurMessageNotSfsRawError() {
        SfErrorException e = error(CREATE, 1, "error.invalid-project-workspace.json");
        assertThat(e.name()).isEqualTo(SfErrorException.INVALID_PROJECT_WORKSPACE);
        assertThat(e.getMessage()).startsWith("sf package create must run in an sfdx project, and there is no"
                + " sfdx-project.json in the project directory")
                .contains("-Deca.projectDirectory=", "sf project generate")
                .doesNotContain("does not contain a valid Salesforce DX project", "failed (exit");
        assertThat(e.isEnvironmentProblem()).as("the project directory is the user's to set").isFalse();
    }

    @Test
    void theErrorDoesNotEndWithSfsHelpLine() {
        SfErrorException e = error(SfCommand.of("package", "version", "create").build(), 2, "error.flags.json");
        assertThat(e.getMessage()).contains("--installation-key cannot also be provided")
                .doesNotContain("See more help with --help");
        assertThat(e.sfMessage()).doesNotContain("--help");
    }

    @Test
    void anUnknownDevHubAliasIsToldToLogInAsTheDefaultDevHub() {
        assertThat(error(CREATE, 1, "error.unknown-alias.json").getMessage())
                .contains("sf org login web --alias <alias> --set-default-dev-hub");
        assertThat(error(DEPLOY, 1, "error.unknown-alias.json").getMessage())
                .contains("sf org login web --alias <alias>'").doesNotContain("--set-default-dev-hub");
        assertThat(error(CREATE, 1, "error.no-devhub.json").getMessage()).contains("--set-default-dev-hub");
    }
}
