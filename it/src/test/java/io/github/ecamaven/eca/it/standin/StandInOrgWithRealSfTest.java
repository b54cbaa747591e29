package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real, pinned sf CLI (not a mock of it) against {@link StandInOrg} through the whole packaging flow, and
 * checks sf's JSON. The methods build on each other (a package, then versions of it, ...), so they run in order. What
 * needs no package created first runs beside it, each against an org of its own: retrieve and deploy
 * ({@link StandInOrgSyncWithRealSfTest}), a failed build and installs ({@link StandInVersionInstallWithRealSfTest}).
 * Skipped when the sf executable ({@code -Deca.it.sfExecutable}, set by it/pom.xml) is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandInOrgWithRealSfTest {

    private static final String HUB = "standin-hub";
    private static final String PKG = "Standin ECA";
    static final String ECA_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>it@example.com</contactEmail>
                <distributionState>Packaged</distributionState>
                <isProtected>false</isProtected>
                <label>Standin ECA</label>
            </ExternalClientApplication>
            """;
    static final String OAUTH_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <commaSeparatedOauthScopes>Api,RefreshToken</commaSeparatedOauthScopes>
                <externalClientApplication>StandinEca</externalClientApplication>
                <label>StandinEca_oauth</label>
            </ExtlClntAppOauthSettings>
            """;

    @TempDir
    static Path temp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static StandInOrg org;
    private static SfProofRun sf;
    private static Path project;
    private static String queuedRequestId;
    private static String builtVersion;
    private static String firstVersion;

    @BeforeAll
    static void startOrgAndLogIn() throws IOException {
        Path exe = SfProofRun.executableOrSkip(StandInOrgWithRealSfTest.class, "the stand-in org proof");
        org = StandInOrg.start();
        project = writeProject(temp.resolve("project"));
        sf = new SfProofRun(new SfCli(exe, temp.resolve("home")), project);
        SfCli.Result login = sf.login(org, HUB, true);
        assertThat(login.exitCode()).as(login::toString).isZero();
        JsonNode r = login.json().get("result");
        assertThat(r.get("username").asText()).isEqualTo(org.username());
        assertThat(r.get("isDevHub").asBoolean()).isTrue();
        assertThat(r.get("instanceUrl").asText()).startsWith(org.instanceUrl());
        assertThat(login.stdout()).as("the token must not be needed in our logs, but sf prints it: we only check it came through")
                .contains(org.accessToken());
        assertThat(org.requests()).extracting(RecordedRequest::path).contains("/services/oauth2/userinfo");
        assertThat(org.requests()).extracting(RecordedRequest::body).noneMatch(b -> b.contains(org.accessToken()));
        assertThat(project.resolve(".sf/config.json")).content().contains("\"target-dev-hub\": \"" + HUB + "\"");
    }

    @AfterAll
    static void stop() {
        SfProofRun.finish(org, sf, "sf against the stand-in org (packaging)");
    }

    /** An sfdx project with one Packaged ECA and its OAuth settings, as the stand-in proofs deploy and package it. */
    static Path writeProject(Path project) throws IOException {
        Files.createDirectories(project.resolve("force-app/main/default/externalClientApps"));
        Files.createDirectories(project.resolve("force-app/main/default/extlClntAppOauthSettings"));
        Files.writeString(project.resolve("sfdx-project.json"), """
                {
                  "packageDirectories": [{"path": "force-app", "default": true}],
                  "name": "standin",
                  "namespace": "",
                  "sfdcLoginUrl": "https://login.salesforce.com",
                  "sourceApiVersion": "67.0"
                }
                """);
        Files.writeString(project.resolve("force-app/main/default/externalClientApps/StandinEca.eca-meta.xml"), ECA_XML);
        Files.writeString(project.resolve("force-app/main/default/extlClntAppOauthSettings/StandinEca_oauth.ecaOauth-meta.xml"), OAUTH_XML);

        return project;
    }

    private static SfCli.Result sf(String what, String... args) {
        return sf.run(what, args);
    }

    private static JsonNode projectJson() throws IOException {
        return JSON.readTree(Files.readString(project.resolve("sfdx-project.json")));
    }

    @Test
    @Order(1)
    void packageCreateWritesTheAlias() throws IOException {
        SfCli.Result r = sf("package create", "package", "create", "--name", PKG, "--package-type", "Managed",
                "--path", "force-app", "--description", "stand-in package", "--target-dev-hub", HUB, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        String id = r.json().at("/result/Id").asText();
        assertThat(id).startsWith("0Ho").hasSize(18);
        JsonNode pj = projectJson();
        assertThat(pj.at("/packageAliases").get(PKG).asText()).isEqualTo(id);
        assertThat(pj.at("/packageDirectories/0/package").asText()).isEqualTo(PKG);
        assertThat(pj.at("/packageDirectories/0/versionNumber").asText()).isEqualTo("0.1.0.NEXT");
        assertThat(org.records("Package2")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("Name", PKG).containsEntry("ContainerOptions", "Managed"));
    }

    @Test
    @Order(2)
    void versionCreateWithoutWaitIsQueuedAndReportSeesSuccess() throws IOException {
        // sf reads the request twice even with --wait 0 (after the POST, then as the first "poll"): answer Queued twice
        org.scenario().versionCreate(Scenario.VersionCreateOutcome.SUCCESS, 2);
        try {
            queuedThenReported();
        } finally {
            org.scenario().versionCreate(Scenario.VersionCreateOutcome.SUCCESS, 1);
        }
    }

    private static void queuedThenReported() throws IOException {
        SfCli.Result r = sf("package version create --wait 0", "package", "version", "create", "--package", PKG,
                "--installation-key-bypass", "--target-dev-hub", HUB, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        JsonNode res = r.json().get("result");
        assertThat(res.get("Status").asText()).isEqualTo("Queued");
        assertThat(res.get("SubscriberPackageVersionId").isNull()).isTrue();
        assertThat(res.get("ConvertedFromVersionId").asText()).isEqualTo("Request is queued. ID unavailable.");
        queuedRequestId = res.get("Id").asText();
        assertThat(queuedRequestId).startsWith("08c");
        assertThat(projectJson().get("packageAliases").size()).as("no version alias without polling").isEqualTo(1);
        // what sf uploaded: the descriptor and the converted ECA files
        StandInOrg.UploadedVersion upload = org.uploadedVersions().get(0);
        assertThat(upload.descriptor()).containsEntry("versionNumber", "0.1.0.NEXT");
        assertThat(upload.packageZip()).containsKeys("package.xml", "externalClientApps/StandinEca.eca",
                "extlClntAppOauthSettings/StandinEca_oauth.ecaOauth");
        assertThat(new String(upload.packageZip().get("externalClientApps/StandinEca.eca"), StandardCharsets.UTF_8))
                .isEqualTo(ECA_XML);

        SfCli.Result report = sf("package version create report", "package", "version", "create", "report",
                "--package-create-request-id", queuedRequestId, "--target-dev-hub", HUB, "--json");
        assertThat(report.exitCode()).as(report::toString).isZero();
        JsonNode rep = report.json().get("result").get(0);
        assertThat(rep.get("Id").asText()).isEqualTo(queuedRequestId);
        assertThat(rep.get("Status").asText()).isEqualTo("Success");
        assertThat(rep.get("VersionNumber").asText()).isEqualTo("0.1.0.1");
        firstVersion = rep.get("SubscriberPackageVersionId").asText();
        assertThat(firstVersion).startsWith("04t");
        assertThat(projectJson().get("packageAliases").size()).as("report never writes the alias").isEqualTo(1);
    }

    @Test
    @Order(3)
    void versionCreateWithWaitSucceedsAndWritesTheVersionAlias() throws IOException {
        SfCli.Result r = sf("package version create --wait 5", "package", "version", "create", "--package", PKG,
                "--installation-key-bypass", "--wait", "5", "--target-dev-hub", HUB, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        JsonNode res = r.json().get("result");
        assertThat(res.get("Status").asText()).isEqualTo("Success");
        assertThat(res.get("VersionNumber").asText()).isEqualTo("0.1.0.2");
        builtVersion = res.get("SubscriberPackageVersionId").asText();
        assertThat(builtVersion).startsWith("04t").isNotEqualTo(firstVersion);
        assertThat(projectJson().get("packageAliases").get(PKG + "@0.1.0-2").asText()).isEqualTo(builtVersion);
    }

    @Test
    @Order(5)
    void promoteReleasesTheVersionAndRefusesASecondOfTheSameNumber() {
        SfCli.Result r = sf("package version promote", "package", "version", "promote", "--package", PKG + "@0.1.0-2",
                "--no-prompt", "--target-dev-hub", HUB, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        assertThat(r.json().at("/result/id").asText()).isEqualTo(builtVersion);
        assertThat(r.json().at("/result/success").asBoolean()).isTrue();
        assertThat(org.records("Package2Version")).filteredOn(v -> Boolean.TRUE.equals(v.get("IsReleased")))
                .extracting(v -> v.get("SubscriberPackageVersionId")).containsExactly(builtVersion);

        SfCli.Result again = sf("package version promote (duplicate)", "package", "version", "promote",
                "--package", firstVersion, "--no-prompt", "--target-dev-hub", HUB, "--json");
        assertThat(again.exitCode()).as(again::toString).isEqualTo(1);
        assertThat(again.json().get("name").asText()).isEqualTo("DUPLICATE_VALUE");
        assertThat(again.json().get("message").asText()).contains("You already promoted");
    }

    @Test
    @Order(6)
    void packageListAndVersionListShowWhatWasBuilt() {
        SfCli.Result list = sf("package list", "package", "list", "--target-dev-hub", HUB, "--json");
        assertThat(list.exitCode()).as(list::toString).isZero();
        assertThat(list.json().get("result")).singleElement().satisfies(p -> {
            assertThat(p.get("Name").asText()).isEqualTo(PKG);
            assertThat(p.get("ContainerOptions").asText()).isEqualTo("Managed");
            assertThat(p.get("Alias").asText()).as("sf 2.129.8 bug: always empty").isEmpty();
        });

        SfCli.Result versions = sf("package version list", "package", "version", "list", "--target-dev-hub", HUB, "--json");
        assertThat(versions.exitCode()).as(versions::toString).isZero();
        assertThat(versions.json().get("result")).extracting(v -> v.get("Version").asText() + " " + v.get("Alias").asText()
                        + " " + v.get("IsReleased").asBoolean() + " " + v.get("Package2Name").asText())
                .containsExactlyInAnyOrder("0.1.0.1  false " + PKG, "0.1.0.2 " + PKG + "@0.1.0-2 true " + PKG);
    }

}
