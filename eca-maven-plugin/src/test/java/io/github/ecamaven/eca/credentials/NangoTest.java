package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;
import io.github.ecamaven.eca.sf.Secret;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Nango client and destination against canned Nango answers (shapes as Nango's integrations API sends them). */
class NangoTest {

    static final String API_KEY = "6b4e0c1a-2f3d-4c5b-9a8e-0123456789ab";
    static final String SECRET = "CONSUMER-SECRET-PLANTED";
    static final String HELD = "{\"data\":{\"unique_key\":\"sf\",\"provider\":\"salesforce\",\"credentials\":"
            + "{\"type\":\"OAUTH2\",\"client_id\":\"3MVG9.KEY\",\"client_secret\":\"" + SECRET + "\",\"scopes\":"
            + "\"api,refresh_token\",\"webhook_secret\":null}}}";

    CannedHttp nango;

    @BeforeEach
    void start() throws Exception {
        nango = new CannedHttp();
    }

    @AfterEach
    void stop() {
        nango.close();
    }

    private NangoDestination destination(String scopes) throws CredentialsException {
        return new NangoDestination(new NangoClient(nango.url(), Secret.of(API_KEY), "NANGO_SECRET_KEY"), "sf",
                "Salesforce (App)", scopes, NangoProvider.Choice.of(null, false, "00D000000000001AAA"));
    }

    private static AppCredentials pair(String key, String secret) {
        return new AppCredentials(key, Secret.of(secret));
    }

    @Test
    void aMissingIntegrationIsCreatedWithTheOAuth2Credentials() throws Exception {
        nango.then(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"Integration \\\"sf\\\" does not exist\"}}")
                .then(200, "{\"data\":{\"unique_key\":\"sf\",\"provider\":\"salesforce\"}}");

        String report = destination("api,refresh_token").deliver(pair("3MVG9.KEY", SECRET));

        assertThat(report).startsWith("Created Nango integration 'sf'").contains("client_id 3MVG9.KEY")
                .doesNotContain(SECRET);
        assertThat(nango.requests.get(0).uri()).isEqualTo("/integrations/sf?include=credentials");
        assertThat(nango.requests.get(0).authorization()).isEqualTo("Bearer " + API_KEY);
        CannedHttp.Request post = nango.requests.get(1);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.contentType()).isEqualTo("application/json");
        assertThat(post.body()).contains("\"unique_key\":\"sf\"", "\"provider\":\"salesforce\"", "\"type\":\"OAUTH2\"",
                "\"client_id\":\"3MVG9.KEY\"", "\"client_secret\":\"" + SECRET + "\"", "\"scopes\":\"api,refresh_token\"");
    }

    @Test
    void anIntegrationHoldingTheSamePairIsLeftAlone() throws Exception {
        nango.then(200, HELD);

        String report = destination("api,refresh_token").deliver(pair("3MVG9.KEY", SECRET));

        assertThat(report).contains("is up to date").contains("nothing changed");
        assertThat(nango.requests).hasSize(1);
    }

    @Test
    void changedScopesAndSecretArePatchedAndNamed() throws Exception {
        nango.then(200, HELD).then(200, "{\"data\":{}}");

        String report = destination("api,refresh_token,offline_access").deliver(pair("3MVG9.KEY", "NEW-SECRET"));

        assertThat(report).contains("client_secret, scopes (were api,refresh_token) changed").doesNotContain("NEW-SECRET")
                .doesNotContain("client_id,");
        assertThat(nango.requests.get(1).method()).isEqualTo("PATCH");
        assertThat(nango.requests.get(1).uri()).isEqualTo("/integrations/sf");
        assertThat(nango.requests.get(1).body()).contains("\"scopes\":\"api,refresh_token,offline_access\"");
    }

    @Test
    void anIntegrationWithoutCredentialsMeansTheKeyMayNotReadThem() throws Exception {
        nango.then(200, "{\"data\":{\"unique_key\":\"sf\",\"provider\":\"salesforce\"}}");

        assertThatThrownBy(() -> destination("api").deliver(pair("3MVG9.KEY", SECRET)))
                .hasMessageContaining("without its credentials")
                .hasMessageContaining("environment:integrations:read_credentials");
        assertThat(nango.requests).hasSize(1);
    }

    @Test
    void anotherProvidersIntegrationIsRefused() throws Exception {
        nango.then(200, HELD.replace("\"provider\":\"salesforce\"", "\"provider\":\"hubspot\""));

        assertThatThrownBy(() -> destination("api").deliver(pair("3MVG9.KEY", SECRET)))
                .hasMessageContaining("provider 'hubspot'").hasMessageContaining("-Deca.nangoIntegration");
    }

    @Test
    void wrongKeyAndMissingScopeNameTheFixWithoutTheKey() throws Exception {
        nango.then(401, "{\"error\":{\"message\":\"Authentication failed. The provided secret key does not match any"
                + " account.\",\"payload\":{},\"code\":\"unknown_account\"}}");
        assertThatThrownBy(() -> destination("api").deliver(pair("k", SECRET)))
                .hasMessageContaining("refused the API key from NANGO_SECRET_KEY").hasMessageContaining("unknown_account")
                .hasMessageNotContaining(API_KEY);

        nango.then(404, "{\"error\":{\"code\":\"not_found\"}}").then(403, "{\"error\":{\"code\":\"forbidden\","
                + "\"message\":\"Insufficient scope. Required: environment:integrations:create\"}}");
        assertThatThrownBy(() -> destination("api").deliver(pair("k", SECRET)))
                .hasMessageContaining("may not create integration 'sf'")
                .hasMessageContaining("Required: environment:integrations:create")
                .hasMessageContaining("environment:integrations:read_credentials")
                .hasMessageNotContaining(API_KEY).hasMessageNotContaining(SECRET);
    }

    @Test
    void aDuplicateUniqueKeyIsReportedWithNangosReason() throws Exception {
        nango.then(404, "{\"error\":{\"code\":\"not_found\"}}").then(400, "{\"error\":{\"code\":\"invalid_body\","
                + "\"errors\":[{\"code\":\"invalid_string\",\"message\":\"Unique key already exists\",\"path\":"
                + "[\"uniqueKey\"]}]}}");

        assertThatThrownBy(() -> destination("api").deliver(pair("k", SECRET)))
                .hasMessageContaining("HTTP 400 invalid_body: Unique key already exists");
    }

    @Test
    void anUnreachableNangoIsAnEnvironmentProblem() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        NangoDestination d = new NangoDestination(new NangoClient("http://127.0.0.1:" + port, Secret.of(API_KEY),
                "NANGO_SECRET_KEY"), "sf", null, "api", NangoProvider.Choice.of(NangoProvider.SALESFORCE, false, null));

        assertThatThrownBy(() -> d.deliver(pair("k", SECRET))).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("cannot reach Nango at http://127.0.0.1:" + port)
                .hasMessageContaining("eca.nangoUrl")
                .satisfies(e -> assertThat(((CredentialsException) e).isEnvironmentProblem()).isTrue());
    }

    @Test
    void plainHttpOnlyForThisMachine() throws Exception {
        assertThat(NangoClient.checkedBaseUrl(null).toString()).isEqualTo(io.github.ecamaven.eca.project.NangoCallback.CLOUD_URL);
        assertThat(NangoClient.checkedBaseUrl("http://localhost:3003/").toString()).isEqualTo("http://localhost:3003");
        assertThat(NangoClient.checkedBaseUrl("http://[::1]:3003").getHost()).isEqualTo("[::1]");
        assertThat(NangoClient.checkedBaseUrl("https://nango.example.com").toString())
                .isEqualTo("https://nango.example.com");
        assertThatThrownBy(() -> NangoClient.checkedBaseUrl("http://nango.example.com"))
                .hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> NangoClient.checkedBaseUrl("http://10.0.0.5:3003")).hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> NangoClient.checkedBaseUrl("ftp://x")).hasMessageContaining("https://");
    }
}
