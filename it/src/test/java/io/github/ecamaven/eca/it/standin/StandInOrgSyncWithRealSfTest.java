package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
 * The real, pinned sf CLI's retrieve and deploy against a {@link StandInOrg} of its own, checking sf's JSON: the half
 * of the stand-in proof that does not need a package, so it runs beside {@link StandInOrgWithRealSfTest}. The deploy
 * builds on the retrieve (the app is in the org by then), so the methods run in order. Skipped when the sf executable
 * is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandInOrgSyncWithRealSfTest {

    private static final String ORG = "standin-sync";
    private static final String ECA_XML = StandInOrgWithRealSfTest.ECA_XML;

    @TempDir
    static Path temp;

    private static StandInOrg org;
    private static SfProofRun sf;
    private static Path project;

    @BeforeAll
    static void startOrgAndLogIn() throws IOException {
        Path exe = SfProofRun.executableOrSkip(StandInOrgSyncWithRealSfTest.class,
                "the stand-in org's retrieve and deploy proof");
        org = StandInOrg.start();
        project = StandInOrgWithRealSfTest.writeProject(temp.resolve("project"));
        sf = new SfProofRun(new SfCli(exe, temp.resolve("home")), project);
        // the files sf's login writes (StandInOrgWithRealSfTest proves the real login)
        SfLoginFiles.write(temp.resolve("home"), project, org, ORG, false, false);
    }

    @AfterAll
    static void stop() {
        SfProofRun.finish(org, sf, "sf against the stand-in org (retrieve, deploy)");
    }

    private static SfCli.Result sf(String what, String... args) {
        return sf.run(what, args);
    }

    @Test
    @Order(1)
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
        SfCli.Result r = sf.runIn(retrieveProject, "project retrieve start --manifest", "project", "retrieve", "start",
                "--manifest", "manifest/package.xml", "--target-org", ORG, "--json");
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
    @Order(2)
    void deploySucceedsThenFailsOnAComponent() {
        SfCli.Result ok = sf("project deploy start (success)", "project", "deploy", "start", "--source-dir", "force-app",
                "--target-org", ORG, "--json");
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
                "force-app", "--target-org", ORG, "--json");
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
