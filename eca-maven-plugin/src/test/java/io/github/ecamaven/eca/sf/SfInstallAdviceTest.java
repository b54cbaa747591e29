package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.testing.SfFixtures;
import io.github.ecamaven.eca.validate.report.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SfInstallAdviceTest {

    private static final SfCommand DEPLOY = SfCommand.of("project", "deploy", "start").build();

    @Test
    void node20GetsThePinnedPairAndTheFaq() {
        String advice = SfInstallAdvice.forNode("v20.20.2");
        assertThat(advice).contains("sf 2.129.8", "undici held at 6.22.0", SfInstallAdvice.FAQ_NODE_20,
                "-Deca.sfExecutable=node_modules/.bin/sf", "Node.js v20.20.2");
        assertThat(SfInstallAdvice.forNode("v22.11.0")).contains("npm install --global @salesforce/cli")
                .doesNotContain("2.129.8");
        assertThat(SfInstallAdvice.forNode("v18.19.0")).contains("too old", "Node.js 22");
        assertThat(SfInstallAdvice.forNode(null)).contains("Install Node.js 22", "2.129.8", "-Deca.sfExecutable");
    }

    @Test
    void thePinIsTheOneTheIntegrationTestsInstall() throws Exception {
        Path pkg = Path.of("../it/sf/package.json");
        assertThat(pkg).as("the ITs' pinned sf, beside this module").exists();
        JsonNode json = new ObjectMapper().readTree(Files.readString(pkg));
        assertThat(json.path("dependencies").path("@salesforce/cli").asText()).isEqualTo(SfInstallAdvice.PINNED_SF);
        assertThat(json.path("overrides").path("undici").asText()).isEqualTo(SfInstallAdvice.PINNED_UNDICI);
    }

    @Test
    void theFaqLinkIsOnThePluginsSiteAndTheAnchorExists() throws Exception {
        String site = Tool.RULES_PAGE.substring(0, Tool.RULES_PAGE.lastIndexOf('/') + 1);
        assertThat(SfInstallAdvice.FAQ_NODE_20).isEqualTo(site + "faq.html#sf-on-node-20");
        assertThat(Files.readString(Path.of("src/site/markdown/faq.md.vm"))).contains("<a id=\"sf-on-node-20\">");
    }

    @Test
    void aNodeCrashIsOneLineWithTheFaqNotTheStack() {
        String stderr = SfFixtures.text("node-crash.stderr.txt");
        SfUnavailableException e = catchThrowableOfType(SfUnavailableException.class,
                () -> SfOutputParser.parse(DEPLOY, 1, "", stderr));
        assertThat(e.getMessage()).startsWith("sf project deploy start crashed in Node.js v20.11.1 before it could"
                + " answer (exit 1) (ReferenceError: File is not defined)")
                .contains(SfInstallAdvice.FAQ_NODE_20, "2.129.8")
                .doesNotContain("Module._compile", "\n");
        assertThat(e.isEnvironmentProblem()).isTrue();
    }

    @Test
    void aStackWithoutNodesLastLineIsNotTakenForACrash() {
        String stderr = SfFixtures.text("node-crash.stderr.txt").replace("Node.js v20.11.1", "");
        assertThatThrownBy(() -> SfOutputParser.parse(DEPLOY, 1, "", stderr)).isInstanceOf(SfOutputException.class);
    }
}
