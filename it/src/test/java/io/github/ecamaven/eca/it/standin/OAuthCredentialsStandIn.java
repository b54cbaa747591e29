package io.github.ecamaven.eca.it.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-in org's Connect REST "OAuth credentials" resources for External Client Apps, as the Connect REST API
 * guide and the real clients describe them:
 * {@code /apps/oauth/usage} (paged), {@code /apps/oauth/credentials/{app}}, {@code …/{consumer}?part=key|secret|
 * keyandsecret}, {@code …/staged} (GET, POST) and {@code …/staged/{id}} (GET, PATCH {@code {"command":"rotate"}},
 * DELETE → 204). Resources answer only from their first API version (usage 59.0, credentials 60.0, staged 65.0).
 * Errors are Salesforce's JSON array of {@code {"errorCode", "message"}}.
 *
 * <p>The answers Salesforce gives when the org setting "Allow access to External Client App consumer secrets via REST
 * API" is off, or the user lacks View Client Secret, are not documented; this stand-in answers 403 with the message
 * phrases real clients match on. They can be switched per app ({@link App#secretAccess}), so one org can show every
 * case in one IT. Every app has one consumer and one staged slot; a rotation swaps the pairs and leaves the old one
 * staged in state {@code Rotated}.
 */
public final class OAuthCredentialsStandIn {

    /** How the org answers a request for a secret (secret parts and staged resources). */
    public enum SecretAccess { OK, SETTING_OFF, NO_PERMISSION }

    /** One app with its consumer, primary pair and staged slot. Guarded by the stand-in's lock. */
    public static final class App {
        final String name;
        final String identifier;
        /** Null for an app linked to another org's consumer: its credentials are not in this org. */
        final String consumerId;
        /** {@code Packaged}, {@code Local} or null (unknown: treated as Local). */
        String distributionState;
        String key;
        String secret;
        String stagedId;
        String stagedKey;
        String stagedSecret;
        String stagedState;
        SecretAccess secretAccess = SecretAccess.OK;
        /** Fails the next {@code rotate} commands with HTTP 500 while positive. */
        int failPromotions;

        App(String name, String identifier, String consumerId, String key, String secret) {
            this.name = name;
            this.identifier = identifier;
            this.consumerId = consumerId;
            this.key = key;
            this.secret = secret;
        }
    }

    /** Something that changed credentials, with {@link System#nanoTime()} to order it against other stand-ins. */
    public record Event(long nanos, String app, String what) {
    }

    private static final Pattern PATH = Pattern.compile("^/services/data/v(\\d+)\\.(\\d+)/apps/oauth/(.*)$");
    private static final String NOT_FOUND = "The requested resource does not exist";

    private final Map<String, App> apps = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final String orgId;
    private int ids;

    /** Resources of no particular org: consumers are not shared with other stand-in orgs. */
    public OAuthCredentialsStandIn() {
        this(null);
    }

    /** Resources of the org {@code orgId}: its consumers are registered in {@link StandInConsumers}. */
    public OAuthCredentialsStandIn(String orgId) {
        this.orgId = orgId;
    }

    /** One HTTP answer: status and a JSON-serialisable body (null for 204). */
    public record Answer(int status, Object body) {
    }

    /** Whether {@code path} is one of these resources. */
    public static boolean handles(String path) {
        return PATH.matcher(path).matches();
    }

    /**
     * Adds a Local app with its primary pair; ids are made up in Salesforce's shapes (0xI…, 888…). In an org's
     * resources the consumer is also registered in {@link StandInConsumers}, so other orgs can link to it.
     */
    public synchronized App addApp(String name, String key, String secret) {
        if (orgId != null) {
            Map<String, Object> c = StandInConsumers.mint(orgId, name, key);
            StandInConsumers.update(orgId, (String) c.get("consumerId"), key, secret);
            return addApp(name, (String) c.get("consumerId"), key, secret, "Local");
        }
        return addApp(name, String.format("888000000000%03dAAA", ids + 1).substring(0, 18), key, secret, "Local");
    }

    /** Adds an app whose consumer ({@code consumerId}, key and secret) this org holds. */
    public synchronized App addApp(String name, String consumerId, String key, String secret, String distributionState) {
        ids++;
        App a = new App(name, String.format("0xI00000000000%03dAAA", ids).substring(0, 18), consumerId, key, secret);
        a.distributionState = distributionState;
        apps.put(name, a);
        return a;
    }

    /** Adds an app linked to another org's consumer: listed (see StandInAssumptions), its credentials not found. */
    public synchronized void addLinkedApp(String name, String distributionState) {
        if (apps.containsKey(name)) {
            return;
        }
        ids++;
        App a = new App(name, String.format("0xI00000000000%03dAAA", ids).substring(0, 18), null, null, null);
        a.distributionState = distributionState;
        apps.put(name, a);
    }

    /** Stages a pair outside the plugin (as Setup would). */
    public synchronized String stage(String app, String key, String secret, String state) {
        App a = apps.get(app);
        a.stagedId = nextStagedId();
        a.stagedKey = key;
        a.stagedSecret = secret;
        a.stagedState = state;
        return a.stagedId;
    }

    public synchronized void secretAccess(String app, SecretAccess access) {
        apps.get(app).secretAccess = access;
    }

    public synchronized void failPromotions(String app, int times) {
        apps.get(app).failPromotions = times;
    }

    /** JDK-typed state per app: key, secret, consumerId, identifier and, when staged, stagedId/Key/Secret/State. */
    public synchronized Map<String, Map<String, Object>> state() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (App a : apps.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("identifier", a.identifier);
            m.put("consumerId", a.consumerId);
            m.put("key", a.key);
            m.put("secret", a.secret);
            if (a.stagedId != null) {
                m.put("stagedId", a.stagedId);
                m.put("stagedKey", a.stagedKey);
                m.put("stagedSecret", a.stagedSecret);
                m.put("stagedState", a.stagedState);
            }
            out.put(a.name, m);
        }
        return out;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Answers one request; {@code path} is the full path ({@code /services/data/v65.0/apps/oauth/usage}). */
    public synchronized Answer answer(String method, String path, String rawQuery, String body) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return error(404, "NOT_FOUND", NOT_FOUND);
        }
        int version = Integer.parseInt(m.group(1));
        String[] parts = m.group(3).replaceAll("/+$", "").split("/");
        Map<String, String> query = query(rawQuery);
        if (parts[0].equals("usage") && parts.length == 1) {
            return version < 59 ? error(404, "NOT_FOUND", NOT_FOUND) : "GET".equals(method) ? usage(version, query)
                    : methodNotAllowed(method);
        }
        if (!parts[0].equals("credentials") || parts.length < 2 || version < 60) {
            return error(404, "NOT_FOUND", NOT_FOUND);
        }
        App app = apps.values().stream().filter(a -> a.identifier.equals(parts[1])
                || a.identifier.substring(0, 15).equals(parts[1])).findFirst().orElse(null);
        if (app == null || !servesCredentials(app)) {
            return error(404, "NOT_FOUND", NOT_FOUND);
        }
        String prefix = "/services/data/v" + m.group(1) + "." + m.group(2) + "/apps/oauth/credentials/" + app.identifier;
        if (parts.length == 2) {
            return "GET".equals(method) ? new Answer(200, consumers(app, prefix)) : methodNotAllowed(method);
        }
        if (!parts[2].equals(app.consumerId) && !parts[2].equals(app.consumerId.substring(0, 15))) {
            return error(404, "NOT_FOUND", NOT_FOUND);
        }
        String consumerUrl = prefix + "/" + app.consumerId;
        if (parts.length == 3) {
            if (!"GET".equals(method)) {
                return methodNotAllowed(method);
            }
            String part = query.getOrDefault("part", "key");
            if (!List.of("key", "secret", "keyandsecret").contains(part)) {
                return error(400, "INVALID_INPUT", "Invalid value for part: " + part + ". Valid values: key, secret,"
                        + " keyandsecret.");
            }
            if (!part.equals("key")) {
                Answer refused = refused(app);
                if (refused != null) {
                    return refused;
                }
                events.add(new Event(System.nanoTime(), app.name, "read-secret"));
            }
            Map<String, Object> c = consumer(app, consumerUrl);
            if (part.equals("secret")) {
                c.remove("key");
            }
            if (!part.equals("key")) {
                c.put("secret", app.secret);
            }
            return new Answer(200, c);
        }
        if (!parts[3].equals("staged") || version < 65) {
            return error(404, "NOT_FOUND", NOT_FOUND);
        }
        Answer refused = refused(app);
        if (refused != null) {
            return refused;
        }
        if (parts.length == 4) {
            switch (method) {
                case "GET" -> {
                    return new Answer(200, stagedCollection(app, consumerUrl));
                }
                case "POST" -> {
                    if (app.stagedId != null) {
                        return error(400, "INVALID_OPERATION", "This consumer already has staged credentials. Rotate"
                                + " or delete them before staging new ones.");
                    }
                    app.stagedId = nextStagedId();
                    app.stagedKey = "3MVG9STAGED" + app.stagedId.substring(3) + "KEY";
                    app.stagedSecret = "STAGEDSECRET" + app.stagedId.substring(3) + "X7Q";
                    app.stagedState = "Active";
                    events.add(new Event(System.nanoTime(), app.name, "stage " + app.stagedId));
                    return new Answer(200, stagedCollection(app, consumerUrl));
                }
                default -> {
                    return methodNotAllowed(method);
                }
            }
        }
        if (app.stagedId == null || !parts[4].equals(app.stagedId) || parts.length > 5) {
            return error(404, "NOT_FOUND", NOT_FOUND);
        }
        switch (method) {
            case "GET" -> {
                return new Answer(200, staged(app, consumerUrl));
            }
            case "DELETE" -> {
                events.add(new Event(System.nanoTime(), app.name, "delete-staged " + app.stagedId + " " + app.stagedState));
                app.stagedId = null;
                app.stagedKey = null;
                app.stagedSecret = null;
                app.stagedState = null;
                return new Answer(204, null);
            }
            case "PATCH" -> {
                if (body == null || !body.replace(" ", "").contains("\"command\":\"rotate\"")) {
                    return error(400, "INVALID_INPUT", "Specify a valid command.");
                }
                if (!"Active".equals(app.stagedState)) {
                    return error(400, "INVALID_OPERATION", "Only active staged credentials can be rotated.");
                }
                if (app.failPromotions > 0) {
                    app.failPromotions--;
                    return error(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred (stand-in: promotion failure"
                            + " injected).");
                }
                String k = app.key;
                String s = app.secret;
                app.key = app.stagedKey;
                app.secret = app.stagedSecret;
                app.stagedKey = k;
                app.stagedSecret = s;
                app.stagedState = "Rotated";
                if (orgId != null) {
                    StandInConsumers.update(orgId, app.consumerId, app.key, app.secret);
                }
                events.add(new Event(System.nanoTime(), app.name, "rotate " + app.stagedId));
                return new Answer(200, staged(app, consumerUrl));
            }
            default -> {
                return methodNotAllowed(method);
            }
        }
    }

    /** Whether the credentials resources of {@code app} exist in this org (see {@link StandInAssumptions}). */
    private static boolean servesCredentials(App app) {
        return app.consumerId != null
                && (StandInAssumptions.CREDENTIALS_API_SERVES_PACKAGED_APPS || !"Packaged".equals(app.distributionState));
    }

    private Answer usage(int version, Map<String, String> query) {
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("pageSize", "100"));
        List<App> all = new ArrayList<>(apps.values());
        all.removeIf(a -> a.consumerId == null && !StandInAssumptions.LINKED_APP_LISTED_IN_USAGE);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = page * size; i < Math.min(all.size(), (page + 1) * size); i++) {
            App a = all.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("developerName", a.name);
            m.put("identifier", a.identifier);
            m.put("label", a.name.replace('_', ' '));
            list.add(m);
        }
        String base = "/services/data/v" + version + ".0/apps/oauth/usage";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apps", list);
        out.put("currentPageUrl", base + "?page=" + page + "&pageSize=" + size);
        out.put("nextPageUrl", (page + 1) * size < all.size() ? base + "?page=" + (page + 1) + "&pageSize=" + size : null);
        return new Answer(200, out);
    }

    private static Map<String, Object> consumers(App app, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("consumers", List.of(consumer(app, prefix + "/" + app.consumerId)));
        out.put("currentPageUrl", prefix);
        return out;
    }

    private static Map<String, Object> consumer(App app, String consumerUrl) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", app.consumerId);
        c.put("key", app.key);
        c.put("name", app.name);
        c.put("stagedCredentialsUrl", consumerUrl + "/staged");
        c.put("url", consumerUrl);
        return c;
    }

    private static Map<String, Object> stagedCollection(App app, String consumerUrl) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stagedCredentials", app.stagedId == null ? List.of() : List.of(staged(app, consumerUrl)));
        out.put("url", consumerUrl + "/staged");
        return out;
    }

    private static Map<String, Object> staged(App app, String consumerUrl) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("createdBy", "005000000000001AAA");
        s.put("createdDate", "2026-11-30T00:00:00.000Z");
        s.put("expirationDate", "2026-12-30T00:00:00.000Z");
        s.put("id", app.stagedId);
        s.put("key", app.stagedKey);
        s.put("secret", app.stagedSecret);
        s.put("stagedCredentialsUrl", consumerUrl + "/staged/" + app.stagedId);
        s.put("state", app.stagedState);
        s.put("url", consumerUrl);
        return s;
    }

    private static Answer refused(App app) {
        return switch (app.secretAccess) {
            case SETTING_OFF -> error(403, "FUNCTIONALITY_NOT_ENABLED", "Access to External Client App consumer secrets"
                    + " via the REST API is not currently enabled for this org.");
            case NO_PERMISSION -> error(403, "INSUFFICIENT_ACCESS", "You don't have permission to view the consumer"
                    + " secret of this External Client App.");
            case OK -> null;
        };
    }

    private String nextStagedId() {
        ids++;
        return String.format("0xM00000000000%03dAAA", ids).substring(0, 18);
    }

    private static Answer methodNotAllowed(String method) {
        return error(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + method + "' not allowed. Allowed are GET");
    }

    private static Answer error(int status, String code, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("errorCode", code);
        e.put("message", message);
        return new Answer(status, List.of(e));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
