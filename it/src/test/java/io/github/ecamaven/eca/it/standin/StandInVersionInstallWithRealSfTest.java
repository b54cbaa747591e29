package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The real, pinned sf CLI against a {@link StandInOrg} of its own whose Dev Hub already holds the package (as
 * {@code sf package create} leaves it, alias included): a version build ending in Error, a version built with sf's own
 * {@code --wait}, and installs of it. The half of the packaging proof that does not need the package to be created
 * first, so it runs beside {@link StandInOrgWithRealSfTest}. Skipped when the sf executable is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandInVersionInstallWithRealSfTest {

    private static final String HUB = "standin-install-hub";
    private static final String PKG = "Standin ECA";

    @TempDir
    static Path temp;

    private static StandInOrg org;
    private static SfProofRun sf;
    private static String builtVersion;

    @BeforeAll
    static void startOrgAndLogIn() throws IOException {
        Path exe = SfProofRun.executableOrSkip(StandInVersionInstallWithRealSfTest.class,
                "the stand-in org's version and install proof");
        org = StandInOrg.start();
        String packageId = org.existingPackage(PKG, "Managed");
        Path project = StandInOrgWithRealSfTest.writeProject(temp.resolve("project"));
        Files.writeString(project.resolve("sfdx-project.json"), """
                {
                  "packageDirectories": [
                    {
                      "versionName": "ver 0.1",
                      "versionNumber": "0.1.0.NEXT",
                      "path": "force-app",
                      "default": true,
                      "package": "%s",
                      "versionDescription": ""
                    }
                  ],
                  "name": "standin",
                  "namespace": "",
                  "sfdcLoginUrl": "https://login.salesforce.com",
                  "sourceApiVersion": "67.0",
                  "packageAliases": {
                    "%s": "%s"
                  }
                }""".formatted(PKG, PKG, packageId));
        sf = new SfProofRun(new SfCli(exe, temp.resolve("home")), project);
        // the files sf's login writes (StandInOrgWithRealSfTest proves the real login)
        SfLoginFiles.write(temp.resolve("home"), project, org, HUB, true, false);
    }

    @AfterAll
    static void stop() {
        SfProofRun.finish(org, sf, "sf against the stand-in org (version build, install)");
    }

    private static SfCli.Result sf(String what, String... args) {
        return sf.run(what, args);
    }

    @Test
    @Order(1)
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
    @Order(2)
    void versionCreateWithWaitSucceeds() {
        SfCli.Result r = sf("package version create --wait 5", "package", "version", "create", "--package", PKG,
                "--installation-key-bypass", "--wait", "5", "--target-dev-hub", HUB, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        assertThat(r.json().at("/result/Status").asText()).isEqualTo("Success");
        builtVersion = r.json().at("/result/SubscriberPackageVersionId").asText();
        assertThat(builtVersion).startsWith("04t");
    }

    @Test
    @Order(3)
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
}
