package io.github.ecamaven.eca.it.standin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OAuth consumers (global OAuth settings: key and secret) of all stand-in orgs of the JVM, keyed by the org that
 * holds them, so that one org can check an {@code oauthLink} naming another org's consumer. Also the org ids in use:
 * two running stand-in orgs never share one.
 *
 * <p>Kept in {@link System#getProperties()} with JDK types only (like {@link ItOrg}'s registry): setup and verify
 * scripts of an IT may be loaded by different class loaders and still see the same consumers. A consumer is a map:
 * {@code orgId} (18 characters), {@code consumerId} (18, {@code 888…}), {@code app}, {@code key}, {@code secret}.
 */
public final class StandInConsumers {

    private static final String REGISTRY = "eca.it.standin.consumers";
    private static final String COUNTER = "eca.it.standin.idCounter";
    private static final String CASE_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private StandInConsumers() {
    }

    /** Claims a fresh org id ({@code 00DSI…}, 18 characters) that no running stand-in org has. */
    static String claimNewOrgId() {
        while (true) {
            String id = caseSafe("00DSI" + String.format(Locale.ROOT, "%010d", counter().incrementAndGet()));
            if (registry().putIfAbsent(id.substring(0, 15), new ConcurrentHashMap<>()) == null) {
                return id;
            }
        }
    }

    /**
     * Claims {@code orgId} (15 or 18 characters) for a starting org.
     *
     * @return the 18-character id
     * @throws IllegalStateException when a running stand-in org of this JVM has it (ITs run in parallel in one JVM:
     *     give each org its own id)
     */
    static String claimOrgId(String orgId) {
        String id = orgId.strip();
        if (!id.matches("00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?")) {
            throw new IllegalArgumentException("stand-in option orgId '" + orgId + "' is not an org id (00D and 12 more"
                    + " letters or digits, 15 or 18 characters)");
        }
        String full = id.length() == 15 ? caseSafe(id) : id;
        if (registry().putIfAbsent(full.substring(0, 15), new ConcurrentHashMap<>()) != null) {
            throw new IllegalStateException("another running stand-in org already has the org id " + full
                    + "; give this org an orgId of its own (ITs run in parallel in one JVM)");
        }
        return full;
    }

    /** Forgets an org and its consumers (when the org stops). */
    static void release(String orgId) {
        registry().remove(orgId.substring(0, 15));
    }

    /**
     * Creates a consumer for {@code app} in {@code orgId} with {@code key} (null: a new one) and a new secret.
     *
     * @return the consumer (a copy)
     */
    static Map<String, Object> mint(String orgId, String app, String key) {
        String consumerId = caseSafe("888SI" + String.format(Locale.ROOT, "%010d", counter().incrementAndGet()));
        Map<String, Object> c = new ConcurrentHashMap<>();
        c.put("orgId", orgId);
        c.put("consumerId", consumerId);
        c.put("app", app);
        c.put("key", key != null ? key : "3MVG9SI" + consumerId.substring(3, 15) + "." + UUID.randomUUID().toString().replace("-", ""));
        c.put("secret", UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT));
        Map<String, Map<String, Object>> held = registry().get(orgId.substring(0, 15));
        if (held == null) {
            throw new IllegalStateException("stand-in org " + orgId + " is not running");
        }
        held.put(consumerId, c);
        return Map.copyOf(c);
    }

    /** The consumer an {@code oauthLink} ({@code <org id>:<consumer id>}, 15 or 18 characters each) names, or null. */
    public static Map<String, Object> byLink(String oauthLink) {
        if (oauthLink == null || oauthLink.indexOf(':') < 0) {
            return null;
        }
        String org = oauthLink.substring(0, oauthLink.indexOf(':')).strip();
        String consumer = oauthLink.substring(oauthLink.indexOf(':') + 1).strip();
        if (org.length() < 15 || consumer.length() < 15) {
            return null;
        }
        Map<String, Map<String, Object>> held = registry().get(org.substring(0, 15));
        if (held == null) {
            return null;
        }
        for (Map<String, Object> c : held.values()) {
            if (((String) c.get("consumerId")).startsWith(consumer.substring(0, 15))) {
                return Map.copyOf(c);
            }
        }
        return null;
    }

    /** The consumers {@code orgId} holds, in no particular order (copies). */
    public static List<Map<String, Object>> heldBy(String orgId) {
        Map<String, Map<String, Object>> held = registry().get(orgId.substring(0, 15));
        List<Map<String, Object>> out = new ArrayList<>();
        if (held != null) {
            held.values().forEach(c -> out.add(Map.copyOf(c)));
        }
        return out;
    }

    /** The consumer of {@code app} held by {@code orgId}, or null. */
    public static Map<String, Object> ofApp(String orgId, String app) {
        return heldBy(orgId).stream().filter(c -> app.equals(c.get("app"))).findFirst().orElse(null);
    }

    /** Changes the key and secret of a consumer (a credentials rotation in the org that holds it). */
    static void update(String orgId, String consumerId, String key, String secret) {
        Map<String, Map<String, Object>> held = registry().get(orgId.substring(0, 15));
        Map<String, Object> c = held == null ? null : held.get(consumerId);
        if (c != null) {
            c.put("key", key);
            c.put("secret", secret);
        }
    }

    /** {@code <15-char org id>:<15-char consumer id>}, the shape of a retrieved {@code oauthLink}. */
    public static String link(Map<String, Object> consumer) {
        return ((String) consumer.get("orgId")).substring(0, 15) + ":" + ((String) consumer.get("consumerId")).substring(0, 15);
    }

    /** SHA-256 of a consumer key, lowercase hex: what {@code standin.properties} holds instead of the key. */
    public static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 18-character, case-safe form of a 15-character Salesforce id. */
    static String caseSafe(String id15) {
        StringBuilder suffix = new StringBuilder();
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(CASE_SAFE.charAt(bits));
        }
        return id15 + suffix;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> registry() {
        synchronized (System.getProperties()) {
            Object r = System.getProperties().get(REGISTRY);
            if (r == null) {
                r = new ConcurrentHashMap<String, Map<String, Map<String, Object>>>();
                System.getProperties().put(REGISTRY, r);
            }
            return (Map<String, Map<String, Map<String, Object>>>) r;
        }
    }

    private static AtomicLong counter() {
        synchronized (System.getProperties()) {
            Object c = System.getProperties().get(COUNTER);
            if (c == null) {
                c = new AtomicLong();
                System.getProperties().put(COUNTER, c);
            }
            return (AtomicLong) c;
        }
    }

    /** For messages: a consumer without its secret. */
    static Map<String, Object> withoutSecret(Map<String, Object> consumer) {
        Map<String, Object> out = new LinkedHashMap<>(consumer);
        out.remove("secret");
        return out;
    }
}
