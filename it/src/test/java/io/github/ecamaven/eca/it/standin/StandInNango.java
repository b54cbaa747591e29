package io.github.ecamaven.eca.it.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A stand-in Nango server on 127.0.0.1 with the integrations API as Nango's server implements it:
 * {@code GET/POST /integrations}, {@code GET/PATCH/DELETE
 * /integrations/{uniqueKey}} with {@code ?include=credentials}, environment API keys (UUID v4) with scopes, and its
 * error shapes {@code {"error": {"code", "message", "errors"}}}: 401 for a missing, malformed, non-UUID or unknown key;
 * 403 {@code forbidden} for a missing scope; 415 for a non-JSON body; 400 {@code invalid_body} for a bad body and for
 * a duplicate {@code unique_key} (not 409); 404 {@code not_found}. A key with {@code environment:integrations:read}
 * but not {@code …:read_credentials} gets integrations without {@code credentials}, status 200, as Nango does.
 */
public final class StandInNango implements AutoCloseable {

    /** Every scope of the integrations API (what a "full access" environment key has). */
    public static final Set<String> FULL_ACCESS = Set.of("environment:integrations:list",
            "environment:integrations:list_credentials", "environment:integrations:read",
            "environment:integrations:read_credentials", "environment:integrations:create",
            "environment:integrations:update", "environment:integrations:delete");

    private static final Pattern UUID_V4 =
            Pattern.compile("^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNIQUE_KEY = Pattern.compile("^[a-zA-Z0-9~:.@ _-]+$");
    private static final Pattern SCOPES = Pattern.compile("^[0-9a-zA-Z:/_.*-]+(,[0-9a-zA-Z:/_.*-]+)*$");
    private static final Map<String, String> PROVIDERS = Map.of("salesforce", "OAUTH2", "salesforce-sandbox", "OAUTH2",
            "salesforce-cc", "OAUTH2_CC", "hubspot", "OAUTH2");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Set<String>> keys = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> integrations = new LinkedHashMap<>();
    private final List<Map<String, Object>> requests = new ArrayList<>();
    private final List<String[]> failures = new ArrayList<>();

    private StandInNango() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "stand-in-nango");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static StandInNango start() {
        try {
            return new StandInNango();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Accepts {@code key} (a UUID v4) with these scopes. */
    public synchronized StandInNango key(String key, Set<String> scopes) {
        keys.put(key, Set.copyOf(scopes));
        return this;
    }

    /** Stores an integration as if created earlier; credentials OAUTH2. */
    public synchronized void put(String uniqueKey, String provider, String clientId, String clientSecret, String scopes) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("unique_key", uniqueKey);
        i.put("provider", provider);
        i.put("display_name", "Salesforce");
        i.put("client_id", clientId);
        i.put("client_secret", clientSecret);
        i.put("scopes", scopes);
        i.put("created_at", Instant.now().toString());
        i.put("updated_at", Instant.now().toString());
        integrations.put(uniqueKey, i);
    }

    /** Answers the next {@code method} request with {@code status} and Nango's server_error body, once. */
    public synchronized void failNext(String method, int status) {
        failures.add(new String[] {method, String.valueOf(status)});
    }

    /** Copies of the stored integrations (unique_key, provider, client_id, client_secret, scopes, ...). */
    public synchronized Map<String, Map<String, Object>> integrations() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        integrations.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
        return out;
    }

    /** The requests so far: method, path, query, status, nanos (System.nanoTime), body (JSON text, may hold secrets). */
    public synchronized List<Map<String, Object>> requests() {
        List<Map<String, Object>> out = new ArrayList<>();
        requests.forEach(r -> out.add(new LinkedHashMap<>(r)));
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Answer(int status, Object body) {
    }

    private void handle(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getRawPath();
        String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Answer a;
        synchronized (this) {
            try {
                a = answer(method, path, query, x.getRequestHeaders().getFirst("Authorization"),
                        x.getRequestHeaders().getFirst("Content-Type"), body);
            } catch (RuntimeException e) {
                a = error(500, "server_error", "stand-in Nango: " + e);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("method", method);
            r.put("path", path);
            r.put("query", query);
            r.put("status", a.status());
            r.put("nanos", System.nanoTime());
            r.put("body", body);
            requests.add(r);
        }
        byte[] out = json.writeValueAsBytes(a.body());
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(a.status(), out.length);
        x.getResponseBody().write(out);
        x.close();
    }

    private Answer answer(String method, String path, String query, String auth, String contentType, String body) {
        if (auth == null) {
            return error(401, "missing_auth_header", "Authentication failed. The request is missing the Authorization"
                    + " header.");
        }
        if (!auth.startsWith("Bearer ") || auth.length() == 7) {
            return error(401, "malformed_auth_header", "Authentication failed. The Authorization header is malformed.");
        }
        String key = auth.substring(7);
        if (!UUID_V4.matcher(key).matches()) {
            return error(401, "invalid_secret_key_format", "Authentication failed. The provided secret key is not a"
                    + " UUID v4.");
        }
        Set<String> scopes = keys.get(key);
        if (scopes == null) {
            return error(401, "unknown_account", "Authentication failed. The provided secret key does not match any"
                    + " account.");
        }
        for (Iterator<String[]> it = failures.iterator(); it.hasNext();) {
            String[] f = it.next();
            if (f[0].equals(method)) {
                it.remove();
                return error(Integer.parseInt(f[1]), "server_error", "Failed to " + (method.equals("POST") ? "create"
                        : method.equals("PATCH") ? "update" : "process") + " integration");
            }
        }
        if (!path.startsWith("/integrations")) {
            return error(404, "not_found", "Route not found");
        }
        if (("POST".equals(method) || "PATCH".equals(method))
                && (contentType == null || !contentType.startsWith("application/json"))) {
            return error(415, "invalid_content_type", "Content-Type header must be application/json");
        }
        String rest = path.substring("/integrations".length());
        if (rest.isEmpty() || rest.equals("/")) {
            return switch (method) {
                case "GET" -> need(scopes, "environment:integrations:list", "environment:integrations:list_credentials")
                        ? new Answer(200, Map.of("data", integrations.values().stream()
                        .map(i -> view(i, false)).toList()))
                        : forbidden("Required one of: environment:integrations:list or"
                        + " environment:integrations:list_credentials");
                case "POST" -> need(scopes, "environment:integrations:create") ? create(body)
                        : forbidden("Required: environment:integrations:create");
                default -> error(404, "not_found", "Route not found");
            };
        }
        String uniqueKey = URLDecoder.decode(rest.substring(1), StandardCharsets.UTF_8);
        Map<String, Object> i = integrations.get(uniqueKey);
        switch (method) {
            case "GET" -> {
                if (!need(scopes, "environment:integrations:read", "environment:integrations:read_credentials")) {
                    return forbidden("Required one of: environment:integrations:read or"
                            + " environment:integrations:read_credentials");
                }
                for (String q : query.isEmpty() ? new String[0] : query.split("&")) {
                    if (!q.equals("include=credentials") && !q.equals("include=webhook")) {
                        return new Answer(400, Map.of("error", Map.of("code", "invalid_query_params", "errors",
                                List.of(Map.of("code", "invalid_value", "message", "Invalid query parameter",
                                        "path", List.of(q.split("=")[0]))))));
                    }
                }
                if (i == null) {
                    return error(404, "not_found", "Integration \"" + uniqueKey + "\" does not exist");
                }
                boolean include = query.contains("include=credentials")
                        && scopes.contains("environment:integrations:read_credentials");
                return new Answer(200, Map.of("data", view(i, include)));
            }
            case "PATCH" -> {
                if (!need(scopes, "environment:integrations:update")) {
                    return forbidden("Required: environment:integrations:update");
                }
                if (i == null) {
                    return error(404, "not_found", "Integration \"" + uniqueKey + "\" does not exist");
                }
                return patch(i, body);
            }
            case "DELETE" -> {
                if (!need(scopes, "environment:integrations:delete")) {
                    return forbidden("Required: environment:integrations:delete");
                }
                if (i == null) {
                    return error(404, "not_found", "Integration does not exist");
                }
                integrations.remove(uniqueKey);
                return new Answer(200, Map.of("success", true));
            }
            default -> {
                return error(404, "not_found", "Route not found");
            }
        }
    }

    private Answer create(String body) {
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (IOException e) {
            return error(400, "invalid_body", "Invalid JSON");
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        String uniqueKey = n.path("unique_key").asText("");
        String provider = n.path("provider").asText("");
        if (!UNIQUE_KEY.matcher(uniqueKey).matches()) {
            problems.add(problem("invalid_format", "Invalid string: must match pattern /^[a-zA-Z0-9~:.@ _-]+$/",
                    "unique_key"));
        }
        if (!PROVIDERS.containsKey(provider)) {
            problems.add(problem("invalid_string", "Invalid provider", "provider"));
        }
        Map<String, Object> creds = credentials(n.get("credentials"), problems);
        if (!problems.isEmpty()) {
            return new Answer(400, Map.of("error", Map.of("code", "invalid_body", "errors", problems)));
        }
        if (integrations.containsKey(uniqueKey)) {
            return new Answer(400, Map.of("error", Map.of("code", "invalid_body", "errors",
                    List.of(problem("invalid_string", "Unique key already exists", "uniqueKey")))));
        }
        if (creds == null) {
            return error(400, "invalid_body", "Missing credentials");
        }
        if (!creds.get("type").equals(PROVIDERS.get(provider))) {
            return error(400, "invalid_body", "incompatible credentials auth type and provider auth");
        }
        put(uniqueKey, provider, (String) creds.get("client_id"), (String) creds.get("client_secret"),
                (String) creds.get("scopes"));
        if (n.hasNonNull("display_name")) {
            integrations.get(uniqueKey).put("display_name", n.get("display_name").asText());
        }
        return new Answer(200, Map.of("data", view(integrations.get(uniqueKey), false)));
    }

    private Answer patch(Map<String, Object> i, String body) {
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (IOException e) {
            return error(400, "invalid_body", "Invalid JSON");
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        Map<String, Object> creds = credentials(n.get("credentials"), problems);
        if (!problems.isEmpty()) {
            return new Answer(400, Map.of("error", Map.of("code", "invalid_body", "errors", problems)));
        }
        if (creds != null) {
            i.put("client_id", creds.get("client_id"));
            i.put("client_secret", creds.get("client_secret"));
            if (creds.containsKey("scopes")) {
                i.put("scopes", creds.get("scopes"));
            }
        }
        if (n.hasNonNull("display_name")) {
            i.put("display_name", n.get("display_name").asText());
        }
        i.put("updated_at", Instant.now().toString());
        return new Answer(200, Map.of("data", view(i, false)));
    }

    private static Map<String, Object> credentials(JsonNode c, List<Map<String, Object>> problems) {
        if (c == null || c.isNull()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        String type = c.path("type").asText("");
        if (!Set.of("OAUTH1", "OAUTH2", "TBA", "APP", "CUSTOM").contains(type)) {
            problems.add(problem("invalid_union", "invalid credentials object", "credentials", "type"));
            return null;
        }
        out.put("type", type);
        String id = c.path("client_id").asText("");
        String secret = c.path("client_secret").asText("");
        if (id.isEmpty() || id.length() > 255) {
            problems.add(problem("too_small", "Too small: expected string to have >=1 characters", "credentials",
                    "client_id"));
        }
        if (secret.isEmpty()) {
            problems.add(problem("too_small", "Too small: expected string to have >=1 characters", "credentials",
                    "client_secret"));
        }
        out.put("client_id", id);
        out.put("client_secret", secret);
        if (c.has("scopes")) {
            if (c.get("scopes").isNull() || !c.get("scopes").isTextual()) {
                problems.add(problem("invalid_type", "Invalid input: expected string, received null", "credentials",
                        "scopes"));
            } else {
                String s = c.get("scopes").asText();
                if (!s.isEmpty() && !SCOPES.matcher(s).matches()) {
                    problems.add(problem("invalid_format", "Invalid string: must match pattern", "credentials",
                            "scopes"));
                }
                out.put("scopes", s);
            }
        }
        return out;
    }

    private static Map<String, Object> view(Map<String, Object> i, boolean withCredentials) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("unique_key", i.get("unique_key"));
        v.put("provider", i.get("provider"));
        v.put("display_name", i.get("display_name"));
        v.put("logo", "http://127.0.0.1/images/template-logos/" + i.get("provider") + ".svg");
        v.put("forward_webhooks", true);
        v.put("created_at", i.get("created_at"));
        v.put("updated_at", i.get("updated_at"));
        if (withCredentials) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("type", "OAUTH2");
            c.put("client_id", i.get("client_id"));
            c.put("client_secret", i.get("client_secret"));
            c.put("scopes", i.get("scopes"));
            c.put("webhook_secret", null);
            v.put("credentials", c);
        }
        return v;
    }

    private static boolean need(Set<String> have, String... anyOf) {
        for (String s : anyOf) {
            if (have.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static Answer forbidden(String required) {
        return error(403, "forbidden", "Insufficient scope. " + required);
    }

    private static Map<String, Object> problem(String code, String message, String... path) {
        return Map.of("code", code, "message", message, "path", List.of(path));
    }

    private static Answer error(int status, String code, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("message", message);
        if (status == 401) {
            e.put("payload", Map.of());
        }
        e.put("code", code);
        return new Answer(status, Map.of("error", e));
    }
}
