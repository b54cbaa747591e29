package io.github.ecamaven.eca.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.RunAsUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfResult;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.SfFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-as user of the client-credentials flow, resolved and checked for the target org before eca:deploy sends. */
class RunAsUsersTest {

    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";
    private static final String POLICIES = "force-app/main/default/extlClntAppOauthPolicies/"
            + "Nango_oauthPlcy.ecaOauthPlcy-meta.xml";
    /** The source formation's staged copy of the policies file, in a staged project laid out as force-app. */
    private static final String STAGED = "target/eca/deploy/source/" + POLICIES;
    private static final String MAP = "@{targetOrg: dev=integration@acme.com.dev, *=@{targetOrg.username}}";

    @TempDir
    Path project;

    @BeforeEach
    void sfdxProject() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}], \"sourceApiVersion\": \"66.0\"}");
        OrgSyncServicesTest.write(project.resolve("force-app/main/default"), "Nango", "true", "Infinite");
    }

    private String policies(String user) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppOauthConfigurablePolicies" + NS + ">\n"
                + "    <clientCredentialsFlowUser>" + user + "</clientCredentialsFlowUser>\n"
                + "    <externalClientApplication>Nango</externalClientApplication>\n"
                + "    <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>\n"
                + "</ExtlClntAppOauthConfigurablePolicies>\n";
        Files.writeString(project.resolve(POLICIES), xml);
        return xml;
    }

    private static FakeSfCli.Answer deployed() {
        return c -> SfFixtures.parse(c, 0, "deploy.success.json");
    }

    private DeployRequest to(String org) {
        return new DeployRequest(project, org, Set.of("Nango"), false, false, null, 5);
    }

    @Test
    void aTemplateIsResolvedForTheOrgCheckedThereAndDeployedFromTheStagingCopyOnly() throws Exception {
        String mine = policies(MAP);
        // the entry for the alias passed needs no sf org display
        FakeSfCli sf = new FakeSfCli().then("data-query.user-active.json").then(deployed());

        new DeployService(sf, EcaLog.NONE).deploy(to("dev"));

        assertThat(sf.argv(0)).containsExactly("data", "query", "--query",
                "SELECT Id, Username, IsActive FROM User WHERE Username = 'integration@acme.com.dev'",
                "--target-org", "dev", "--json");
        SfCommand deploy = sf.commands.get(1);
        assertThat(deploy.words()).containsExactly("project", "deploy", "start");
        // sf deploys the staged project's copy: it runs in the staged project, where the file has the same path
        assertThat(sf.directories).containsExactly(project.resolve("target/eca/deploy/source"));
        assertThat(deploy.arguments()).contains(POLICIES);
        assertThat(Files.readString(project.resolve(STAGED)))
                .isEqualTo(mine.replace(MAP, "integration@acme.com.dev"));
        assertThat(Files.readString(project.resolve(POLICIES))).isEqualTo(mine);
    }

    @Test
    void aLinkedDeployWithPoliciesSendsTheUserResolvedForTheOrgFromItsStagedCopy() throws Exception {
        String mine = policies(MAP);
        // org display (the linked formation's check of the target), the user query, the two deploys
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then("data-query.user-active.json")
                .then(deployed()).then(deployed());
        new DeployService(sf, EcaLog.NONE).deploy(new DeployRequest(project, "dev", Set.of("Nango"), false, true,
                null, 5, io.github.ecamaven.eca.project.OrgFormation.INDEPENDENT, true, null,
                project.resolve("target")));

        assertThat(sf.commands.get(1).option("--query")).endsWith("Username = 'integration@acme.com.dev'");
        Path staged = project.resolve("target/eca/deploy/independent/" + POLICIES);
        assertThat(Files.readString(staged)).isEqualTo(mine.replace(MAP, "integration@acme.com.dev"));
        assertThat(Files.readString(project.resolve(POLICIES))).isEqualTo(mine);
        // sf deploys from the staged project, not from the user's
        assertThat(sf.directories).isNotEmpty().allMatch(d -> d.endsWith(Path.of("target/eca/deploy/independent")));
    }

    @Test
    void aFormationDeployAsksSfWhoTheOrgIsOnceForItsCheckAndTheRunAsUser() throws Exception {
        policies(RunAsUser.LOGIN_USER);
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then("data-query.user-active.json")
                .then(deployed()).then(deployed());
        new DeployService(sf, EcaLog.NONE).deploy(new DeployRequest(project, "mockhub", Set.of("Nango"), false, true,
                null, 5, io.github.ecamaven.eca.project.OrgFormation.INDEPENDENT, true, null,
                project.resolve("target")));
        assertThat(sf.commands).filteredOn(c -> c.words().contains("display")).hasSize(1);
        assertThat(sf.commands.get(1).option("--query")).endsWith("Username = 'hub@example.com'");
    }

    @Test
    void aFormationDeployIsRefusedBeforeSendingWhenTheUserIsMissingInTheOrg() throws Exception {
        policies(MAP);
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then("data-query.user-none.json");
        assertThatThrownBy(() -> new DeployService(sf, EcaLog.NONE).deploy(new DeployRequest(project, "dev",
                Set.of("Nango"), false, true, null, 5, io.github.ecamaven.eca.project.OrgFormation.INDEPENDENT, true,
                null, project.resolve("target"))))
                // the org as the formation's sf org display told it (the fixture's org is mockhub)
                .hasMessageContaining("does not exist in mockhub (hub@example.com, org 00D0000000000AAAAA);")
                .hasMessageContaining("nothing was deployed");
        assertThat(sf.commands).noneMatch(c -> c.words().contains("deploy"));
    }

    @Test
    void anEntryForTheOrgsAliasOrUsernameAsksSfWhoTheOrgIs() throws Exception {
        policies("@{targetOrg: hub@example.com=integration@acme.com.dev, *=nobody@acme.com}");
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then("data-query.user-active.json").then(deployed());
        new DeployService(sf, EcaLog.NONE).deploy(to("ci"));
        assertThat(sf.argv(0)).containsExactly("org", "display", "--target-org", "ci", "--json");
        assertThat(sf.commands.get(1).option("--query")).endsWith("Username = 'integration@acme.com.dev'");
    }

    @Test
    void theLoginUserIsTheUserSfIsLoggedInWithAndAUsernameGoesAsItIs() throws Exception {
        policies(RunAsUser.LOGIN_USER);
        FakeSfCli sf = new FakeSfCli().then("org-display.json").then("data-query.user-active.json").then(deployed());
        new DeployService(sf, EcaLog.NONE).deploy(to("mockhub"));
        assertThat(sf.commands.get(1).option("--query")).endsWith("Username = 'hub@example.com'");
        assertThat(Files.readString(project.resolve(STAGED))).contains(">hub@example.com<");

        policies("integration@acme.com");
        FakeSfCli plain = new FakeSfCli().then("data-query.user-active.json").then(deployed());
        new DeployService(plain, EcaLog.NONE).deploy(to("prod"));
        assertThat(plain.commands.get(0).option("--query")).endsWith("Username = 'integration@acme.com'");
        assertThat(plain.commands.get(1).arguments()).contains(POLICIES);
        assertThat(plain.directories).as("a plain username goes from the user's file, unstaged").isEmpty();
    }

    @Test
    void aUserMissingOrInactiveInTheOrgIsRefusedBeforeAnyDeploy() throws Exception {
        String mine = policies(MAP);
        FakeSfCli none = new FakeSfCli().then("data-query.user-none.json");
        assertThatThrownBy(() -> new DeployService(none, EcaLog.NONE).deploy(to("dev")))
                .isInstanceOf(OrgSyncException.class)
                .hasMessageContaining(POLICIES + " <clientCredentialsFlowUser>")
                .hasMessageContaining("the run-as user integration@acme.com.dev (" + MAP + " for this org) does not"
                        + " exist in dev;")
                .hasMessageContaining("nothing was deployed")
                .hasMessageContaining("Create the user there with the API Only permission")
                .hasMessageContaining("point the map's entry for this org at another user");
        assertThat(none.commands).noneMatch(c -> c.words().contains("deploy"));

        FakeSfCli inactive = new FakeSfCli().then("data-query.user-inactive.json");
        assertThatThrownBy(() -> new DeployService(inactive, EcaLog.NONE).deploy(to("dev")))
                .hasMessageContaining("integration@acme.com.dev (" + MAP + " for this org) is inactive in dev;")
                .hasMessageContaining("Activate the user");
        assertThat(inactive.commands).noneMatch(c -> c.words().contains("deploy"));
        assertThat(Files.readString(project.resolve(POLICIES))).isEqualTo(mine);
        assertThat(project.resolve(STAGED)).doesNotExist();
    }

    @Test
    void anOrgTheMapDoesNotNameIsRefusedWithTheEntryToAdd() throws Exception {
        policies("@{targetOrg: dev=integration@acme.com.dev}");
        FakeSfCli sf = new FakeSfCli().then("org-display.json");
        assertThatThrownBy(() -> new DeployService(sf, EcaLog.NONE).deploy(to("prod")))
                .isInstanceOf(OrgSyncException.class)
                .hasMessageContaining("has no entry for mockhub (hub@example.com, org 00D0000000000AAAAA)")
                .hasMessageContaining("add prod=<username of its API Only integration user>")
                .hasMessageContaining("<clientCredentialsUser>");
        assertThat(sf.commands).hasSize(1);
    }

    @Test
    void aMalformedTemplateIsRefusedBeforeSfIsAsked() throws Exception {
        policies("@{targetOrg.userName}");
        FakeSfCli sf = new FakeSfCli();
        assertThatThrownBy(() -> new DeployService(sf, EcaLog.NONE).deploy(to("dev")))
                .hasMessageContaining(POLICIES).hasMessageContaining("is no run-as user template");
        assertThat(sf.commands).isEmpty();
    }

    @Test
    void aQuoteInAUsernameIsEscapedInTheQuery() {
        assertThat(RunAsUsers.userQuery("o'brien\\x@acme.com", "dev").arguments()).containsExactly("data", "query",
                "--query", "SELECT Id, Username, IsActive FROM User WHERE Username = 'o\\'brien\\\\x@acme.com'",
                "--target-org", "dev", "--json");
        assertThat(RunAsUsers.userQuery("a@b.com", null).has("--target-org")).isFalse();
    }

    @Test
    void driftAsksSfWhoTheOrgIsOnlyWhenATemplateNeedsIt() throws Exception {
        List<EcaFile> files = EcaFile.find(project, List.of(project.resolve("force-app")), Set.of());
        FakeSfCli none = new FakeSfCli();
        assertThat(new RunAsUsers(none, EcaLog.NONE).resolverFor("dev", files).apply(RunAsUser.parse(MAP))).isNull();
        assertThat(none.commands).isEmpty();

        policies(MAP);
        files = EcaFile.find(project, List.of(project.resolve("force-app")), Set.of());
        FakeSfCli sf = new FakeSfCli().then("org-display.json");
        Function<RunAsUser, String> resolver = new RunAsUsers(sf, EcaLog.NONE).resolverFor("dev", files);
        assertThat(resolver.apply(RunAsUser.parse(MAP))).isEqualTo("integration@acme.com.dev");
        assertThat(resolver.apply(RunAsUser.parse(RunAsUser.LOGIN_USER))).isEqualTo("hub@example.com");
        assertThat(sf.commands).hasSize(1);
    }

    @Test
    void retrieveCountsTheOrgsUserAsNoDriftWhenTheTemplateGivesItForThatOrg() throws Exception {
        String mine = policies(MAP);
        for (String[] org : new String[][] {{"integration@acme.com.dev", "0"}, {"someone@acme.com.dev", "1"}}) {
            FakeSfCli sf = new FakeSfCli().then(cmd -> {
                Path out = project.resolve(cmd.option("--output-dir"));
                OrgSyncServicesTest.write(out, "Nango", "true", "Infinite");
                Files.writeString(out.resolve("extlClntAppOauthPolicies/Nango_oauthPlcy.ecaOauthPlcy-meta.xml"),
                        mine.replace(MAP, org[0]));
                return new SfResult(cmd, 0, "", "", new ObjectMapper().readTree(
                        "{\"status\":0,\"result\":{\"status\":\"Succeeded\",\"success\":true,\"files\":[]}}"));
            }).then("org-display.json");
            RetrieveResult r = new RetrieveService(sf, EcaLog.NONE).retrieve(new RetrieveRequest(project, "dev",
                    Set.of("Nango"), null, project.resolve("target/eca/retrieved"), project.resolve("target/eca"),
                    project.resolve("target"), 10, null));
            assertThat(r.drift().drifts()).as(org[0]).hasSize(Integer.parseInt(org[1]));
        }
    }
}
