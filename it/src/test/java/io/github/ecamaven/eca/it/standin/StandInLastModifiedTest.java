package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * When a stand-in org says an app and its consumer last changed (what eca:doctor's {@code timing.propagation} asks,
 * {@link StandInAssumptions#LAST_MODIFIED_SOBJECTS}), in-process over HTTP (no sf).
 */
class StandInLastModifiedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The query eca:doctor sends (its DoctorAssumptions.LAST_MODIFIED_QUERY); this module cannot see the plugin's class. */
    private static final String DOCTOR_QUERY = "SELECT DeveloperName, LastModifiedDate FROM %s WHERE DeveloperName = '%s'";
    private static final DateTimeFormatter SALESFORCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Test
    void seededAppsAnswerModifiedMinutesAgoAndDeployedComponentsTheDeployTime() throws Exception {
        Scenario scenario = Scenario.fromMap(Map.of("devHub", false, "apps", List.of(
                Map.of("name", "Old_App"),
                Map.of("name", "Fresh_App", "modifiedMinutesAgo", 2))));
        try (StandInOrg org = StandInOrg.start(scenario)) {
            Instant started = Instant.now();
            assertThat(minutesAgo(org, "ExternalClientApplication", "Old_App", started))
                    .as("default modifiedMinutesAgo").isBetween(119L, 121L);
            assertThat(minutesAgo(org, "ExtlClntAppGlobalOauthSettings", "Old_App_glbloauth", started)).isBetween(119L, 121L);
            assertThat(minutesAgo(org, "ExternalClientApplication", "Fresh_App", started)).isBetween(1L, 3L);
            assertThat(minutesAgo(org, "ExtlClntAppGlobalOauthSettings", "Fresh_App_glbloauth", started)).isBetween(1L, 3L);
            assertThat(records(org, "query", String.format(DOCTOR_QUERY, "ExternalClientApplication", "No_Such_App")))
                    .as("an app the org does not hold: no record").isEmpty();

            Instant beforeDeploy = Instant.now().minusSeconds(1);
            deployHeader(org, "Old_App");
            JsonNode redeployed = records(org, "query", String.format(DOCTOR_QUERY, "ExternalClientApplication", "Old_App"));
            assertThat(time(redeployed.get(0))).as("a deploy changes it").isAfterOrEqualTo(beforeDeploy);
            assertThat(minutesAgo(org, "ExtlClntAppGlobalOauthSettings", "Old_App_glbloauth", started))
                    .as("a component the deploy did not bring keeps its time").isBetween(119L, 121L);
        }
    }

    @Test
    void onlyTheAssumedSObjectsAnswerAndOnlyOnTheRestQueryEndpoint() throws Exception {
        try (StandInOrg org = StandInOrg.start(Scenario.defaults().devHub(false).app(
                new Scenario.AppSeed("Some_App", "Local", "https://api.nango.dev/oauth/callback", "Api", true)))) {
            assertThat(StandInAssumptions.LAST_MODIFIED_SOBJECTS)
                    .containsExactlyInAnyOrder("ExternalClientApplication", "ExtlClntAppGlobalOauthSettings");
            assertThat(get(org, "query", String.format(DOCTOR_QUERY, "ExtlClntAppOauthSettings", "Some_App_oauth")).statusCode())
                    .isEqualTo(400);
            HttpResponse<String> tooling = get(org, "tooling/query", String.format(DOCTOR_QUERY, "ExternalClientApplication", "Some_App"));
            assertThat(tooling.statusCode()).isEqualTo(400);
            assertThat(tooling.body()).contains("INVALID_TYPE");
        }
    }

    @Test
    void modifiedMinutesAgoMustBeAWholeNumberOfMinutes() {
        assertThatThrownBy(() -> Scenario.fromMap(Map.of("apps", List.of(Map.of("name", "A", "modifiedMinutesAgo", "soon")))))
                .hasMessageContaining("modifiedMinutesAgo of A").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> Scenario.fromMap(Map.of("apps", List.of(Map.of("name", "A", "modifiedMinutesAgo", -5)))))
                .hasMessageContaining("0 or more");
        assertThat(Scenario.fromMap(Map.of("apps", List.of(Map.of("name", "A")))).apps().get(0).modifiedMinutesAgo())
                .isEqualTo(Scenario.AppSeed.DEFAULT_MODIFIED_MINUTES_AGO);
    }

    private static long minutesAgo(StandInOrg org, String sObject, String name, Instant now) throws Exception {
        JsonNode rows = records(org, "query", String.format(DOCTOR_QUERY, sObject, name));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("DeveloperName").asText()).isEqualTo(name);
        return Duration.between(time(rows.get(0)), now).toMinutes();
    }

    private static Instant time(JsonNode row) {
        return OffsetDateTime.parse(row.path("LastModifiedDate").asText(), SALESFORCE_TIME).toInstant();
    }

    private static JsonNode records(StandInOrg org, String endpoint, String soql) throws Exception {
        HttpResponse<String> r = get(org, endpoint, soql);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("records");
    }

    private static HttpResponse<String> get(StandInOrg org, String endpoint, String soql) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(org.instanceUrl() + "/services/data/v66.0/" + endpoint + "?q="
                        + URLEncoder.encode(soql, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + org.accessToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Deploys the header of {@code app} (unchanged content does not matter: a deploy touches it) and waits for it. */
    private static void deployHeader(StandInOrg org, String app) throws Exception {
        String packageXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">"
                + "<types><members>" + app + "</members><name>ExternalClientApplication</name></types><version>66.0</version></Package>";
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExternalClientApplication xmlns=\"http://soap.sforce.com/2006/04/metadata\">"
                + "<distributionState>Local</distributionState><label>" + app + "</label></ExternalClientApplication>";
        String zip = Base64.getEncoder().encodeToString(zip(Map.of("package.xml", packageXml,
                "externalClientApps/" + app + ".eca", header)));
        String deployed = soap(org, "<met:deploy><met:ZipFile>" + zip + "</met:ZipFile><met:DeployOptions>"
                + "<met:rollbackOnError>true</met:rollbackOnError></met:DeployOptions></met:deploy>");
        String id = deployed.replaceFirst("(?s).*<id>([^<]+)</id>.*", "$1");
        String status = soap(org, "<met:checkDeployStatus><met:asyncProcessId>" + id + "</met:asyncProcessId>"
                + "<met:includeDetails>true</met:includeDetails></met:checkDeployStatus>");
        assertThat(status).contains("<status>Succeeded</status>");
    }

    private static String soap(StandInOrg org, String operation) throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
                + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:met=\"http://soap.sforce.com/2006/04/metadata\">"
                + "<soapenv:Header><met:SessionHeader><met:sessionId>" + org.accessToken() + "</met:sessionId></met:SessionHeader>"
                + "</soapenv:Header><soapenv:Body>" + operation + "</soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(org.instanceUrl() + "/services/Soap/m/66.0"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
