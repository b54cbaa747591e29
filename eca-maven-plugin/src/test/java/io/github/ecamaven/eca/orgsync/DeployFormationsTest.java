package io.github.ecamaven.eca.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.project.OrgFormation;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfResult;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eca:deploy per org formation: what goes, what stays out, the staged copy sf deploys from, and every refusal before
 * sf deploys. The project's package directory is {@code src}, the staged one {@code force-app}: a path in a message
 * shows which of the two it names.
 */
class DeployFormationsTest {

    static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";
    /** The source org of the fixtures (15 characters, as Salesforce writes it into oauthLink). */
    static final String SOURCE_ORG = "00DSRC000000001";
    static final String LINK = SOURCE_ORG + ":888J1000000XkiL";
    /** The org of sf/org-display.json, the target of the fake. */
    static final String TARGET_ORG = "00D0000000000AAAAA";
    static final String DIR = "src/main/default/";
    static final String HEADER = DIR + "externalClientApps/Nango.eca-meta.xml";
    static final String OAUTH = DIR + "extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml";
    static final String GLOBAL = DIR + "extlClntAppGlobalOauthSets/Nango_glbloauth.ecaGlblOauth-meta.xml";
    static final String POLICIES = DIR + "extlClntAppOauthPolicies/Nango_oauthPlcy.ecaOauthPlcy-meta.xml";

    @TempDir
    Path project;

    @BeforeEach
    void sourceOrgProject() throws Exception {
        writeProject(project, "src", true);
    }

    /** A project retrieved from the source org: header, OAuth settings with oauthLink, global settings, policies. */
    static void writeProject(Path project, String packageDir, boolean withGlobal) throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), """
                {
                  "packageDirectories": [
                    {
                      "path": "%s",
                      "default": true
                    }
                  ],
                  "sourceApiVersion": "66.0"
                }""".formatted(packageDir));
        String dir = packageDir + "/main/default/";
        write(project, dir + "externalClientApps/Nango.eca-meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ExternalClientApplication" + NS + ">\n    <contactEmail>a@example.com</contactEmail>\n"
                + "    <distributionState>Packaged</distributionState>\n    <label>Nango</label>\n"
                + "    <orgScopedExternalApp>" + SOURCE_ORG + ":Nango</orgScopedExternalApp>\n"
                + "</ExternalClientApplication>\n");
        write(project, dir + "extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<ExtlClntAppOauthSettings" + NS + ">\r\n"
                        + "    <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>\r\n"
                        + "    <externalClientApplication>Nango</externalClientApplication>\r\n"
                        + "    <label>Nango</label>\r\n    <oauthLink>" + LINK + "</oauthLink>\r\n"
                        + "</ExtlClntAppOauthSettings>\r\n");
        if (withGlobal) {
            write(project, dir + "extlClntAppGlobalOauthSets/Nango_glbloauth.ecaGlblOauth-meta.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppGlobalOauthSettings" + NS + ">\n"
                            + "    <callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>\n"
                            + "    <externalClientApplication>Nango</externalClientApplication>\n"
                            + "    <isPkceRequired>true</isPkceRequired>\n</ExtlClntAppGlobalOauthSettings>\n");
        }
        write(project, dir + "extlClntAppOauthPolicies/Nango_oauthPlcy.ecaOauthPlcy-meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppOauthConfigurablePolicies" + NS + ">\n"
                        + "    <externalClientApplication>Nango</externalClientApplication>\n"
                        + "    <permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>\n"
                        + "</ExtlClntAppOauthConfigurablePolicies>\n");
    }

    static void write(Path project, String relative, String text) throws Exception {
        Path f = project.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** Every file of the project outside the build directory, with its bytes. */
    static Map<String, String> userFiles(Path project) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = project.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith("target/")) {
                    out.put(rel, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    static SfResult succeeded(SfCommand cmd) throws Exception {
        String json = "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true,\"id\":\"0Af1\"}}";
        return new SfResult(cmd, 0, json, "", new ObjectMapper().readTree(json));
    }

    private DeployRequest request(OrgFormation formation, Boolean policies, String sourceOrgId) {
        return new DeployRequest(project, "standin", Set.of(), false, true, null, 5, formation, policies, sourceOrgId,
                project.resolve("target"));
    }

    private Path staged(OrgFormation formation) {
        return project.resolve("target/eca/deploy/" + formation.value());
    }

    private static List<String> sourceDirs(SfCommand c) {
        List<String> a = c.arguments();
        return Stream.iterate(0, i -> i < a.size(), i -> i + 1).filter(i -> a.get(i).equals("--source-dir"))
                .map(i -> a.get(i + 1)).toList();
    }

    private static List<String> filesUnder(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void linkedSendsTheHeaderAndTheOAuthSettingsWithTheirLinkFromAStagedCopy() throws Exception {
        Map<String, String> before = userFiles(project);
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then(DeployFormationsTest::succeeded)
                .then(DeployFormationsTest::succeeded);
        RecordingLog log = new RecordingLog();
        List<Path> deployed = new DeployService(sf, log).deploy(request(OrgFormation.LINKED, null, null));

        assertThat(sf.argv(0)).containsExactly("org", "display", "--target-org", "standin", "--json");
        assertThat(sf.directories).containsExactly(staged(OrgFormation.LINKED), staged(OrgFormation.LINKED));
        assertThat(sourceDirs(sf.commands.get(1)))
                .containsExactly("force-app/main/default/externalClientApps/Nango.eca-meta.xml");
        assertThat(sourceDirs(sf.commands.get(2))).containsExactlyInAnyOrder(
                "force-app/main/default/externalClientApps/Nango.eca-meta.xml",
                "force-app/main/default/extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml");
        assertThat(sf.commands.get(2).option("--target-org")).isEqualTo("standin");
        assertThat(filesUnder(staged(OrgFormation.LINKED))).containsExactlyInAnyOrder(
                "force-app/main/default/externalClientApps/Nango.eca-meta.xml",
                "force-app/main/default/extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml",
                "sfdx-project.json");
        // copied byte for byte, the CRLF file too
        assertThat(staged(OrgFormation.LINKED).resolve("force-app/main/default/extlClntAppOauthSettings/"
                + "Nango_oauth.ecaOauth-meta.xml")).hasBinaryContent(Files.readAllBytes(project.resolve(OAUTH)));
        assertThat(staged(OrgFormation.LINKED).resolve("force-app/main/default/externalClientApps/Nango.eca-meta.xml"))
                .hasBinaryContent(Files.readAllBytes(project.resolve(HEADER)));
        var json = new ObjectMapper().readTree(staged(OrgFormation.LINKED).resolve("sfdx-project.json").toFile());
        assertThat(json.path("sourceApiVersion").asText()).isEqualTo("66.0");
        assertThat(json.path("packageDirectories").get(0).path("path").asText()).isEqualTo("force-app");
        assertThat(deployed).containsExactlyInAnyOrder(Path.of(HEADER), Path.of(OAUTH));
        assertThat(userFiles(project)).isEqualTo(before);
        assertThat(log.text())
                .contains("Formation linked (eca.deploy.formation): " + OrgFormation.LINKED.summary())
                .contains("Sending 2 file(s) from the staged copy " + staged(OrgFormation.LINKED) + ": " + HEADER
                        + ", " + OAUTH)
                .contains("Leaving out 1 file(s), global OAuth settings: they stay in the source org, whose consumer"
                        + " the org shares: " + GLOBAL)
                .contains("Leaving out 1 file(s), policies: each org's admin sets them (-Deca.deploy.policies=true"
                        + " sends them): " + POLICIES)
                .contains("standin will share the source org's consumer key: Nango goes with <oauthLink>" + LINK
                        + "</oauthLink> (org " + SOURCE_ORG + ")");
    }

    @Test
    void independentSendsGlobalSettingsAndNoLinkSoTheOrgMintsItsOwnConsumer() throws Exception {
        Map<String, String> before = userFiles(project);
        FakeSfCli sf = new FakeSfCli().then("config-get.target-org.json").then("org-display.json")
                .then(DeployFormationsTest::succeeded).then(DeployFormationsTest::succeeded);
        RecordingLog log = new RecordingLog();
        new DeployService(sf, log).deploy(new DeployRequest(project, null, Set.of("Nango"), false, true, null, 5,
                OrgFormation.INDEPENDENT, null, null, project.resolve("target")));

        Path stage = staged(OrgFormation.INDEPENDENT);
        assertThat(filesUnder(stage)).containsExactlyInAnyOrder(
                "force-app/main/default/extlClntAppGlobalOauthSets/Nango_glbloauth.ecaGlblOauth-meta.xml",
                "force-app/main/default/externalClientApps/Nango.eca-meta.xml",
                "force-app/main/default/extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml",
                "sfdx-project.json");
        String oauth = before.get(OAUTH);
        assertThat(stage.resolve("force-app/main/default/extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml"))
                .hasContent(oauth.replace("    <oauthLink>" + LINK + "</oauthLink>\r\n", ""));
        assertThat(stage.resolve("force-app/main/default/externalClientApps/Nango.eca-meta.xml"))
                .hasContent(before.get(HEADER).replace("    <orgScopedExternalApp>" + SOURCE_ORG
                        + ":Nango</orgScopedExternalApp>\n", ""));
        assertThat(stage.resolve("force-app/main/default/extlClntAppGlobalOauthSets/"
                + "Nango_glbloauth.ecaGlblOauth-meta.xml")).hasBinaryContent(Files.readAllBytes(project.resolve(
                        GLOBAL)));
        assertThat(Files.readString(stage.resolve("force-app/main/default/extlClntAppOauthSettings/"
                + "Nango_oauth.ecaOauth-meta.xml"))).doesNotContain("oauthLink");
        // no target org given: sf runs in the staged project, so it gets the org sf's default named in the project
        assertThat(sf.argv(0)).containsExactly("config", "get", "target-org", "--json");
        assertThat(sf.commands.get(3).option("--target-org")).isEqualTo("hub@example.com");
        assertThat(userFiles(project)).isEqualTo(before);
        assertThat(log.text()).contains(OAUTH + " (without <oauthLink>)").contains(HEADER
                + " (without <orgScopedExternalApp>)").contains("Leaving out 1 file(s), policies")
                .doesNotContain("will share");
    }

    @Test
    void policiesGoWhenAskedAndStayOutOfASourceDeployWhenRefused() throws Exception {
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then(DeployFormationsTest::succeeded);
        new DeployService(sf, new RecordingLog()).deploy(new DeployRequest(project, "standin", Set.of(), false,
                false, null, 5, OrgFormation.LINKED, true, null, project.resolve("target")));
        assertThat(sourceDirs(sf.commands.get(1))).contains(
                "force-app/main/default/extlClntAppOauthPolicies/Nango_oauthPlcy.ecaOauthPlcy-meta.xml");

        FakeSfCli source = new FakeSfCli().then(DeployFormationsTest::succeeded);
        new DeployService(source, new RecordingLog()).deploy(new DeployRequest(project, "standin", Set.of(), false,
                false, null, 5, OrgFormation.SOURCE, false, null, project.resolve("target")));
        // the source formation deploys the project's own files, as before: no org display, no staged copy
        assertThat(source.commands).hasSize(1);
        assertThat(source.directories).isEmpty();
        assertThat(sourceDirs(source.commands.get(0))).containsExactlyInAnyOrder(HEADER, OAUTH, GLOBAL);
        assertThat(staged(OrgFormation.SOURCE)).doesNotExist();
    }

    @Test
    void theDefaultIsTodaysDeployOfEveryFile() throws Exception {
        FakeSfCli sf = new FakeSfCli().then(DeployFormationsTest::succeeded);
        new DeployService(sf, new RecordingLog()).deploy(new DeployRequest(project, "standin", Set.of(), false,
                false, null, 5));
        assertThat(sourceDirs(sf.commands.get(0))).containsExactlyInAnyOrder(HEADER, OAUTH, GLOBAL, POLICIES);
    }

    @Test
    void linkedWithoutOAuthLinkIsRefusedBeforeSfRuns() throws Exception {
        write(project, OAUTH, Files.readString(project.resolve(OAUTH)).replace("    <oauthLink>" + LINK
                + "</oauthLink>\r\n", ""));
        FakeSfCli sf = new FakeSfCli();
        assertThatThrownBy(() -> new DeployService(sf, new RecordingLog()).deploy(request(OrgFormation.LINKED,
                null, null))).isInstanceOf(OrgSyncException.class)
                .hasMessage(OAUTH + " has no <oauthLink>, which the linked formation needs: it names the source org's"
                        + " consumer the org shares; bring the <oauthLink> Salesforce generated in the source org into"
                        + " the file: sf project retrieve start --metadata ExtlClntAppOauthSettings:Nango_oauth"
                        + " --target-org <alias of " + SOURCE_ORG + "> (sf writes it into the file in place;"
                        + " eca:generate keeps it), or deploy with -Deca.deploy.formation=independent to mint a"
                        + " consumer of the org's own.");
        assertThat(sf.commands).isEmpty();
        assertThat(staged(OrgFormation.LINKED)).doesNotExist();
    }

    @Test
    void linkedWithoutOAuthSettingsIsRefused() throws Exception {
        Files.delete(project.resolve(OAUTH));
        assertThatThrownBy(() -> new DeployService(new FakeSfCli(), new RecordingLog()).deploy(request(
                OrgFormation.LINKED, null, null)))
                .hasMessageStartingWith("app Nango has no OAuth settings file (" + OAUTH + "), which the linked"
                        + " formation sends with its <oauthLink> to the source org's consumer; bring the <oauthLink>"
                        + " Salesforce generated in the source org into the file: sf project retrieve start --metadata"
                        + " ExtlClntAppOauthSettings:Nango_oauth --target-org");
    }

    @Test
    void aLinkToAnotherOrgThanTheSourceOrgIsRefusedNamingLineAndColumn() {
        String declared = "00DOTHER0000001";
        FakeSfCli sf = new FakeSfCli();
        assertThatThrownBy(() -> new DeployService(sf, new RecordingLog()).deploy(request(OrgFormation.LINKED, null,
                declared)))
                .isInstanceOf(OrgSyncException.class)
                .hasMessageStartingWith(OAUTH + ":6:5: <oauthLink> names the consumer of org " + SOURCE_ORG
                        + ", but the source org of Nango is " + declared + " (eca.sourceOrgId); bring the <oauthLink>")
                .hasMessageEndingWith("or correct <sourceOrgId> (eca.sourceOrgId).");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aLinkThatIsNoOrgScopedValueIsRefused() throws Exception {
        write(project, OAUTH, Files.readString(project.resolve(OAUTH)).replace(LINK, "888J1000000XkiL"));
        assertThatThrownBy(() -> new DeployService(new FakeSfCli(), new RecordingLog()).deploy(request(
                OrgFormation.LINKED, null, null)))
                .hasMessageStartingWith(OAUTH + ":6:5: <oauthLink> '888J1000000XkiL' is not <org id>:<consumer id>");
    }

    @Test
    void aLinkedDeployIntoTheSourceOrgItselfIsRefused() throws Exception {
        FakeSfCli sf = new FakeSfCli().then("org-display.json");
        // the target org of the fake is the declared source org (an 18-character id compares with the 15 of the link)
        write(project, OAUTH, Files.readString(project.resolve(OAUTH)).replace(SOURCE_ORG, TARGET_ORG.substring(0,
                15)));
        assertThatThrownBy(() -> new DeployService(sf, new RecordingLog()).deploy(request(OrgFormation.LINKED, null,
                TARGET_ORG)))
                .isInstanceOf(OrgSyncException.class)
                .hasMessage("the target org mockhub (hub@example.com, org " + TARGET_ORG + ") is the source org of"
                        + " Nango (eca.sourceOrgId): it holds the consumer the <oauthLink> names, so the linked"
                        + " formation has nothing to link; deploy to it with -Deca.deploy.formation=source.");
        assertThat(sf.commands).hasSize(1);
        assertThat(staged(OrgFormation.LINKED)).doesNotExist();
    }

    @Test
    void independentWithoutGlobalSettingsIsRefusedSayingHowToGetThem(@TempDir Path other) throws Exception {
        writeProject(other, "force-app", false);
        FakeSfCli sf = new FakeSfCli();
        assertThatThrownBy(() -> new DeployService(sf, new RecordingLog()).deploy(new DeployRequest(other, "x",
                Set.of(), false, true, null, 5, OrgFormation.INDEPENDENT, null, null, other.resolve("target"))))
                .isInstanceOf(OrgSyncException.class)
                .hasMessage("app Nango has no global OAuth settings file (force-app/main/default/"
                        + "extlClntAppGlobalOauthSets/Nango_glbloauth.ecaGlblOauth-meta.xml), which the independent"
                        + " formation sends so that the org mints a consumer of its own; run eca:generate, which"
                        + " writes it from <apps>, or deploy with -Deca.deploy.formation=linked to share the source"
                        + " org's consumer.");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aComponentFailureOnAStagedFileNamesTheUsersFile() {
        Path stagedOauth = staged(OrgFormation.LINKED).resolve(
                "force-app/main/default/extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml");
        String failure = """
                {"status":1,"result":{"status":"Failed","success":false,"id":"0Af9",
                 "details":{"componentFailures":[{"componentType":"ExtlClntAppOauthSettings","fullName":"Nango_oauth",
                  "problem":"The OAuth link does not name a consumer","problemType":"Error"}]},
                 "files":[{"fullName":"Nango_oauth","type":"ExtlClntAppOauthSettings","state":"Failed",
                  "filePath":"%s"}]}}""".formatted(stagedOauth.toAbsolutePath().toString().replace("\\", "\\\\"));
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then(DeployFormationsTest::succeeded)
                .then(c -> new SfResult(c, 1, failure, "", new ObjectMapper().readTree(failure)));
        assertThatThrownBy(() -> new DeployService(sf, new RecordingLog()).deploy(request(OrgFormation.LINKED, null,
                null)))
                .isInstanceOf(OrgSyncException.class)
                .hasMessageContaining("\n  " + OAUTH + " (ExtlClntAppOauthSettings Nango_oauth): Error: The OAuth"
                        + " link does not name a consumer")
                .hasMessageNotContaining("target/eca");
    }

    @Test
    void strippingTakesTheElementAndItsLineOnly() {
        assertThat(FormationFiles.without("<a>\n    <oauthLink>x:y</oauthLink>\n    <b/>\n</a>\n", "oauthLink"))
                .isEqualTo("<a>\n    <b/>\n</a>\n");
        assertThat(FormationFiles.without("<a>\r\n\t<oauthLink/>\r\n</a>", "oauthLink")).isEqualTo("<a>\r\n</a>");
        assertThat(FormationFiles.without("<a><oauthLink>x</oauthLink><b/></a>", "oauthLink"))
                .isEqualTo("<a><b/></a>");
        assertThat(FormationFiles.without("<a><oauthLinks>x</oauthLinks></a>", "oauthLink"))
                .isEqualTo("<a><oauthLinks>x</oauthLinks></a>");
    }
}
