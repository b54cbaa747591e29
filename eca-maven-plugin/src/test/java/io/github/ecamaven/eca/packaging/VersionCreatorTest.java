package io.github.ecamaven.eca.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.RecordingLog;
import io.github.ecamaven.eca.testing.SfFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionCreatorTest {

    private static final String ID = "08c0000000000AAAAA";

    @TempDir
    Path root;

    private final FakeSfCli sf = new FakeSfCli();
    private final RecordingLog log = new RecordingLog();
    private final FakeTicker ticker = new FakeTicker();

    @BeforeEach
    void project() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
    }

    private VersionCreator creator() {
        return new VersionCreator(new PackagingContext(sf, root, root.resolve("target"), log, ticker));
    }

    private static VersionCreator.Request bypass(int wait) {
        return new VersionCreator.Request("my-dev-hub", "Nango External App", null, true, Duration.ofMinutes(wait), 30, false, false,
                null, null, null, null, null);
    }

    @Test
    void aKeyAndTheBypassTogetherAreTheUsersConfigurationToFix() {
        VersionCreator.Request both = new VersionCreator.Request("my-dev-hub", "Nango External App",
                io.github.ecamaven.eca.sf.Secret.of("k3y"), true, Duration.ofMinutes(0), 30, false, false, null, null,
                null, null, null);
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> creator().create(both));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e).hasMessageStartingWith("give exactly one of an installation key").hasMessageNotContaining("k3y");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aProjectWithoutDefaultPackageDirectoryIsRefusedBeforeSfNamingTheEntryToMark() throws Exception {
        // as plain sf package create leaves a project whose entry already named the package
        Projects.write(root, Projects.AFTER_CREATE.replace("\"default\": true", "\"default\": false")
                .replace("\"versionDescription\": \"\"\n", "\"versionDescription\": \"\"\n    },\n    {\n"
                        + "      \"path\": \"eca-org\",\n      \"default\": false\n"));
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> creator().create(bypass(0)));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e.getMessage()).contains("no package directory marked \"default\": true",
                "MissingDefaultPathError", "packageDirectories[0] ('force-app')");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aSingleEntryWithoutDefaultKeyIsTheDefaultAsSfReadsIt() throws Exception {
        String implicit = Projects.AFTER_CREATE.replace("      \"default\": true,\n", "");
        assertThat(implicit).doesNotContain("\"default\"");
        Projects.write(root, implicit);
        sf.then("package-version-create.queued.json");
        creator().create(bypass(0));
        assertThat(sf.commands).hasSize(1);
        assertThat(Files.readString(root.resolve("sfdx-project.json"))).isEqualTo(implicit);
    }

    @Test
    void sfWritingOnlyAnAliasIsLeftAsSfWroteIt() throws Exception {
        String withAlias = Projects.AFTER_CREATE.replace("\"0Ho0000000000AAAAA\"\n",
                "\"0Ho0000000000AAAAA\",\n    \"Nango External App@0.1.0-1\": \"04t0000000000AAAAA\"\n");
        sf.then(c -> {
            Files.writeString(root.resolve("sfdx-project.json"), withAlias);
            return SfFixtures.parse(c, 0, "package-version-create.queued.json");
        });
        creator().create(bypass(0));
        assertThat(Files.readString(root.resolve("sfdx-project.json"))).isEqualTo(withAlias);
        assertThat(log.text()).doesNotContain("rewrote");
    }

    @Test
    void aDefaultSfTookDuringTheVersionCreateIsRestored() throws Exception {
        sf.then(c -> {
            Files.writeString(root.resolve("sfdx-project.json"),
                    Projects.AFTER_CREATE.replace("\"default\": true", "\"default\": false"));
            return SfFixtures.parse(c, 0, "package-version-create.queued.json");
        });
        creator().create(bypass(0));
        assertThat(Files.readString(root.resolve("sfdx-project.json"))).isEqualTo(Projects.AFTER_CREATE);
        assertThat(log.text()).contains("sf package version create rewrote the package directory 'force-app'"
                + " (\"default\": true)");
        assertThat(Files.readString(recorded())).contains(ID);
    }

    private Path recorded() {
        return root.resolve("target/eca/package-version-create.json");
    }

    @Test
    void waitsByPollingAndWritesAliasAndPrintsInstallUrl() throws Exception {
        List<Boolean> recordedBeforeFirstPoll = new ArrayList<>();
        sf.then("package-version-create.queued.json")
                .then(c -> {
                    recordedBeforeFirstPoll.add(Files.readString(recorded()).contains(ID));
                    return SfFixtures.parse(c, 0, "create-report.in-progress.json");
                })
                .then("create-report.success.json");
        VersionBuild b = creator().create(bypass(20));

        assertThat(sf.argv(0)).containsExactly("package", "version", "create", "--package", "Nango External App",
                "--installation-key-bypass", "--wait", "0", "--target-dev-hub", "my-dev-hub", "--json");
        assertThat(sf.argv(1)).containsExactly("package", "version", "create", "report",
                "--package-create-request-id", ID, "--target-dev-hub", "my-dev-hub", "--json");
        assertThat(sf.commands).hasSize(3);
        assertThat(recordedBeforeFirstPoll).containsExactly(true);
        assertThat(ticker.sleeps).as("30 s polls in 15 s steps, a progress line between two polls")
                .containsExactly(15_000L, 15_000L, 15_000L, 15_000L);
        assertThat(b.subscriberPackageVersionId()).isEqualTo("04t0000000000AAAAA");
        assertThat(log.text()).contains(
                "Waiting for package version build " + ID + ": 15 s of at most 20 minutes (eca.wait)",
                "Package version build " + ID + ": InProgress (0m 30s)",
                "Waiting for package version build " + ID + ": 45 s of at most 20 minutes (eca.wait)",
                "Package version build " + ID + ": Success (1m 0s)",
                "04t0000000000AAAAA",
                "Install URL: https://login.salesforce.com/packaging/installPackage.apexp?p0=04t0000000000AAAAA",
                "Wrote \"Nango External App@0.1.0-1\": \"04t0000000000AAAAA\" to sfdx-project.json");
        // sf's format: the only change is one added line (and the comma before it), no trailing newline
        assertThat(Files.readString(root.resolve("sfdx-project.json"))).isEqualTo(Projects.AFTER_CREATE.replace(
                "\"0Ho0000000000AAAAA\"\n",
                "\"0Ho0000000000AAAAA\",\n    \"Nango External App@0.1.0-1\": \"04t0000000000AAAAA\"\n"));
        assertThat(Files.readString(recorded())).contains("\"status\" : \"Success\"",
                "\"subscriberPackageVersionId\" : \"04t0000000000AAAAA\"",
                "\"versionAlias\" : \"Nango External App@0.1.0-1\"");
    }

    @Test
    void allVersionFlagsAndTheKeyMaskedInEveryText() throws Exception {
        sf.then("package-version-create.queued.json").then("config-get.target-dev-hub.json");
        creator().create(new VersionCreator.Request(null, null, Secret.of("s3cret"), false, Duration.ZERO, 30, true, false,
                "ver 0.2", "0.2.0.NEXT", "second", "main", "v0.2.0"));
        assertThat(sf.argv(0)).containsExactly("package", "version", "create", "--package", "Nango External App",
                "--installation-key", "s3cret", "--version-name", "ver 0.2", "--version-number", "0.2.0.NEXT",
                "--version-description", "second", "--branch", "main", "--tag", "v0.2.0", "--code-coverage",
                "--wait", "0", "--json");
        assertThat(sf.commands.get(0).display()).contains("--installation-key ******").doesNotContain("s3cret");
        assertThat(log.text()).doesNotContain("s3cret").contains("in my-hub (sf's default Dev Hub)");
        assertThat(Files.readString(recorded())).doesNotContain("s3cret");
    }

    @Test
    void waitZeroQueuesRecordsAndSaysHowToFollow() throws Exception {
        sf.then("package-version-create.queued.json");
        VersionBuild b = creator().create(bypass(0));
        assertThat(b.status()).isEqualTo("Queued");
        assertThat(sf.commands).hasSize(1);
        assertThat(Files.readString(recorded())).contains(ID, "\"targetDevHub\" : \"my-dev-hub\"");
        assertThat(log.text()).contains("mvn eca:package-version-report -Deca.targetDevHub=my-dev-hub");
    }

    @Test
    void aWaitInSecondsPollsWithinItAndTimesOutSayingSo() throws Exception {
        sf.then("package-version-create.queued.json").then("create-report.in-progress.json")
                .then("create-report.in-progress.json").then("create-report.in-progress.json");
        VersionCreateTimeoutException e = catchThrowableOfType(VersionCreateTimeoutException.class,
                () -> creator().create(new VersionCreator.Request("my-dev-hub", "Nango External App", null, true,
                        Duration.ofSeconds(20), 8, false, false, null, null, null, null, null)));
        assertThat(ticker.sleeps).as("8 s polls, the last one cut to the end of the wait").containsExactly(8000L,
                8000L, 4000L);
        assertThat(e.getMessage()).contains("still InProgress after 20 s (eca.wait)",
                "-Deca.wait=<duration, e.g. 20m>");
    }

    @Test
    void timeoutSaysHowToResumeAndReportResumesFromTheRecordedId() throws Exception {
        sf.then("package-version-create.queued.json").then("create-report.in-progress.json")
                .then("create-report.in-progress.json");
        VersionCreateTimeoutException e = catchThrowableOfType(VersionCreateTimeoutException.class,
                () -> creator().create(new VersionCreator.Request("my-dev-hub", "Nango External App", null, true,
                        Duration.ofMinutes(1), 30, false, false, null, null, null, null, null)));
        assertThat(e.requestId()).isEqualTo(ID);
        assertThat(e.getMessage()).contains("still InProgress after 1 minute",
                "mvn eca:package-version-report -Deca.targetDevHub=my-dev-hub", "-Deca.packageVersionReport.requestId=" + ID);
        String before = Files.readString(root.resolve("sfdx-project.json"));
        assertThat(before).doesNotContain("@0.1.0");

        FakeSfCli later = new FakeSfCli().then("create-report.success.json");
        RecordingLog log2 = new RecordingLog();
        VersionBuild b = new VersionCreator(new PackagingContext(later, root, root.resolve("target"), log2,
                new FakeTicker())).report(new VersionCreator.ReportRequest(null, null, Duration.ZERO, 30));
        assertThat(later.argv(0)).containsExactly("package", "version", "create", "report",
                "--package-create-request-id", ID, "--target-dev-hub", "my-dev-hub", "--json");
        assertThat(b.isSuccess()).isTrue();
        assertThat(log2.text()).contains("Resuming package version create request " + ID,
                "Install URL: https://login.salesforce.com/packaging/installPackage.apexp?p0=04t0000000000AAAAA");
        assertThat(Files.readString(root.resolve("sfdx-project.json")))
                .contains("\"Nango External App@0.1.0-1\": \"04t0000000000AAAAA\"").doesNotEndWith("\n");
    }

    @Test
    void reportConfirmsAnAliasAlreadyThereWithoutRewriting() throws Exception {
        String withAlias = Projects.AFTER_CREATE.replace("\"0Ho0000000000AAAAA\"\n",
                "\"0Ho0000000000AAAAA\",\n    \"Nango External App@0.1.0-2-main\": \"04t0000000000AAAAA\"\n");
        Files.writeString(root.resolve("sfdx-project.json"), withAlias + "\n");
        sf.then("create-report.success-branch.json");
        creator().report(new VersionCreator.ReportRequest("hub", ID, Duration.ZERO, 30));
        assertThat(log.text()).contains("already has \"Nango External App@0.1.0-2-main\"");
        assertThat(Files.readString(root.resolve("sfdx-project.json"))).isEqualTo(withAlias + "\n");
    }

    @Test
    void buildErrorReportsTheServersErrors() throws Exception {
        sf.then("package-version-create.queued.json").then("create-report.error.json");
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> creator().create(bypass(5)));
        assertThat(e.isEnvironmentProblem()).isFalse();
        assertThat(e.getMessage()).contains("ended in Error", "first server error", "second server error");
        assertThat(Files.readString(recorded())).contains("\"status\" : \"Error\"");
    }

    @Test
    void reportWithoutRecordOrIdSaysWhatToPass() {
        PackagingException e = catchThrowableOfType(PackagingException.class,
                () -> creator().report(new VersionCreator.ReportRequest(null, null, Duration.ZERO, 30)));
        assertThat(e.getMessage()).contains("-Deca.packageVersionReport.requestId=08c");
        assertThat(catchThrowableOfType(PackagingException.class,
                () -> creator().report(new VersionCreator.ReportRequest(null, "04t0000000000AAAAA", Duration.ZERO, 30))))
                .hasMessageContaining("08c");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void checksRunBeforeSfAndUnknownPackagesAreRefused() throws Exception {
        Projects.file(root, "force-app/main/default/extlClntAppGlobalOauthSets/NangoEca_glbloauth.ecaGlblOauth-meta.xml",
                "<ExtlClntAppGlobalOauthSettings/>");
        assertThat(catchThrowableOfType(PackagingException.class, () -> creator().create(bypass(0))))
                .hasMessageContaining("cannot be packaged as is (1 problem)")
                .hasMessageContaining("ExtlClntAppGlobalOauthSettings");
        assertThat(catchThrowableOfType(PackagingException.class,
                () -> creator().create(new VersionCreator.Request(null, "Nope", null, true, Duration.ZERO, 30, false, false,
                        null, null, null, null, null))))
                .hasMessageContaining("'Nope' is not an alias");
        assertThat(catchThrowableOfType(PackagingException.class,
                () -> creator().create(new VersionCreator.Request(null, null, Secret.of("k"), true, Duration.ZERO, 30, false,
                        false, null, null, null, null, null))))
                .hasMessageContaining("exactly one");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aPollingTimeoutFromSfStillGivesTheId() throws Exception {
        sf.then(1, "error.polling-timeout.json").then("create-report.success.json");
        VersionBuild b = creator().create(bypass(5));
        assertThat(b.isSuccess()).isTrue();
        assertThat(sf.argv(1)).contains(ID);
    }

    @Test
    void versionAlias() {
        VersionBuild b = new VersionBuild(ID, "Success", "0Ho", null, "04t", "1.2.3.4", "dev", null, List.of(), null);
        assertThat(b.versionAlias("Pkg")).isEqualTo("Pkg@1.2.3-4-dev");
        assertThat(b.installUrl()).endsWith("?p0=04t");
    }
}
