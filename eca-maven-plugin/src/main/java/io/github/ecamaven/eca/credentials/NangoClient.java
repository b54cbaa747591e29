package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.sf.Secret;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Nango's integrations API ({@code /integrations}, {@code /integrations/{uniqueKey}}) with an environment API key.
 * Errors come as {@code {"error": {"code", "message", "errors"}}}; a duplicate {@code unique_key} is a 400
 * {@code invalid_body}, not a 409. A key without {@code environment:integrations:read_credentials} gets the
 * integration <em>without</em> its credentials and status 200, which {@link #get} reports as
 * {@link Integration#credentials()} null.
 */
public final class NangoClient {

    /** The API-key scopes the goals need. */
    public static final String KEY_SCOPES = "environment:integrations:create, environment:integrations:update,"
            + " environment:integrations:read_credentials and environment:integrations:delete";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Secret apiKey;
    private final String keySource;
    private final Transport transport;

    /**
     * How a request reaches Nango: over HTTP in the goals, in memory in the tests (which throw the same
     * {@link java.net.http.HttpTimeoutException} or {@link IOException} a broken connection gives).
     */
    interface Transport {
        /** Sends the request; {@code jsonBody} null for none. Returns the status and the body. */
        Reply send(String method, URI uri, String authorization, String jsonBody)
                throws IOException, InterruptedException;
    }

    /** One answer of {@link Transport}. */
    record Reply(int status, String body) {
    }

    /** OAuth2 client credentials as Nango stores them; {@code scopes} comma-separated without spaces. */
    public record OAuthClient(String clientId, Secret clientSecret, String scopes) {

        @Override
        public String toString() {
            return "OAuthClient[clientId=" + clientId + ", scopes=" + scopes + "]";
        }
    }

    /** An integration; {@code credentials} null when Nango did not send them. */
    public record Integration(String uniqueKey, String provider, OAuthClient credentials) {
    }

    /**
     * @param baseUrl {@code eca.nangoUrl}: https, or http only for a loopback host
     * @param keySource how messages name where the key came from (the environment variable)
     */
    public NangoClient(String baseUrl, Secret apiKey, String keySource) throws CredentialsException {
        this(baseUrl, apiKey, keySource, http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER).proxy(EnvironmentProxy.fromEnvironment()).build()));
    }

    NangoClient(String baseUrl, Secret apiKey, String keySource, Transport transport) throws CredentialsException {
        this.base = checkedBaseUrl(baseUrl);
        this.apiKey = apiKey;
        this.keySource = keySource;
        this.transport = transport;
    }

    private static Transport http(HttpClient http) {
        return (method, uri, authorization, jsonBody) -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (jsonBody != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        };
    }

    /** The base URL without a trailing slash; https, or http for 127.0.0.1, ::1 and localhost only. */
    static URI checkedBaseUrl(String url) throws CredentialsException {
        String u = url == null || url.isBlank() ? NangoCallback.CLOUD_URL : url.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new CredentialsException(PropertyNames.NANGO_URL + " '" + u + "' is not a URL; give e.g. "
                    + NangoCallback.CLOUD_URL + ".", false);
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new CredentialsException(PropertyNames.NANGO_URL + " '" + u + "' is not an absolute URL; give e.g. "
                    + NangoCallback.CLOUD_URL
                    + ".", false);
        }
        if (!SecretTransport.allows(uri)) {
            throw new CredentialsException("http".equalsIgnoreCase(uri.getScheme())
                    ? PropertyNames.NANGO_URL + " '" + u + "' uses http:// to a host that is not this machine; the API"
                            + " key and the consumer secret would cross the network unencrypted. Use https://, or"
                            + " http:// only for 127.0.0.1 or localhost."
                    : PropertyNames.NANGO_URL + " '" + u + "' must start with https://.", false);
        }
        return uri;
    }

    public URI baseUrl() {
        return base;
    }

    /** The integration with its credentials (null when the key may not read them), or empty when it does not exist. */
    public Optional<Integration> get(String uniqueKey) throws CredentialsException {
        Answer a = send("GET", "/integrations/" + path(uniqueKey) + "?include=credentials", null, "read integration '"
                + uniqueKey + "'");
        if (a.status == 404) {
            return Optional.empty();
        }
        a = a.ok("read integration '" + uniqueKey + "'");
        JsonNode data = a.json.path("data");
        JsonNode c = data.get("credentials");
        OAuthClient creds = null;
        if (c != null && c.isObject()) {
            String secret = c.path("client_secret").asText(null);
            creds = new OAuthClient(c.path("client_id").asText(null),
                    secret == null || secret.isEmpty() ? null : Secret.of(secret), c.path("scopes").asText(null));
        }
        return Optional.of(new Integration(data.path("unique_key").asText(uniqueKey), data.path("provider").asText(null),
                creds));
    }

    /** {@code POST /integrations} with the provider. */
    public void create(String uniqueKey, NangoProvider provider, String displayName, OAuthClient client)
            throws CredentialsException {
        ObjectNode body = JSON.createObjectNode();
        body.put("unique_key", uniqueKey);
        body.put("provider", provider.id());
        if (displayName != null) {
            body.put("display_name", displayName);
        }
        body.set("credentials", credentials(client));
        send("POST", "/integrations", body, "create integration '" + uniqueKey + "'").ok("create integration '"
                + uniqueKey + "'");
    }

    /** {@code PATCH /integrations/{key}} with new credentials (always with scopes, so Nango does not keep old ones). */
    public void update(String uniqueKey, OAuthClient client) throws CredentialsException {
        ObjectNode body = JSON.createObjectNode();
        body.set("credentials", credentials(client));
        send("PATCH", "/integrations/" + path(uniqueKey), body, "update integration '" + uniqueKey + "'")
                .ok("update integration '" + uniqueKey + "'");
    }

    /** {@code DELETE /integrations/{key}}; false when it did not exist. */
    public boolean delete(String uniqueKey) throws CredentialsException {
        Answer a = send("DELETE", "/integrations/" + path(uniqueKey), null, "delete integration '" + uniqueKey + "'");
        if (a.status == 404) {
            return false;
        }
        a.ok("delete integration '" + uniqueKey + "'");
        return true;
    }

    private static ObjectNode credentials(OAuthClient client) {
        ObjectNode c = JSON.createObjectNode();
        c.put("type", "OAUTH2");
        c.put("client_id", client.clientId());
        c.put("client_secret", client.clientSecret().reveal());
        c.put("scopes", client.scopes() == null ? "" : client.scopes());
        return c;
    }

    private static String path(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private final class Answer {
        final int status;
        final JsonNode json;

        Answer(int status, JsonNode json) {
            this.status = status;
            this.json = json;
        }

        Answer ok(String what) throws CredentialsException {
            if (status >= 200 && status < 300) {
                return this;
            }
            JsonNode e = json.path("error");
            String code = e.path("code").asText("");
            String message = e.path("message").asText("");
            if (message.isEmpty() && e.path("errors").isArray() && !e.path("errors").isEmpty()) {
                message = e.path("errors").get(0).path("message").asText("");
            }
            String said = "HTTP " + status + (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message);
            if (status == 401) {
                throw new CredentialsException("Nango at " + base + " refused the API key from " + keySource + " ("
                        + said + ") when asked to " + what + ". Put an environment API key of that Nango environment"
                        + " (Nango > Environment Settings > API Keys) in " + keySource + ".", true);
            }
            if (status == 403) {
                throw new CredentialsException("the Nango API key from " + keySource + " may not " + what + " (" + said
                        + "). Give the key the scopes " + KEY_SCOPES + ", or use the environment's full-access key.",
                        true);
            }
            throw new CredentialsException("Nango at " + base + " could not " + what + " (" + said + ").", status >= 500);
        }
    }

    private Answer send(String method, String path, JsonNode body, String what) throws CredentialsException {
        Reply r;
        try {
            r = transport.send(method, URI.create(base + path), "Bearer " + apiKey.reveal(),
                    body == null ? null : body.toString());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unreachable(what, e);
        } catch (HttpTimeoutException e) {
            throw new CredentialsException("Nango at " + base + " did not answer in time when asked to " + what + ".",
                    true, e);
        } catch (IOException e) {
            throw unreachable(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException("interrupted while asking Nango to " + what + ".", true, e);
        }
        JsonNode json;
        try {
            json = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            json = JSON.createObjectNode(); // not JSON (a proxy's page): reported by status
        }
        return new Answer(r.status(), json);
    }

    private CredentialsException unreachable(String what, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = e.getClass().getSimpleName() + (root != e ? " / " + root.getClass().getSimpleName() : "")
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new CredentialsException("cannot reach Nango at " + base + " to " + what + " (" + why + "). Check"
                + " " + PropertyNames.NANGO_URL + " and that Nango runs.", true, e);
    }
}
