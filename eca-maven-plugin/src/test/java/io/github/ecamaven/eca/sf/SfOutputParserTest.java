package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.testing.SfFixtures;
import org.junit.jupiter.api.Test;

class SfOutputParserTest {

    private static final SfCommand CREATE = SfCommand.of("package", "create").option("--name", "X").build();
    private static final SfCommand WITH_KEY = SfCommand.of("package", "version", "create")
            .secret("--installation-key", Secret.of("s3cret")).build();

    @Test
    void successEnvelope() throws Exception {
        SfResult r = SfOutputParser.parse(CREATE, 0, SfFixtures.text("package-create.success.json"), "");
        assertThat(r.status()).isZero();
        assertThat(r.isStatusZero()).isTrue();
        assertThat(SfResult.text(r.result(), "Id")).isEqualTo("0Ho0000000000AAAAA");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void warningsAreKept() throws Exception {
        SfResult r = SfOutputParser.parse(CREATE, 0, SfFixtures.text("package-version-create.queued.json"), "");
        assertThat(r.warnings()).singleElement().asString().startsWith("Record types");
        assertThat(SfResult.text(r.result(), "Status")).isEqualTo("Queued");
    }

    @Test
    void arrayResultGivesFirstElement() throws Exception {
        SfResult r = SfOutputParser.parse(CREATE, 0, SfFixtures.text("create-report.error.json"), "");
        assertThat(r.result().isArray()).isTrue();
        assertThat(SfResult.text(r.firstResult(), "Status")).isEqualTo("Error");
        assertThat(r.firstResult().get("Error")).hasSize(2);
    }

    @Test
    void errorEnvelopeBecomesAnExceptionClassifiedByName() {
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 1, SfFixtures.text("error.no-devhub.json"), ""));
        assertThat(e.name()).isEqualTo("NoDefaultDevHubError");
        assertThat(e.code()).isEqualTo("NoDefaultDevHubError");
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.isEnvironmentProblem()).isTrue();
        assertThat(e.getMessage()).contains("No default dev hub found", "-Deca.targetDevHub");
        assertThat(e.getMessage()).doesNotContain("at x (file.js"); // no stack
    }

    @Test
    void unknownAliasIsExit2ButNotAFlagError() {
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 2, SfFixtures.text("error.unknown-alias.json"), ""));
        assertThat(e.name()).isEqualTo(SfErrorException.NAMED_ORG_NOT_FOUND);
        assertThat(e.isFlagError()).isFalse();
        assertThat(e.isEnvironmentProblem()).isTrue();
        assertThat(e.getMessage()).contains("sf org list");
    }

    @Test
    void flagErrorsAreExit2() {
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 2, SfFixtures.text("error.flags.json"), ""));
        assertThat(e.name()).isEqualTo("Error");
        assertThat(e.code()).isEqualTo("2");
        assertThat(e.isFlagError()).isTrue();
        assertThat(e.isEnvironmentProblem()).isTrue();
    }

    @Test
    void serverAndBuildErrorsAreContentProblems() {
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 1, SfFixtures.text("error.multiple-errors.json"), ""));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e.sfMessage()).contains("(1) first server error", "(2) second server error");
        SfErrorException d = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 1, SfFixtures.text("error.duplicate-value.json"), ""));
        assertThat(d.name()).isEqualTo("DUPLICATE_VALUE");
        assertThat(d.isEnvironmentProblem()).isFalse();
        assertThat(d.actions()).singleElement().asString().contains("different --version-number");
        assertThat(d.getMessage()).contains("Try this: Create a new package version");
    }

    @Test
    void pollingTimeoutKeepsTheRequestIdInData() {
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 1, SfFixtures.text("error.polling-timeout.json"), ""));
        assertThat(e.name()).isEqualTo(SfErrorException.POLLING_CLIENT_TIMEOUT);
        assertThat(e.data().path("VersionCreateRequestId").asText()).isEqualTo("08c0000000000AAAAA");
    }

    @Test
    void exit10IsANetworkProblem() {
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 10, SfFixtures.text("error.network.json"), ""));
        assertThat(e.isNetworkError()).isTrue();
        assertThat(e.isEnvironmentProblem()).isTrue();
        assertThat(e.getMessage()).contains("network");
    }

    @Test
    void requiresProjectErrorIsReadFromStderrWhenStdoutIsEmpty() {
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(CREATE, 1, "", SfFixtures.text("requires-project.stderr.txt")));
        assertThat(e.name()).isEqualTo(SfErrorException.REQUIRES_PROJECT);
        assertThat(e.sfMessage()).isEqualTo(
                "This command is required to run from within a Salesforce project directory.");
        assertThat(e.isEnvironmentProblem()).as("eca.projectDirectory is the user's to fix").isFalse();
        assertThat(e.getMessage()).contains("eca.projectDirectory");
    }

    @Test
    void unknownCommandMeansSfIsTooOld() {
        assertThatThrownBy(() -> SfOutputParser.parse(CREATE, 127, "", SfFixtures.text("unknown-command.stderr.txt")))
                .isInstanceOf(SfUnavailableException.class)
                .hasMessageContaining("package create")
                .hasMessageContaining("not a sf command")
                .hasMessageContaining("npm install --global @salesforce/cli")
                .hasMessageContaining("eca.sfExecutable");
    }

    @Test
    void nonJsonShowsWhatSfPrintedWithSecretsMasked() {
        assertThatThrownBy(() -> SfOutputParser.parse(WITH_KEY, 1, "Error: bad key s3cret\n", "boom"))
                .isInstanceOf(SfOutputException.class)
                .hasMessageContaining("did not print JSON")
                .hasMessageContaining("Error: bad key ******")
                .hasMessageContaining("boom")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void colouredJsonIsExplained() {
        String coloured = "\u001b[1m{\u001b[22m\n  \"status\": 0\n}";
        assertThatThrownBy(() -> SfOutputParser.parse(CREATE, 0, coloured, ""))
                .isInstanceOf(SfOutputException.class).hasMessageContaining("FORCE_COLOR");
    }

    @Test
    void emptyOutputWithFailureAndNoCodeLineIsAnOutputError() {
        assertThatThrownBy(() -> SfOutputParser.parse(CREATE, 1, "", ""))
                .isInstanceOf(SfOutputException.class).hasMessageContaining("printed nothing");
    }

    @Test
    void failureInTheShapeOfSuccessIsReturnedWithItsStatus() throws Exception {
        SfResult r = SfOutputParser.parse(CREATE, 1, SfFixtures.text("deploy.component-failure.json"), "");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.isStatusZero()).isFalse();
        assertThat(r.result().path("files").get(0).path("state").asText()).isEqualTo("Failed");
    }

    @Test
    void exitZeroWithFailedResultIsReturnedForTheCallerToJudge() throws Exception {
        SfResult r = SfOutputParser.parse(CREATE, 0, SfFixtures.text("retrieve.failed.json"), "");
        assertThat(r.isStatusZero()).isTrue();
        assertThat(r.result().path("success").asBoolean(true)).isFalse();
        SfResult install = SfOutputParser.parse(CREATE, 0, SfFixtures.text("package-install.in-progress.json"), "");
        assertThat(SfResult.text(install.result(), "Status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void bareJsonWithoutEnvelopeIsTheResult() throws Exception {
        SfResult r = SfOutputParser.parse(CREATE, 0, SfFixtures.text("version.json"), "");
        assertThat(SfResult.text(r.result(), "cliVersion")).isEqualTo("@salesforce/cli/2.129.8");
    }

    @Test
    void aNoticeLineBeforeTheJsonIsSkipped() throws Exception {
        SfResult r = SfOutputParser.parse(CREATE, 0,
                "Warning: a new version is available\n" + SfFixtures.text("package-create.success.json"), "");
        assertThat(SfResult.text(r.result(), "Id")).isEqualTo("0Ho0000000000AAAAA");
    }

    @Test
    void errorMessagesAreMasked() {
        String json = "{\"name\":\"INVALID_KEY\",\"message\":\"key s3cret is wrong\",\"exitCode\":1,"
                + "\"actions\":[\"use another than s3cret\"]}";
        SfErrorException e = catchThrowableOfType(SfErrorException.class,
                () -> SfOutputParser.parse(WITH_KEY, 1, json, ""));
        assertThat(e.getMessage()).doesNotContain("s3cret").contains("key ****** is wrong");
        assertThat(e.sfMessage()).doesNotContain("s3cret");
        assertThat(e.actions()).allSatisfy(a -> assertThat(a).doesNotContain("s3cret"));
    }
}
