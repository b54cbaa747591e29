package io.github.ecamaven.eca.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfResult;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgSyncServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    @TempDir
    Path project;

    final List<SfCommand> calls = new ArrayList<>();

    @BeforeEach
    void sfdxProject() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), """
                {
                  "packageDirectories": [
                    {
                      "path": "force-app",
                      "default": true
                    }
                  ],
                  "sourceApiVersion": "66.0"
                }""");
        write(project.resolve("force-app/main/default"), "Nango", "true", "Infinite");
    }

    static void write(Path base, String app, String pkce, String refresh) throws Exception {
        Path h = base.resolve("externalClientApps/" + app + ".eca-meta.xml");
        Files.createDirectories(h.getParent());
        Files.writeString(h, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExternalClientApplication" + NS + ">\n"
                + "    <contactEmail>a@example.com</contactEmail>\n    <label>" + app + "</label>\n"
                + "</ExternalClientApplication>\n");
        Path g = base.resolve("extlClntAppGlobalOauthSets/" + app + "_glbloauth.ecaGlblOauth-meta.xml");
        Files.createDirectories(g.getParent());
        Files.writeString(g, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppGlobalOauthSettings" + NS + ">\n"
                + "    <externalClientApplication>" + app + "</externalClientApplication>\n"
                + "    <isPkceRequired>" + pkce + "</isPkceRequired>\n</ExtlClntAppGlobalOauthSettings>\n");
        Path p = base.resolve("extlClntAppOauthPolicies/" + app + "_oauthPlcy.ecaOauthPlcy-meta.xml");
        Files.createDirectories(p.getParent());
        Files.writeString(p, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppOauthConfigurablePolicies" + NS
                + ">\n    <externalClientApplication>" + app + "</externalClientApplication>\n"
                + "    <refreshTokenPolicyType>" + refresh + "</refreshTokenPolicyType>\n"
                + "</ExtlClntAppOauthConfigurablePolicies>\n");
    }

    static FakeSfCli fake(FakeSfCli.Answer body) {
        return FakeSfCli.answering(body);
    }

    private SfResult result(SfCommand cmd, int exit, String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return new SfResult(cmd, exit, json, "", node);
    }

    private RetrieveRequest retrieveRequest() {
        return retrieveInto(project.resolve("target/eca/retrieved"));
    }

    private RetrieveRequest retrieveInto(Path out) {
        return new RetrieveRequest(project, "standin", Set.of("Nango"), null, out, project.resolve("target/eca"),
                project.resolve("target"), 10, null);
    }

    private List<String> userFiles() throws Exception {
        try (var s = Files.walk(project)) {
            return s.filter(Files::isRegularFile).map(p -> project.relativize(p).toString())
                    .filter(p -> !p.startsWith("target")).sorted().toList();
        }
    }

    private void userProject() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/guide.md"), "mine");
    }

    @Test
    void retrieveIntoTheProjectRootAFolderWithUserFilesOrASymlinkDeletesNothing(@TempDir Path elsewhere)
            throws Exception {
        userProject();
        Files.writeString(elsewhere.resolve("keep.txt"), "mine");
        Files.createSymbolicLink(project.resolve("linked"), elsewhere);
        Files.createSymbolicLink(project.resolve("docs-link"), project.resolve("docs"));
        List<String> before = userFiles();
        for (String dir : List.of(".", "docs", "linked", "docs-link")) {
            assertThatThrownBy(() -> new RetrieveService(fake(cmd -> {
                calls.add(cmd);
                throw new AssertionError("sf must not run");
            }), EcaLog.NONE).retrieve(retrieveInto(project.resolve(dir))))
                    .as(dir)
                    .isInstanceOf(io.github.ecamaven.eca.model.io.OutputPathException.class)
                    .hasMessageContaining("eca.retrieve.outputDirectory is " + project.resolve(dir))
                    .hasMessageContaining(dir.equals("linked") ? "outside the project" : "did not create");
        }
        assertThat(calls).isEmpty();
        assertThat(userFiles()).isEqualTo(before);
        assertThat(elsewhere.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aRetrieveFromSfsDefaultOrgNamesIt() throws Exception {
        RecordingLog log = new RecordingLog();
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.json").then(cmd -> {
            write(project.resolve(cmd.option("--output-dir")), "Nango", "true", "Infinite");
            return result(cmd, 0, "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"files\":[]}}");
        });
        RetrieveRequest r = retrieveRequest();
        new RetrieveService(sf, log).retrieve(new RetrieveRequest(r.projectDir(), null, r.apps(), r.manifest(),
                r.outputDir(), r.reportDir(), r.buildDir(), r.waitMinutes(), r.repositoryRoots()));
        assertThat(sf.argv(0)).containsExactly("config", "get", "target-org", "--json");
        assertThat(sf.commands.get(1).has("--target-org")).isFalse();
        assertThat(log.text()).contains("Retrieving Nango from my-org (sf's default org) into target/eca/retrieved");
    }

    @Test
    void retrieveIntoAPackageDirectoryDeletesNoOtherAppsFiles() throws Exception {
        write(project.resolve("force-app/main/default"), "Other_App", "true", "Infinite");
        List<String> before = userFiles();
        RetrieveResult r = new RetrieveService(fake(cmd -> {
            write(project.resolve(cmd.option("--output-dir")), "Nango", "false", "Infinite");
            return result(cmd, 0, "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"files\":[]}}");
        }), EcaLog.NONE).retrieve(retrieveInto(project.resolve("force-app")));
        assertThat(r.dropped()).isEmpty();
        assertThat(userFiles()).containsAll(before);
    }

    @Test
    void aReportFolderThatIsAFileIsAClearError() throws Exception {
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/eca"), "a file");
        assertThatThrownBy(() -> new RetrieveService(fake(cmd -> {
            throw new AssertionError("sf must not run");
        }), EcaLog.NONE).retrieve(retrieveRequest()))
                .isInstanceOf(io.github.ecamaven.eca.model.io.OutputPathException.class)
                .hasMessageContaining("eca.reportDirectory is " + project.resolve("target/eca") + ", which is a file,"
                        + " not a folder");
        assertThat(project.resolve("target/eca")).hasContent("a file");
    }

    @Test
    void aDriftReportFolderThatIsEmptyTheProjectRootOrAPackageDirectoryIsRefusedBeforeSfRuns() throws Exception {
        List<String> before = userFiles();
        for (Path bad : List.of(Path.of(""), project, project.resolve("force-app/main"))) {
            RetrieveRequest r = new RetrieveRequest(project, "standin", Set.of("Nango"), null,
                    project.resolve("target/eca/retrieved"), bad, project.resolve("target"), 10, null);
            assertThatThrownBy(() -> new RetrieveService(fake(cmd -> {
                throw new AssertionError("sf must not run");
            }), EcaLog.NONE).retrieve(r)).as("%s", bad)
                    .isInstanceOf(io.github.ecamaven.eca.model.io.OutputPathException.class)
                    .hasMessageStartingWith("<reportDirectory> (eca.reportDirectory) is ");
        }
        assertThat(userFiles()).isEqualTo(before);
    }

    @Test
    void aMarkedOutputFolderIsEmptiedOnTheNextRun() throws Exception {
        Path out = project.resolve("retrieved");
        SfCli sf = fake(cmd -> {
            write(project.resolve(cmd.option("--output-dir")), "Nango", "false", "Infinite");
            return result(cmd, 0, "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"files\":[]}}");
        });
        new RetrieveService(sf, EcaLog.NONE).retrieve(retrieveInto(out));
        assertThat(out.resolve(io.github.ecamaven.eca.model.io.OutputFolder.MARKER)).exists();
        Files.writeString(out.resolve("stale.txt"), "from an earlier run");
        new RetrieveService(sf, EcaLog.NONE).retrieve(retrieveInto(out));
        assertThat(out.resolve("stale.txt")).doesNotExist();
    }

    @Test
    void retrieveKeepsOnlyTheConfiguredAppAndReportsItsDrift() throws Exception {
        RetrieveResult r = new RetrieveService(fake(cmd -> {
            calls.add(cmd);
            Path out = project.resolve(cmd.option("--output-dir"));
            write(out, "Nango", "false", "Infinite");
            write(out, "Other_App", "true", "Infinite");
            return result(cmd, 0, "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true,\"files\":[]}}");
        }), EcaLog.NONE).retrieve(retrieveRequest());

        SfCommand cmd = calls.get(0);
        assertThat(cmd.arguments()).startsWith("project", "retrieve", "start").endsWith("--json");
        assertThat(cmd.option("--target-org")).isEqualTo("standin");
        assertThat(cmd.option("--output-dir")).isEqualTo("target/eca/retrieved");
        String manifest = Files.readString(project.resolve(cmd.option("--manifest")));
        assertThat(manifest).contains("<members>Nango_glbloauth</members>").contains("<version>66.0</version>");
        assertThat(r.dropped()).hasSize(3).allMatch(p -> p.getFileName().toString().startsWith("Other_App"));
        assertThat(r.kept()).hasSize(3);
        assertThat(r.drift().drifts()).singleElement()
                .satisfies(d -> assertThat(d.describe()).isEqualTo("globalOauth.isPkceRequired: repository true, org false"));
        assertThat(Files.readString(r.driftJson())).contains("isPkceRequired");
    }

    @Test
    void aComponentMissingInTheOrgIsAnErrorThoughSfExitsZero() {
        assertThatThrownBy(() -> new RetrieveService(fake(cmd -> result(cmd, 0, """
                {"status":0,"result":{"status":"Succeeded","success":true,"files":[
                 {"fullName":"Nango","type":"ExternalClientApplication","state":"Failed",
                  "error":"Entity of type 'ExternalClientApplication' named 'Nango' cannot be found"}]}}""")),
                EcaLog.NONE).retrieve(retrieveRequest()))
                .isInstanceOf(OrgSyncException.class)
                .hasMessageContaining("ExternalClientApplication Nango: Entity of type 'ExternalClientApplication'"
                        + " named 'Nango' cannot be found");
    }

    @Test
    void aFailedRetrieveStatusIsAnError() {
        assertThatThrownBy(() -> new RetrieveService(fake(cmd -> result(cmd, 0, """
                {"status":0,"result":{"status":"Failed","success":false,"files":[],
                 "messages":[{"fileName":"unpackaged/package.xml","problem":"No package.xml found"}]}}""")),
                EcaLog.NONE).retrieve(retrieveRequest()))
                .isInstanceOf(OrgSyncException.class)
                .hasMessageContaining("unpackaged/package.xml: No package.xml found");
    }

    @Test
    void deploySendsHeadersFirstThenEverything() throws Exception {
        List<Path> deployed = new DeployService(fake(cmd -> {
            calls.add(cmd);
            return result(cmd, 0, "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true,"
                    + "\"id\":\"0Af1\",\"numberComponentsDeployed\":1}}");
        }), EcaLog.NONE).deploy(new DeployRequest(project, "standin", Set.of(), false, true, null, 33));
        assertThat(deployed).hasSize(3);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).arguments()).containsExactly("project", "deploy", "start", "--source-dir",
                "force-app/main/default/externalClientApps/Nango.eca-meta.xml", "--target-org", "standin", "--wait",
                "33", "--json");
        assertThat(calls.get(1).arguments()).filteredOn(a -> a.startsWith("force-app")).hasSize(3);
    }

    @Test
    void validateIsACheckOnlyDeploy() throws Exception {
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.json")
                .then(cmd -> result(cmd, 0, "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true}}"));
        new DeployService(sf, EcaLog.NONE).deploy(new DeployRequest(project, null, Set.of("Nango"), true, false,
                "RunLocalTests", 5));
        assertThat(sf.commands.get(1)).satisfies(c -> {
            assertThat(c.words()).containsExactly("project", "deploy", "validate");
            assertThat(c.option("--test-level")).isEqualTo("RunLocalTests");
            assertThat(c.has("--target-org")).isFalse();
        });
    }

    @Test
    void aDeployToSfsDefaultOrgNamesIt() throws Exception {
        RecordingLog log = new RecordingLog();
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.json").then(cmd -> result(cmd, 0,
                "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true}}"));
        new DeployService(sf, log).deploy(new DeployRequest(project, null, Set.of("Nango"), false, false, null, 5));
        assertThat(sf.argv(0)).containsExactly("config", "get", "target-org", "--json");
        assertThat(log.text()).contains("Deploying all components (3 files) to my-org (sf's default org)");
    }

    @Test
    void aDeployWithoutAnyOrgSaysSfHasNoDefaultAndAGivenOrgIsNamedWithoutAskingSf() throws Exception {
        RecordingLog log = new RecordingLog();
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.unset.json").then(cmd -> result(cmd, 0,
                "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true}}"));
        new DeployService(sf, log).deploy(new DeployRequest(project, null, Set.of("Nango"), false, false, null, 5));
        assertThat(log.text()).contains("to sf's default org (none is set)");
        RecordingLog given = new RecordingLog();
        FakeSfCli one = new FakeSfCli().then(cmd -> result(cmd, 0,
                "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true}}"));
        new DeployService(one, given).deploy(new DeployRequest(project, "standin", Set.of("Nango"), false, false,
                null, 5));
        assertThat(one.commands).singleElement().satisfies(c -> assertThat(c.words()).containsExactly("project",
                "deploy", "start"));
        assertThat(given.text()).contains("(3 files) to standin").doesNotContain("default org");
    }

    @Test
    void componentFailuresNameFileAndProblem() {
        assertThatThrownBy(() -> new DeployService(fake(cmd -> result(cmd, 1, """
                {"status":1,"result":{"status":"Failed","success":false,"id":"0Af9",
                 "details":{"componentFailures":[{"componentType":"ExtlClntAppGlobalOauthSettings",
                  "fullName":"Nango_glbloauth","fileName":"extlClntAppGlobalOauthSets/Nango_glbloauth.ecaGlblOauth",
                  "lineNumber":3,"columnNumber":5,"problem":"Invalid callback URL","problemType":"Error"}]}}}""")),
                EcaLog.NONE).deploy(new DeployRequest(project, "standin", Set.of(), false, false, null, 5)))
                .isInstanceOf(OrgSyncException.class)
                .hasMessageContaining("The deploy 0Af9 failed (status Failed)")
                .hasMessageContaining("force-app/main/default/extlClntAppGlobalOauthSets/"
                        + "Nango_glbloauth.ecaGlblOauth-meta.xml:3:5"
                        + " (ExtlClntAppGlobalOauthSettings Nango_glbloauth): Error: Invalid callback URL");
    }

    @Test
    void aComponentFailureWithoutAFileNamesTheProjectFileSfListsOrTheDeployedOne() {
        String sfListsIt = """
                {"status":1,"result":{"status":"Failed","success":false,"id":"0Af8",
                 "details":{"componentFailures":[{"componentType":"ExternalClientApplication","fullName":"Nango",
                  "problem":"Error in Nango","problemType":"Error"}]},
                 "files":[{"fullName":"Nango","type":"ExternalClientApplication","state":"Failed",
                  "filePath":"%s"}]}}""".formatted(project.resolve("force-app/main/default/externalClientApps/"
                + "Nango.eca-meta.xml").toAbsolutePath().toString().replace("\\", "\\\\"));
        assertThatThrownBy(() -> new DeployService(fake(cmd -> result(cmd, 1, sfListsIt)), EcaLog.NONE)
                .deploy(new DeployRequest(project, "standin", Set.of(), false, false, null, 5)))
                .hasMessageContaining("\n  force-app/main/default/externalClientApps/Nango.eca-meta.xml"
                        + " (ExternalClientApplication Nango): Error: Error in Nango");
        assertThatThrownBy(() -> new DeployService(fake(cmd -> result(cmd, 1, """
                {"status":1,"result":{"status":"Failed","success":false,"id":"0Af7",
                 "details":{"componentFailures":[{"componentType":"ExtlClntAppGlobalOauthSettings",
                  "fullName":"Nango_glbloauth","problem":"Error in Nango_glbloauth","problemType":"Error"}]}}}""")),
                EcaLog.NONE).deploy(new DeployRequest(project, "standin", Set.of(), false, false, null, 5)))
                .hasMessageContaining("\n  force-app/main/default/extlClntAppGlobalOauthSets/"
                        + "Nango_glbloauth.ecaGlblOauth-meta.xml (ExtlClntAppGlobalOauthSettings Nango_glbloauth):"
                        + " Error: Error in Nango_glbloauth");
    }

    @Test
    void unfinishedAndPartialDeploysAreNotSuccess() {
        assertThatThrownBy(() -> new DeployService(fake(cmd -> result(cmd, 69,
                "{\"status\":69,\"result\":{\"status\":\"InProgress\",\"id\":\"0Af7\"}}")), EcaLog.NONE)
                .deploy(new DeployRequest(project, "standin", Set.of(), false, false, null, 1)))
                .hasMessageContaining("sf project deploy report --job-id 0Af7");
        assertThatThrownBy(() -> new DeployService(fake(cmd -> result(cmd, 68,
                "{\"status\":68,\"result\":{\"status\":\"SucceededPartial\",\"id\":\"0Af8\",\"files\":["
                        + "{\"state\":\"Failed\",\"fullName\":\"Nango\",\"error\":\"boom\"}]}}")), EcaLog.NONE)
                .deploy(new DeployRequest(project, "standin", Set.of(), false, false, null, 1)))
                .hasMessageContaining("succeeded only in part").hasMessageContaining("Nango: boom");
    }
}
