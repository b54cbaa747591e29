package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.sf.SfErrorException;
import io.github.ecamaven.eca.sf.SfOutputParser;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.RecordingLog;
import io.github.ecamaven.eca.testing.SfFixtures;
import org.junit.jupiter.api.Test;

/** The REST calls of the credentials goals over the session of {@code sf org display}, against a loopback server. */
class OrgSessionRestTest {

    private static final String TOKEN = "00D0000000000AA!AQ0AQFAKEACCESSTOKENxxxxxxxxxxxxxxxxxx";
    private final RecordingLog log = new RecordingLog(true);

    private static FakeSfCli.Answer display(String instanceUrl, String token) {
        return c -> SfOutputParser.parse(c, 0, SfFixtures.text("org-display.json")
                .replace("http://127.0.0.1:18443", instanceUrl).replace(TOKEN, token), "");
    }

    @Test
    void oneOrgDisplayThenEveryCallStraightToTheOrgWithItsSession() throws Exception {
        try (CannedHttp org = new CannedHttp()) {
            org.then(200, "{\"apps\":[]}").then(201, "{\"id\":\"0xM1\"}").then(204, "");
            FakeSfCli sf = new FakeSfCli().then(display(org.url() + "/", TOKEN));
            OrgSessionRest rest = new OrgSessionRest(sf, "my-org", log);

            SfRest.Response apps = rest.send("GET", "services/data/v66.0/apps/oauth/usage", null);
            SfRest.Response staged = rest.send("POST", "services/data/v66.0/apps/oauth/credentials/a/b/staged", null);
            SfRest.Response deleted = rest.send("DELETE", "/services/data/v66.0/x", "{\"k\":1}");

            assertThat(sf.commands).hasSize(1);
            assertThat(sf.argv(0)).containsExactly("org", "display", "--target-org", "my-org", "--json");
            assertThat(apps.status()).isEqualTo(200);
            assertThat(apps.body()).isEqualTo("{\"apps\":[]}");
            assertThat(staged.status()).isEqualTo(201);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();
            assertThat(org.requests).extracting(CannedHttp.Request::method).containsExactly("GET", "POST", "DELETE");
            assertThat(org.requests).extracting(CannedHttp.Request::uri).containsExactly(
                    "/services/data/v66.0/apps/oauth/usage", "/services/data/v66.0/apps/oauth/credentials/a/b/staged",
                    "/services/data/v66.0/x");
            assertThat(org.requests).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
            assertThat(org.requests.get(1).body()).as("sf's rule kept: a non-GET request has a body").isEqualTo("{}");
            assertThat(org.requests.get(2).body()).isEqualTo("{\"k\":1}");
            assertThat(org.requests.get(2).contentType()).isEqualTo("application/json");
            assertThat(log.lines).noneMatch(l -> l.contains("AQ0AQFAKE"));
        }
    }

    @Test
    void theOrgsApiVersionComesFromTheSameOrgDisplay() throws Exception {
        try (CannedHttp org = new CannedHttp()) {
            org.then(200, "{}");
            FakeSfCli sf = new FakeSfCli().then(display(org.url(), TOKEN));
            OrgSessionRest rest = new OrgSessionRest(sf, "my-org", log);

            String version = rest.orgApiVersion();
            rest.send("GET", "services/data/v" + version + "/apps/oauth/usage", null);

            assertThat(version).isEqualTo(SfFixtures.text("org-display.json").replaceAll("(?s).*\"apiVersion\": \"([^\"]+)\".*", "$1"));
            assertThat(sf.commands).hasSize(1);
        }
    }

    @Test
    void theOrgsIdentityComesFromTheSameOrgDisplay() throws Exception {
        try (CannedHttp org = new CannedHttp()) {
            org.then(200, "{}");
            FakeSfCli sf = new FakeSfCli().then(display(org.url(), TOKEN));
            OrgSessionRest rest = new OrgSessionRest(sf, "my-org", log);

            var identity = rest.identity();
            rest.send("GET", "services/data/v66.0/apps/oauth/usage", null);

            assertThat(identity.orgId()).isEqualTo(SfFixtures.text("org-display.json")
                    .replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1")).startsWith("00D");
            assertThat(identity.toString()).doesNotContain(TOKEN);
            assertThat(sf.commands).hasSize(1);
        }
    }

    @Test
    void anEndedSessionIsAskedForAgainOnceAndTheCallRepeated() throws Exception {
        try (CannedHttp org = new CannedHttp()) {
            org.then(401, "[{\"errorCode\":\"INVALID_SESSION_ID\"}]").then(200, "{}")
                    .then(401, "[{\"errorCode\":\"INVALID_SESSION_ID\"}]").then(401, "[]");
            FakeSfCli sf = new FakeSfCli().then(display(org.url(), "00DOLD!x")).then(display(org.url(), "00DNEW!y"))
                    .then(display(org.url(), "00DNEWER!z"));
            OrgSessionRest rest = new OrgSessionRest(sf, null, log);

            assertThat(rest.send("GET", "services/data/v66.0/a", null).status()).isEqualTo(200);
            assertThat(org.requests).extracting(CannedHttp.Request::authorization)
                    .containsExactly("Bearer 00DOLD!x", "Bearer 00DNEW!y");
            assertThat(sf.argv(0)).as("no --target-org: sf's default org").containsExactly("org", "display", "--json");
            // a second 401 after the new session is the org's answer, not retried again
            assertThat(rest.send("GET", "services/data/v66.0/b", null).status()).isEqualTo(401);
            assertThat(sf.commands).hasSize(3);
        }
    }

    @Test
    void theSessionGoesOnlyOverHttpsOrToThisMachine() {
        FakeSfCli sf = new FakeSfCli().then(display("http://na1.example.com", TOKEN));
        assertThatThrownBy(() -> new OrgSessionRest(sf, "prod", log).send("GET", "services/data/v66.0/a", null))
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("the instance URL of 'prod' is http://na1.example.com")
                .hasMessageContaining("only over https://")
                .hasMessageNotContaining("AQ0AQFAKE");
    }

    @Test
    void notLoggedInIsSfsErrorAndAnUnreachableOrgNamesTheFix() throws Exception {
        FakeSfCli notLoggedIn = new FakeSfCli().then(2, "error.unknown-alias.json");
        assertThatThrownBy(() -> new OrgSessionRest(notLoggedIn, "nohub", log).send("GET", "x", null))
                .isInstanceOf(SfErrorException.class).hasMessageContaining("nohub");

        int port;
        try (CannedHttp gone = new CannedHttp()) {
            port = Integer.parseInt(gone.url().replaceAll(".*:", ""));
        }
        FakeSfCli sf = new FakeSfCli().then(display("http://127.0.0.1:" + port, TOKEN));
        assertThatThrownBy(() -> new OrgSessionRest(sf, "my-org", log).send("GET", "services/data/v66.0/a", null))
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("the org 'my-org' at http://127.0.0.1:" + port + " could not be reached")
                .hasMessageContaining("sf org display --target-org my-org")
                .satisfies(e -> assertThat(((CredentialsException) e).isEnvironmentProblem()).isTrue());
    }
}
