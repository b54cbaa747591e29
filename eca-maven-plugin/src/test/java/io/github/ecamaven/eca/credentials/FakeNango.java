package io.github.ecamaven.eca.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nango's integrations API in memory, behind {@link NangoClient.Transport}: GET (with {@code include=credentials}),
 * POST, PATCH and DELETE of {@code /integrations}, answered in Nango's shapes; {@link Faults} can fail any request
 * before or after it takes effect, a timeout being the {@link HttpTimeoutException} the HTTP client throws.
 */
final class FakeNango implements NangoClient.Transport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** unique_key → credentials object ({@code client_id}, {@code client_secret}, {@code scopes}). */
    final Map<String, ObjectNode> integrations = new LinkedHashMap<>();
    /** unique_key → provider. */
    final Map<String, String> providers = new LinkedHashMap<>();
    Faults faults = new Faults();

    void put(String key, String clientId, String clientSecret, String scopes) {
        ObjectNode c = JSON.createObjectNode();
        c.put("type", "OAUTH2").put("client_id", clientId).put("client_secret", clientSecret).put("scopes", scopes);
        integrations.put(key, c);
        providers.put(key, "salesforce");
    }

    /** The client_id and secret of {@code key}, or null. */
    String[] pair(String key) {
        ObjectNode c = integrations.get(key);
        return c == null ? null : new String[] {c.path("client_id").asText(), c.path("client_secret").asText()};
    }

    @Override
    public NangoClient.Reply send(String method, URI uri, String authorization, String jsonBody) throws IOException {
        Faults.Kind fault = faults.next("nango " + method + " " + uri.getPath());
        if (fault == Faults.Kind.REFUSED_4XX) {
            return new NangoClient.Reply(400, "{\"error\":{\"code\":\"invalid_body\",\"message\":\"injected\"}}");
        }
        if (fault == Faults.Kind.FAILED_5XX) {
            return new NangoClient.Reply(500, "{\"error\":{\"code\":\"server_error\",\"message\":\"injected\"}}");
        }
        if (fault == Faults.Kind.DEATH_BEFORE) {
            throw new FakeOrg.ProcessDeath();
        }
        NangoClient.Reply r = answer(method, uri.getPath(), jsonBody);
        faults.afterRequest();
        if (fault == Faults.Kind.APPLIED_THEN_5XX) {
            return new NangoClient.Reply(500, "{\"error\":{\"code\":\"server_error\",\"message\":\"injected after the"
                    + " effect\"}}");
        }
        if (fault == Faults.Kind.APPLIED_THEN_TIMEOUT) {
            throw new HttpTimeoutException("request timed out (injected)");
        }
        if (fault == Faults.Kind.DEATH_AFTER) {
            throw new FakeOrg.ProcessDeath();
        }
        return r;
    }

    private NangoClient.Reply answer(String method, String path, String body) throws IOException {
        String key = path.startsWith("/integrations/") ? path.substring("/integrations/".length()) : null;
        switch (method) {
            case "GET" -> {
                ObjectNode c = integrations.get(key);
                if (c == null) {
                    return notFound(key);
                }
                ObjectNode data = JSON.createObjectNode().put("unique_key", key).put("provider", providers.get(key));
                data.set("credentials", c.deepCopy());
                ObjectNode out = JSON.createObjectNode();
                out.set("data", data);
                return new NangoClient.Reply(200, out.toString());
            }
            case "POST" -> {
                JsonNode b = JSON.readTree(body);
                String k = b.path("unique_key").asText();
                if (integrations.containsKey(k)) {
                    return new NangoClient.Reply(400, "{\"error\":{\"code\":\"invalid_body\",\"errors\":[{\"message\":"
                            + "\"Unique key already exists\",\"path\":[\"uniqueKey\"]}]}}");
                }
                integrations.put(k, (ObjectNode) b.get("credentials").deepCopy());
                providers.put(k, b.path("provider").asText());
                return new NangoClient.Reply(200, "{\"data\":{\"unique_key\":\"" + k + "\"}}");
            }
            case "PATCH" -> {
                if (!integrations.containsKey(key)) {
                    return notFound(key);
                }
                integrations.put(key, (ObjectNode) JSON.readTree(body).get("credentials").deepCopy());
                return new NangoClient.Reply(200, "{\"data\":{\"unique_key\":\"" + key + "\"}}");
            }
            case "DELETE" -> {
                providers.remove(key);
                return integrations.remove(key) == null ? notFound(key)
                        : new NangoClient.Reply(200, "{\"success\":true}");
            }
            default -> {
                return new NangoClient.Reply(405, "{}");
            }
        }
    }

    private static NangoClient.Reply notFound(String key) {
        return new NangoClient.Reply(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"Integration \\\"" + key
                + "\\\" does not exist\"}}");
    }
}
