package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real, pinned sf CLI (not a mock of it) against {@link StandInOrg} through the whole packaging flow, and
 * checks sf's JSON. The methods build on each other (a package, then versions of it, ...), so they run in order.
 * Skipped when the sf executable ({@code -Deca.it.sfExecutable}, set by it/pom.xml) is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandInOrgWithRealSfTest {

    private static final String HUB = "standin-hub";
    private static final String PKG = "Standin ECA";
    private static final String ECA_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>it@example.com</contactEmail>
                <distributionState>Packaged</distributionState>
                <isProtected>false</isProtected>
                <label>Standin ECA</label>
            </ExternalClientApplication>
            """;
    private static final String OAUTH_XML = """
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
    private static SfCli sf;
    private static Path project;
    private static final List<String> timings = new ArrayList<>();
    private static String queuedRequestId;
    private static String builtVersion;
    private static String firstVersion;

    @BeforeAll
    static void startOrgAndLogIn() throws IOException {
        String exe = System.getProperty("eca.it.sfExecutable", "");
        Assumptions.assumeTrue(!exe.isBlank() && Files.isExecutable(Path.of(exe)),
                "real sf CLI not installed at '" + exe + "' (it/sf/install-sf.sh installs it; needs npm): skipping the stand-in org proof");
        org = StandInOrg.start();
        sf = new SfCli(Path.of(exe), temp.resolve("home"));
        project = temp.resolve("project");
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

        SfCli.Result login = time("org login access-token", sf.login(org, HUB, project, true, false));
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
        if (org != null) {
            org.close();
        }
        if (!timings.isEmpty()) {
            System.out.println("sf against the stand-in org:\n  " + String.join("\n  ", timings));
        }
    }

    private static SfCli.Result time(String what, SfCli.Result r) {
        timings.add(String.format("%-45s exit %d  %5d ms", what, r.exitCode(), r.millis()));
        return r;
    }

    private static SfCli.Result sf(String what, String... args) {
        return time(what, sf.run(project, args));
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
    @Order(4)
    void versionCreateEndingInErrorIsMultipleErrorsError() {
        org.scenario().versionCreate(Scenario.VersionCreateOutcome.ERROR, 1)
                .versionCreateErrors("StandinEca: field distributionState is not valid here", "second stand-in error");
        try {
            SfCli.Result r = sf("package version create (Error)", "package", "version", "create", "--package", PKG,
                    "--installation-key-bypass", "--wait", "5", "--target-dev-hub", HUB, "--json");
            assertThat(r.exitCode()).as(r::toString).isEqualTo(1);
            assertThat(r.json().get("name").asText()).isEqualTo("MultipleErrorsError");
            assertThat(r.json().get("message").asText())
                    .contains("(1) StandinEca: field distributionState is not valid here")
                    .contains("(2) second stand-in error");
            assertThat(org.requests("Package2VersionCreateRequestError")).isNotEmpty();
        } finally {
            org.scenario().versionCreate(Scenario.VersionCreateOutcome.SUCCESS, 1);
        }
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
    void installSucceedsOrStaysInProgress() {
        SfCli.Result r = sf("package install --wait 5", "package", "install", "--package", builtVersion,
                "--target-org", HUB, "--wait", "5", "--no-prompt", "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        assertThat(r.json().at("/result/Status").asText()).isEqualTo("SUCCESS");
        assertThat(r.json().at("/result/SubscriberPackageVersionKey").asText()).isEqualTo(builtVersion);
        assertThat(r.json().at("/result/Id").asText()).startsWith("0Hf");

        org.scenario().install(Scenario.InstallOutcome.IN_PROGRESS);
        SfCli.Result pending = sf("package install (IN_PROGRESS, no wait)", "package", "install", "--package", builtVersion,
                "--target-org", HUB, "--no-prompt", "--json");
        assertThat(pending.exitCode()).as(pending::toString).isZero();
        assertThat(pending.json().at("/result/Status").asText()).isEqualTo("IN_PROGRESS");
        org.scenario().install(Scenario.InstallOutcome.SUCCESS);
    }

    @Test
    @Order(7)
    void retrieveWritesTheOrgFilesAndReportsMissingComponents() throws IOException {
        String orgVersion = ECA_XML.replace("<contactEmail>it@example.com</contactEmail>",
                "<contactEmail>changed-in-org@example.com</contactEmail>");
        org.scenario().orgComponent("ExternalClientApplication", "StandinEca", "externalClientApps/StandinEca.eca", orgVersion);
        Path retrieveProject = temp.resolve("retrieve");
        Files.createDirectories(retrieveProject.resolve("manifest"));
        Files.createDirectories(retrieveProject.resolve("force-app"));
        Files.writeString(retrieveProject.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"name\":\"r\",\"sourceApiVersion\":\"67.0\"}");
        Files.writeString(retrieveProject.resolve("manifest/package.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Package xmlns="http://soap.sforce.com/2006/04/metadata">
                    <types>
                        <members>Missing</members>
                        <members>StandinEca</members>
                        <name>ExternalClientApplication</name>
                    </types>
                    <version>67.0</version>
                </Package>
                """);
        SfCli.Result r = time("project retrieve start --manifest", sf.run(retrieveProject, "project", "retrieve", "start",
                "--manifest", "manifest/package.xml", "--target-org", HUB, "--json"));
        assertThat(r.exitCode()).as(r::toString).isZero();
        JsonNode res = r.json().get("result");
        assertThat(res.get("status").asText()).isEqualTo("Succeeded");
        JsonNode missing = null;
        JsonNode found = null;
        for (JsonNode f : res.get("files")) {
            if (f.get("fullName").asText().equals("Missing")) {
                missing = f;
            } else if (f.get("fullName").asText().equals("StandinEca")) {
                found = f;
            }
        }
        assertThat(missing).as(r::toString).isNotNull();
        assertThat(missing.get("state").asText()).isEqualTo("Failed");
        assertThat(missing.get("error").asText()).contains("named 'Missing' cannot be found");
        assertThat(found).as(r::toString).isNotNull();
        assertThat(found.get("state").asText()).isEqualTo("Created");
        Path written = Path.of(found.get("filePath").asText());
        assertThat(written).endsWith(Path.of("force-app/main/default/externalClientApps/StandinEca.eca-meta.xml"));
        assertThat(written).content().isEqualTo(orgVersion);
    }

    @Test
    @Order(8)
    void deploySucceedsThenFailsOnAComponent() {
        SfCli.Result ok = sf("project deploy start (success)", "project", "deploy", "start", "--source-dir", "force-app",
                "--target-org", HUB, "--json");
        assertThat(ok.exitCode()).as(ok::toString).isZero();
        JsonNode res = ok.json().get("result");
        assertThat(res.get("success").asBoolean()).isTrue();
        assertThat(res.get("status").asText()).isEqualTo("Succeeded");
        assertThat(res.get("files")).extracting(f -> f.get("fullName").asText() + ":" + f.get("state").asText())
                .contains("StandinEca:Changed", "StandinEca_oauth:Created"); // StandinEca is in the org since the retrieve test
        assertThat(org.deployedZips()).last().satisfies(z -> assertThat(z.files()).containsKey("externalClientApps/StandinEca.eca"));
        assertThat(org.scenario().orgComponents()).extracting(Scenario.OrgComponent::fullName).contains("StandinEca_oauth");

        org.scenario().deployFailure("StandinEca_oauth", "oauthLink: stand-in says the global OAuth settings are missing");
        SfCli.Result bad = sf("project deploy start (component failure)", "project", "deploy", "start", "--source-dir",
                "force-app", "--target-org", HUB, "--json");
        assertThat(bad.exitCode()).as(bad::toString).isEqualTo(1);
        assertThat(bad.json().has("name")).as("failure in the shape of a success").isFalse();
        assertThat(bad.json().get("status").asInt()).isEqualTo(1);
        JsonNode b = bad.json().get("result");
        assertThat(b.get("status").asText()).isEqualTo("Failed");
        assertThat(b.get("success").asBoolean()).isFalse();
        JsonNode failed = null;
        for (JsonNode f : b.get("files")) {
            if (f.get("state").asText().equals("Failed")) {
                failed = f;
            }
        }
        assertThat(failed).as(bad::toString).isNotNull();
        assertThat(failed.get("fullName").asText()).isEqualTo("StandinEca_oauth");
        assertThat(failed.get("error").asText()).contains("global OAuth settings are missing");
        assertThat(b.at("/details/componentFailures/0/fileName").asText())
                .isEqualTo("extlClntAppOauthSettings/StandinEca_oauth.ecaOauth");
    }
}
