package io.github.ecamaven.eca.it.standin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The credentials ITs' stand-ins, for invoker scripts: apps in the stand-in org's credentials resources
 * ({@link OAuthCredentialsStandIn}) and a {@link StandInNango}. Like {@link ItOrg}, the registry holds only JDK
 * types, so verify scripts loaded by another class loader can read the state.
 *
 * <pre>{@code
 * // setup.groovy, after ItOrg.start(basedir, ...)
 * ItCredentials.apps(basedir, [[name: 'Nango_Integration', key: '3MVG9K', secret: 'S1', secretAccess: 'OK']])
 * ItCredentials.nango(basedir, [keys: ['<uuid>': 'full'], integrations: [...]])   // writes .mvn/maven.config
 * // verify.groovy
 * ItCredentials.orgState(basedir).Nango_Integration.key; ItCredentials.nangoState(basedir); ItCredentials.stop(basedir)
 * }</pre>
 */
public final class ItCredentials {

    private static final String REGISTRY = "eca.it.credentials.registry";

    private ItCredentials() {
    }

    /**
     * Adds apps to the org started by {@link ItOrg#start} for {@code basedir}. Each map: name, key, secret, and
     * optionally secretAccess (OK, SETTING_OFF, NO_PERMISSION), failPromotions (int), staged ([key, secret, state]).
     */
    public static void apps(File basedir, List<Map<String, Object>> apps) {
        StandInOrg org = ItOrg.org(basedir);
        if (org == null) {
            throw new IllegalStateException("start the stand-in org first: ItOrg.start(basedir, ...)");
        }
        appsOfFirstOrg(basedir, org, apps);
    }

    /**
     * Adds apps (maps as in {@link #apps(File, List)}) to the org {@code alias} of {@code basedir}; their consumers
     * are this org's. {@link #orgState(File, String)} shows them.
     */
    public static void apps(File basedir, String alias, List<Map<String, Object>> apps) {
        StandInOrg org = ItOrg.org(basedir, alias);
        if (org == null) {
            throw new IllegalStateException("start the stand-in org '" + alias + "' first: ItOrg.start(basedir, [alias: '"
                    + alias + "', ...])");
        }
        OAuthCredentialsStandIn c = org.oauthCredentials();
        addApps(c, apps);
    }

    private static void appsOfFirstOrg(File basedir, StandInOrg org, List<Map<String, Object>> apps) {
        OAuthCredentialsStandIn c = org.oauthCredentials();
        addApps(c, apps);
        Map<String, Object> entry = entry(basedir);
        entry.put("orgState", (Supplier<Map<String, Map<String, Object>>>) c::state);
        entry.put("orgEvents", (Supplier<List<Map<String, Object>>>) () -> {
            List<Map<String, Object>> out = new ArrayList<>();
            c.events().forEach(e -> out.add(Map.of("nanos", e.nanos(), "app", e.app(), "what", e.what())));
            return out;
        });
    }

    private static void addApps(OAuthCredentialsStandIn c, List<Map<String, Object>> apps) {
        for (Map<String, Object> a : apps) {
            String name = String.valueOf(a.get("name"));
            c.addApp(name, String.valueOf(a.get("key")), String.valueOf(a.get("secret")));
            if (a.containsKey("secretAccess")) {
                c.secretAccess(name, OAuthCredentialsStandIn.SecretAccess.valueOf(String.valueOf(a.get("secretAccess"))));
            }
            if (a.containsKey("failPromotions")) {
                c.failPromotions(name, Integer.parseInt(String.valueOf(a.get("failPromotions"))));
            }
            if (a.get("staged") instanceof List<?> s) {
                c.stage(name, String.valueOf(s.get(0)), String.valueOf(s.get(1)), String.valueOf(s.get(2)));
            }
        }
    }

    /**
     * Starts a stand-in Nango for {@code basedir}. Options: keys (map of UUID to 'full' or a list of scopes),
     * integrations (maps: unique_key, provider, client_id, client_secret, scopes). Writes
     * {@code basedir/.mvn/maven.config} with {@code -Deca.nangoUrl=<its URL>} so the forked build finds it.
     *
     * @return its URL
     */
    @SuppressWarnings("unchecked")
    public static String nango(File basedir, Map<String, Object> options) {
        StandInNango nango = StandInNango.start();
        Map<String, Object> keys = (Map<String, Object>) options.getOrDefault("keys", Map.of());
        keys.forEach((k, v) -> nango.key(k, "full".equals(v) ? StandInNango.FULL_ACCESS
                : Set.copyOf((Collection<String>) v)));
        for (Map<String, Object> i : (List<Map<String, Object>>) options.getOrDefault("integrations", List.of())) {
            nango.put(String.valueOf(i.get("unique_key")), String.valueOf(i.getOrDefault("provider", "salesforce")),
                    String.valueOf(i.get("client_id")), String.valueOf(i.get("client_secret")),
                    String.valueOf(i.getOrDefault("scopes", "")));
        }
        try {
            Path mvn = basedir.toPath().resolve(".mvn");
            Files.createDirectories(mvn);
            Files.writeString(mvn.resolve("maven.config"), "-Deca.nangoUrl=" + nango.url() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            nango.close();
            throw new UncheckedIOException(e);
        }
        Map<String, Object> entry = entry(basedir);
        entry.put("nangoClose", (AutoCloseable) nango::close);
        entry.put("nangoState", (Supplier<Map<String, Map<String, Object>>>) nango::integrations);
        entry.put("nangoRequests", (Supplier<List<Map<String, Object>>>) nango::requests);
        entry.put("nangoFailNext", (java.util.function.BiConsumer<String, Integer>) nango::failNext);
        return nango.url();
    }

    /** Per app: identifier, consumerId, key, secret and, when staged, stagedId, stagedKey, stagedSecret, stagedState. */
    public static Map<String, Map<String, Object>> orgState(File basedir) {
        return get(basedir, "orgState");
    }

    /**
     * The credentials resources of the org {@code alias} of {@code basedir}, per app as in {@link #orgState(File)}:
     * the apps seeded with {@code ItOrg.start(..., [apps: ...])}, minted by deploys or added by
     * {@link #apps(File, String, List)}; an app linked to another org's consumer has a null consumerId and key.
     */
    public static Map<String, Map<String, Object>> orgState(File basedir, String alias) {
        return ItOrg.supplied(basedir, alias, "credentialsState");
    }

    /** Credential changes in the org: maps of nanos, app, what (read-secret, stage ID, rotate ID, delete-staged ID STATE). */
    public static List<Map<String, Object>> orgEvents(File basedir) {
        return get(basedir, "orgEvents");
    }

    /** Nango's integrations by unique key: provider, client_id, client_secret, scopes, ... */
    public static Map<String, Map<String, Object>> nangoState(File basedir) {
        return get(basedir, "nangoState");
    }

    /** Nango's requests: method, path, query, status, nanos, body. */
    public static List<Map<String, Object>> nangoRequests(File basedir) {
        return get(basedir, "nangoRequests");
    }

    /** Stops the stand-in Nango and the org of {@code basedir}. */
    public static void stop(File basedir) {
        Map<String, Object> entry = registry().remove(key(basedir));
        try {
            if (entry != null && entry.get("nangoClose") instanceof AutoCloseable c) {
                c.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            ItOrg.stop(basedir);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(File basedir, String what) {
        Map<String, Object> entry = registry().get(key(basedir));
        if (entry == null || !entry.containsKey(what)) {
            throw new IllegalStateException("no " + what + " for " + basedir + "; see ItCredentials' setup methods");
        }
        return ((Supplier<T>) entry.get(what)).get();
    }

    private static Map<String, Object> entry(File basedir) {
        return registry().computeIfAbsent(key(basedir), k -> new ConcurrentHashMap<>());
    }

    private static Map<String, Map<String, Object>> registry() {
        return ItOrg.registry(REGISTRY);
    }

    private static String key(File basedir) {
        return ItOrg.key(basedir);
    }
}
