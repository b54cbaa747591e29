package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several stand-in orgs in one IT, as {@link ItOrg} gives them to invoker scripts, driven by the real, pinned sf: a
 * source org holding a Packaged app with its consumer, and a customer sandbox logged in under the same sf HOME. The
 * methods build on each other (what the first deploy linked, later ones see), so they run in order. Skipped when
 * the sf executable is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiOrgWithRealSfTest {

    private static final String SOURCE = "multi-source";
    private static final String CUSTOMER = "multi-customer";
    private static final String APP = "Nango_Integration";
    private static final String RUN_AS = "integration@customer.example.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static File basedir;
    private static SfProofRun sf;
    private static Path executable;
    private static Map<String, Object> source;
    private static Map<String, Object> customer;

    @BeforeAll
    static void startTwoOrgs() {
        Path exe = SfProofRun.executableOrSkip(MultiOrgWithRealSfTest.class, "the multi-org stand-in proof");
        basedir = temp.resolve("it").toFile();
        assertThat(basedir.mkdirs()).isTrue();
        // real logins (realLogin): this proof reads what sf itself writes at login
        source = ItOrg.start(basedir, Map.of("alias", SOURCE, "sfExecutable", exe.toString(), "realLogin", true,
                "apps", List.of(Map.of("name", APP, "distributionState", "Packaged",
                        "callbackUrl", "https://api.nango.dev/oauth/callback", "scopes", "Api, RefreshToken", "pkce", true))));
        customer = ItOrg.start(basedir, Map.of("alias", CUSTOMER, "sfExecutable", exe.toString(), "isSandbox", true,
                "devHub", false, "users", List.of(RUN_AS), "realLogin", true));
        executable = exe;
        sf = new SfProofRun(new SfCli(exe, basedir.toPath().resolve("sf-home")), basedir.toPath());
    }

    @AfterAll
    static void stop() {
        if (basedir != null) {
            ItOrg.stop(basedir);
        }
        SfProofRun.finish(null, sf, "sf against two stand-in orgs");
    }

    @Test
    @Order(1)
    void twoOrgsShareOneSfHomeWithDistinctIdsAndTheProperties() throws IOException {
        Path sfdx = basedir.toPath().resolve("sf-home/.sfdx");
        JsonNode sourceAuth = JSON.readTree(sfdx.resolve(source.get("username") + ".json").toFile());
        JsonNode customerAuth = JSON.readTree(sfdx.resolve(customer.get("username") + ".json").toFile());
        assertThat(sourceAuth.get("orgId").asText()).isEqualTo(source.get("orgId")).hasSize(18).startsWith("00D");
        assertThat(customerAuth.get("orgId").asText()).isEqualTo(customer.get("orgId")).isNotEqualTo(source.get("orgId"));
        assertThat(customerAuth.get("isSandbox").asBoolean()).as("sf reads Organization.IsSandbox at login").isTrue();
        assertThat(sourceAuth.get("isSandbox").asBoolean()).isFalse();
        assertThat(customerAuth.get("instanceUrl").asText()).startsWith((String) customer.get("instanceUrl"));
        assertThat(sourceAuth.get("isDevHub").asBoolean()).isTrue();
        assertThat(Files.readString(basedir.toPath().resolve("sf-home/.sf/config.json")))
                .as("only the first org becomes the default Dev Hub").contains(SOURCE).doesNotContain(CUSTOMER);

        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(basedir.toPath().resolve("standin.properties"))) {
            p.load(r);
        }
        StandInOrg sourceOrg = ItOrg.org(basedir, SOURCE);
        assertThat(p.getProperty("alias")).as("the first org keeps the keys of one-org ITs").isEqualTo(SOURCE);
        assertThat(p.getProperty(SOURCE + ".orgId")).isEqualTo(source.get("orgId"));
        assertThat(p.getProperty(CUSTOMER + ".orgId")).isEqualTo(customer.get("orgId"));
        assertThat(p.getProperty(CUSTOMER + ".instanceUrl")).isEqualTo(customer.get("instanceUrl"));
        assertThat(p.getProperty(CUSTOMER + ".username")).isEqualTo(customer.get("username"));
        assertThat(p.getProperty(SOURCE + ".oauthLink." + APP))
                .isEqualTo(sourceOrg.oauthLink(APP))
                .matches(((String) source.get("orgId")).substring(0, 15) + ":888[A-Za-z0-9]{12}");
        assertThat(p.getProperty(SOURCE + ".consumerKeyDigest." + APP))
                .isEqualTo(StandInConsumers.digest(sourceOrg.consumerKey(APP))).hasSize(64);
        assertThat(p.values()).as("no consumer key in the file").doesNotContain(sourceOrg.consumerKey(APP));

        assertThat(ItOrg.requests(basedir, CUSTOMER)).isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("alias", CUSTOMER));
        assertThat(ItOrg.requests(basedir)).extracting(r -> r.get("alias")).contains(SOURCE, CUSTOMER);
    }

    @Test
    @Order(2)
    void sfReachesAnOrgThroughTheLoginFilesTheStandInWrote() {
        Map<String, Object> third = ItOrg.start(basedir, Map.of("alias", "it-multi-third", "sfExecutable",
                executable.toString(), "isSandbox", true));
        int before = ItOrg.requests(basedir, "it-multi-third").size();
        Path sfdx = basedir.toPath().resolve("sf-home/.sfdx");
        List<String> written = new java.util.ArrayList<>();
        List<String> real = new java.util.ArrayList<>();
        try {
            JSON.readTree(sfdx.resolve(third.get("username") + ".json").toFile()).fieldNames().forEachRemaining(written::add);
            JSON.readTree(sfdx.resolve(customer.get("username") + ".json").toFile()).fieldNames().forEachRemaining(real::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(written).as("the fields sf's own login wrote for the customer org").containsExactlyElementsOf(real);
        SfCli.Result r = sf.run("org display (derived login)", "org", "display", "--target-org", "it-multi-third",
                "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        assertThat(r.json().at("/result/id").asText()).isEqualTo(third.get("orgId"));
        assertThat(r.json().at("/result/instanceUrl").asText()).startsWith((String) third.get("instanceUrl"));
        // sf decrypted the session from the written file (the HOME's key) and used it with the third org
        assertThat(ItOrg.requests(basedir, "it-multi-third")).as("sf pinged the third org with its session")
                .hasSizeGreaterThan(before);
    }

    @Test
    @Order(3)
    void theUserQueryAnswersFromTheOrgsUsers() throws Exception {
        SfCli.Result r = sf.run("data query (User)", "data", "query", "--query",
                "SELECT Id, Username, IsActive FROM User WHERE Username = '" + RUN_AS + "'", "--target-org", CUSTOMER, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        assertThat(r.json().at("/result/totalSize").asInt()).isEqualTo(1);
        JsonNode user = r.json().at("/result/records/0");
        assertThat(user.get("Username").asText()).isEqualTo(RUN_AS);
        assertThat(user.get("IsActive").asBoolean()).isTrue();
        assertThat(user.get("Id").asText()).startsWith("005").hasSize(18);

        JsonNode none = rest(CUSTOMER, "/services/data/v67.0/query?q="
                + java.net.URLEncoder.encode("SELECT Username, IsActive, Id FROM User WHERE Username = '" + RUN_AS + "'",
                java.nio.charset.StandardCharsets.UTF_8).replace("customer", "nobody"), 200);
        assertThat(none.get("totalSize").asInt()).as("a user the org lacks").isZero();
        JsonNode inSource = rest(SOURCE, "/services/data/v67.0/query?q="
                + java.net.URLEncoder.encode("SELECT Id, IsActive, Username FROM User WHERE Username = '" + RUN_AS + "'",
                java.nio.charset.StandardCharsets.UTF_8), 200);
        assertThat(inSource.get("totalSize").asInt()).as("users are per org").isZero();
        JsonNode org = rest(CUSTOMER, "/services/data/v67.0/query?q=SELECT+Id,+IsSandbox,+Name+FROM+Organization", 200);
        assertThat(org.at("/records/0/IsSandbox").asBoolean()).isTrue();
        assertThat(org.at("/records/0/Id").asText()).isEqualTo(customer.get("orgId"));
    }

    @Test
    @Order(4)
    void aLinkedDeploySharesTheSourceConsumerAndItsCredentialsAreNotFoundThere() throws Exception {
        String link = ItOrg.org(basedir, SOURCE).oauthLink(APP);
        Path project = project("linked", Map.of(
                "externalClientApps/" + APP + ".eca-meta.xml", header(APP),
                "extlClntAppOauthSettings/" + APP + "_oauth.ecaOauth-meta.xml", oauthSettings(APP, link)));
        SfCli.Result r = sf.runIn(project, "project deploy start (linked)", "project", "deploy", "start",
                "--source-dir", "force-app", "--target-org", CUSTOMER, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        assertThat(ItOrg.deployedComponents(basedir, CUSTOMER)).extracting(c -> c.get("type") + ":" + c.get("fullName"))
                .containsExactly("ExternalClientApplication:" + APP, "ExtlClntAppOauthSettings:" + APP + "_oauth");
        assertThat(ItOrg.deployedComponents(basedir, SOURCE)).as("deploys stay in their org").isEmpty();
        assertThat(ItOrg.deployedComponents(basedir, CUSTOMER).get(1).get("files"))
                .isEqualTo(Map.of("extlClntAppOauthSettings/" + APP + "_oauth.ecaOauth", oauthSettings(APP, link)));
        assertThat(ItOrg.org(basedir, CUSTOMER).oauthLink(APP)).as("the consumer stays in the source org").isNull();
        assertThat(ItCredentials.orgState(basedir, CUSTOMER).get(APP)).containsEntry("consumerId", null);

        // the customer org lists the app but does not hold its consumer; the source org answers with it
        String id = identifier(CUSTOMER, APP);
        JsonNode notFound = rest(CUSTOMER, "/services/data/v65.0/apps/oauth/credentials/" + id, 404);
        assertThat(notFound.at("/0/errorCode").asText()).isEqualTo("NOT_FOUND");
        JsonNode consumers = rest(SOURCE, "/services/data/v65.0/apps/oauth/credentials/" + identifier(SOURCE, APP), 200);
        assertThat(consumers.at("/consumers/0/key").asText()).isEqualTo(ItOrg.org(basedir, SOURCE).consumerKey(APP));
        assertThat(link).endsWith(":" + consumers.at("/consumers/0/id").asText().substring(0, 15));
    }

    @Test
    @Order(5)
    void aLinkToNoConsumerAndAnUnknownRunAsUserAreComponentFailures() throws IOException {
        String customerOrg = ((String) customer.get("orgId")).substring(0, 15);
        Path project = project("ghost", Map.of(
                "externalClientApps/Ghost.eca-meta.xml", header("Ghost"),
                "extlClntAppOauthSettings/Ghost_oauth.ecaOauth-meta.xml", oauthSettings("Ghost", customerOrg + ":888000000000404"),
                "extlClntAppOauthPolicies/Ghost_oauthPlcy.ecaOauthPlcy-meta.xml", policies("Ghost", "nobody@customer.example.com")));
        SfCli.Result r = sf.runIn(project, "project deploy start (bad link, user)", "project", "deploy", "start",
                "--source-dir", "force-app", "--target-org", CUSTOMER, "--json");
        assertThat(r.exitCode()).as(r::toString).isEqualTo(1);
        Map<String, String> failures = new java.util.TreeMap<>();
        for (JsonNode f : r.json().at("/result/files")) {
            if (f.get("state").asText().equals("Failed")) {
                failures.put(f.get("fullName").asText(), f.get("error").asText());
            }
        }
        assertThat(failures).as(r::toString).containsOnlyKeys("Ghost_oauth", "Ghost_oauthPlcy");
        assertThat(failures.get("Ghost_oauth")).contains(StandInAssumptions.UNKNOWN_OAUTH_LINK_PROBLEM);
        assertThat(failures.get("Ghost_oauthPlcy")).contains(StandInAssumptions.EXECUTION_USER_PROBLEM);
        assertThat(ItOrg.deployedComponents(basedir, CUSTOMER)).extracting(c -> c.get("fullName")).doesNotContain("Ghost");
    }

    @Test
    @Order(6)
    void anIndependentDeployMintsAConsumerAndTheRetrieveShowsTheGeneratedLink() throws Exception {
        Path project = project("independent", Map.of(
                "externalClientApps/Own_App.eca-meta.xml", header("Own_App"),
                "extlClntAppOauthSettings/Own_App_oauth.ecaOauth-meta.xml", oauthSettings("Own_App", null),
                "extlClntAppGlobalOauthSets/Own_App_glbloauth.ecaGlblOauth-meta.xml", globalSettings("Own_App"),
                "extlClntAppOauthPolicies/Own_App_oauthPlcy.ecaOauthPlcy-meta.xml", policies("Own_App", RUN_AS)));
        SfCli.Result r = sf.runIn(project, "project deploy start (independent)", "project", "deploy", "start",
                "--source-dir", "force-app", "--target-org", CUSTOMER, "--json");
        assertThat(r.exitCode()).as(r::toString).isZero();
        StandInOrg customerOrg = ItOrg.org(basedir, CUSTOMER);
        String link = customerOrg.oauthLink("Own_App");
        assertThat(link).startsWith(((String) customer.get("orgId")).substring(0, 15) + ":888");
        assertThat(customerOrg.consumerKey("Own_App")).isNotEqualTo(ItOrg.org(basedir, SOURCE).consumerKey(APP));

        SfCli.Result retrieve = sf.runIn(project, "project retrieve start (generated link)", "project", "retrieve", "start",
                "--metadata", "ExtlClntAppOauthSettings:Own_App_oauth", "--metadata", "ExtlClntAppGlobalOauthSettings:Own_App_glbloauth",
                "--target-org", CUSTOMER, "--json");
        assertThat(retrieve.exitCode()).as(retrieve::toString).isZero();
        Path dir = project.resolve("force-app/main/default");
        assertThat(dir.resolve("extlClntAppOauthSettings/Own_App_oauth.ecaOauth-meta.xml")).content()
                .contains("    <label>Own_App_oauth</label>\n    <oauthLink>" + link + "</oauthLink>\n</ExtlClntAppOauthSettings>");
        assertThat(dir.resolve("extlClntAppGlobalOauthSets/Own_App_glbloauth.ecaGlblOauth-meta.xml")).content()
                .contains("<consumerKey>" + customerOrg.consumerKey("Own_App") + "</consumerKey>");
        JsonNode consumers = rest(CUSTOMER, "/services/data/v65.0/apps/oauth/credentials/" + identifier(CUSTOMER, "Own_App"), 200);
        assertThat(consumers.at("/consumers/0/key").asText()).isEqualTo(customerOrg.consumerKey("Own_App"));
    }

    // ---- helpers ----

    private static Path project(String name, Map<String, String> files) throws IOException {
        Path project = temp.resolve(name);
        Files.createDirectories(project);
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"name\":\"" + name
                        + "\",\"sourceApiVersion\":\"67.0\"}");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = project.resolve("force-app/main/default").resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return project;
    }

    private static String header(String app) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                    <contactEmail>it@example.com</contactEmail>
                    <distributionState>Packaged</distributionState>
                    <isProtected>false</isProtected>
                    <label>%s</label>
                </ExternalClientApplication>
                """.formatted(app);
    }

    private static String oauthSettings(String app, String link) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                    <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>
                    <externalClientApplication>%s</externalClientApplication>
                    <label>%s_oauth</label>
                %s</ExtlClntAppOauthSettings>
                """.formatted(app, app, link == null ? "" : "    <oauthLink>" + link + "</oauthLink>\n");
    }

    private static String globalSettings(String app) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                    <callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>
                    <externalClientApplication>%s</externalClientApplication>
                    <isPkceRequired>true</isPkceRequired>
                    <label>%s_glbloauth</label>
                </ExtlClntAppGlobalOauthSettings>
                """.formatted(app, app);
    }

    private static String policies(String app, String runAs) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExtlClntAppOauthConfigurablePolicies xmlns="http://soap.sforce.com/2006/04/metadata">
                    <clientCredentialsFlowUser>%s</clientCredentialsFlowUser>
                    <externalClientApplication>%s</externalClientApplication>
                    <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>
                    <label>%s_oauthPlcy</label>
                    <permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>
                </ExtlClntAppOauthConfigurablePolicies>
                """.formatted(runAs, app, app);
    }

    /** The credentials resources' identifier of {@code app} in the org {@code alias}, from {@code /apps/oauth/usage}. */
    private static String identifier(String alias, String app) throws Exception {
        for (JsonNode a : rest(alias, "/services/data/v65.0/apps/oauth/usage", 200).get("apps")) {
            if (a.get("developerName").asText().equals(app)) {
                return a.get("identifier").asText();
            }
        }
        throw new AssertionError(app + " not listed in " + alias);
    }

    private static JsonNode rest(String alias, String path, int status) throws IOException {
        StandInOrg org = ItOrg.org(basedir, alias);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(org.instanceUrl() + path))
                    .header("Authorization", "Bearer " + org.accessToken()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r::body).isEqualTo(status);
            return JSON.readTree(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
