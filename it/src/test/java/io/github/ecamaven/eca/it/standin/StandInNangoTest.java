package io.github.ecamaven.eca.it.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.credentials.CredentialsException;
import io.github.ecamaven.eca.credentials.NangoClient;
import io.github.ecamaven.eca.credentials.NangoProvider;
import io.github.ecamaven.eca.credentials.NangoClient.OAuthClient;
import io.github.ecamaven.eca.sf.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-in Nango answers the plugin's own Nango client as Nango's integrations API does: create, get with and
 * without credentials, patch, delete, and the error shapes (duplicate unique_key is a 400 invalid_body, 401 for bad
 * keys, 403 for missing scopes, 404, 415).
 */
class StandInNangoTest {

    static final String FULL = "0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a";
    static final String READ_ONLY = "1e2d3c4b-5a6f-4e7d-9c8b-0a9f8e7d6c5b";

    StandInNango nango;

    @BeforeEach
    void start() {
        nango = StandInNango.start().key(FULL, StandInNango.FULL_ACCESS)
                .key(READ_ONLY, Set.of("environment:integrations:read"));
    }

    @AfterEach
    void stop() {
        nango.close();
    }

    private NangoClient client(String key) throws CredentialsException {
        return new NangoClient(nango.url(), Secret.of(key), "TEST_KEY");
    }

    private static OAuthClient pair(String id, String secret) {
        return new OAuthClient(id, Secret.of(secret), "api,refresh_token");
    }

    @Test
    void createGetPatchDelete() throws Exception {
        NangoClient c = client(FULL);
        assertThat(c.get("sf")).isEmpty();

        c.create("sf", NangoProvider.SALESFORCE, "Salesforce (App)", pair("3MVG9A", "SECRET-A"));
        var got = c.get("sf").orElseThrow();
        assertThat(got.provider()).isEqualTo("salesforce");
        assertThat(got.credentials().clientId()).isEqualTo("3MVG9A");
        assertThat(got.credentials().clientSecret().reveal()).isEqualTo("SECRET-A");
        assertThat(got.credentials().scopes()).isEqualTo("api,refresh_token");

        c.update("sf", pair("3MVG9B", "SECRET-B"));
        assertThat(nango.integrations().get("sf")).containsEntry("client_id", "3MVG9B")
                .containsEntry("client_secret", "SECRET-B");

        assertThat(client(READ_ONLY).get("sf").orElseThrow().credentials())
                .as("a key without read_credentials gets the integration without credentials, status 200").isNull();

        assertThat(c.delete("sf")).isTrue();
        assertThat(c.delete("sf")).as("404 on a second delete").isFalse();
    }

    @Test
    void errorShapes() throws Exception {
        NangoClient c = client(FULL);
        c.create("sf", NangoProvider.SALESFORCE, null, pair("3MVG9A", "SECRET-A"));

        assertThatThrownBy(() -> c.create("sf", NangoProvider.SALESFORCE, null, pair("3MVG9A", "SECRET-A")))
                .hasMessageContaining("HTTP 400 invalid_body: Unique key already exists");
        assertThatThrownBy(() -> c.update("missing", pair("x", "y")))
                .hasMessageContaining("HTTP 404 not_found: Integration \"missing\" does not exist");
        assertThatThrownBy(() -> client("9f8e7d6c-5b4a-4f3e-8d2c-1b0a9f8e7d6c").get("sf"))
                .hasMessageContaining("HTTP 401 unknown_account");
        assertThatThrownBy(() -> client("not-a-uuid").get("sf"))
                .hasMessageContaining("HTTP 401 invalid_secret_key_format");
        assertThatThrownBy(() -> client(READ_ONLY).update("sf", pair("x", "y")))
                .hasMessageContaining("HTTP 403 forbidden: Insufficient scope. Required: environment:integrations:update");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> noAuth = http.send(HttpRequest.newBuilder(URI.create(nango.url() + "/integrations/sf"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noAuth.statusCode()).isEqualTo(401);
        assertThat(noAuth.body()).contains("\"code\":\"missing_auth_header\"");
        HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(URI.create(nango.url() + "/integrations"))
                .header("Authorization", "Bearer " + FULL).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(notJson.body()).contains("invalid_content_type");
    }
}
