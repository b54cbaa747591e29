package io.github.ecamaven.eca.it.standin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Stand-in org for invoker ITs. {@code setup.groovy} starts an org in the invoker's JVM (which stays up while the
 * forked Maven build runs), logs sf in with an alias (writing the files sf's login writes, {@link SfLoginFiles}, or
 * with the real {@code sf org login} when asked), and writes {@code basedir/standin.properties};
 * {@code verify.groovy} inspects the requests and stops it.
 *
 * <pre>{@code
 * // setup.groovy (script variables: basedir, sfExecutable); the alias is this IT's own (it/README.md)
 * io.github.ecamaven.eca.it.standin.ItOrg.start(basedir,
 *     [alias: 'it-hub', sfExecutable: sfExecutable, scenario: 'version-create-error'])
 * // verify.groovy
 * def requests = io.github.ecamaven.eca.it.standin.ItOrg.requests(basedir)   // List<Map<String,Object>>
 * assert requests.any { it.path.endsWith('/tooling/sobjects/Package2') }
 * io.github.ecamaven.eca.it.standin.ItOrg.stop(basedir)
 * }</pre>
 *
 * <p>Every IT gets its own org (own port, own state) and logs sf in under {@code <basedir>/sf-home}, the HOME
 * it/pom.xml gives the IT's forked build; so ITs share nothing and run in parallel.
 *
 * <p>The registry of running orgs lives in {@link System#getProperties()} and holds only JDK types, so it works even
 * when setup and verify scripts are loaded by different class loaders.
 */
public final class ItOrg {

    /** Default alias when the options name none. */
    public static final String DEFAULT_ALIAS = "standin";
    private static final String REGISTRY = "eca.it.standin.registry";

    private ItOrg() {
    }

    /** Starts the preset {@code scenarioName} ({@link Scenario#named}) with alias {@value #DEFAULT_ALIAS}. */
    public static Map<String, Object> start(File basedir, String scenarioName) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("scenario", scenarioName);
        return start(basedir, options);
    }

    /**
     * Starts an org for {@code basedir} and logs sf in. Call it once per org the IT needs, each with its own
     * {@code alias}: every call is one more org (own port, own org id, own records), all logged in under the same
     * sf HOME. Calling it again with an alias that already runs for {@code basedir} means the IT runs again: all its
     * orgs are stopped first.
     *
     * <p>Options: everything {@link Scenario#fromMap} reads (among them {@code orgId}, default a fresh one per org;
     * {@code isSandbox}; {@code users}, the usernames the User query finds besides the login user; {@code apps}, the
     * apps this org is the source org of, with a consumer), plus {@code alias} (default {@value #DEFAULT_ALIAS}; the
     * org's username defaults to {@code <alias>@standin.example.com}), {@code sfExecutable} (default: the pinned
     * install in {@code ~/.cache/eca-maven-plugin/sf-2.129.8}), {@code sfHome} (default {@code <basedir>/sf-home}, the
     * HOME it/pom.xml gives the IT's forked build; other values are for tests outside the invoker), {@code packages}
     * (names of Managed packages already in the Dev Hub, see {@link StandInOrg#existingPackage}),
     * {@code setDefaultDevHub} (default true for the first org of the IT, false for the others), {@code setDefault}
     * (target-org, default false), {@code login} (default true), {@code realLogin} (default false: the stand-in
     * writes the files sf's login writes, see {@link SfLoginFiles}; true runs {@code sf org login access-token}).
     *
     * @return a JDK-typed view: port, instanceUrl, alias, username, orgId, sfHome, login (sf's JSON output of the
     *     login, token masked), oauthLinks (app → its oauthLink). {@code basedir/standin.properties} gets, for the
     *     first org of the IT, port, instanceUrl, alias, username, sfHome and requestsAfterLogin (how many requests the
     *     org had seen when its setup finished); and for every org {@code <alias>.orgId}, {@code <alias>.instanceUrl},
     *     {@code <alias>.username}, {@code <alias>.port}, {@code <alias>.requestsAfterLogin} and per seeded app
     *     {@code <alias>.oauthLink.<App>} ({@code <15-char org id>:<consumer id>}) and
     *     {@code <alias>.consumerKeyDigest.<App>} (SHA-256 hex of the consumer key, {@link StandInConsumers#digest};
     *     the key itself is never written)
     */
    public static Map<String, Object> start(File basedir, Map<String, ?> options) {
        String key = key(basedir);
        String alias = String.valueOf(options.containsKey("alias") ? options.get("alias") : DEFAULT_ALIAS);
        if (orgs(basedir).containsKey(alias)) {
            stop(basedir); // a leftover from an earlier run of the same case
        }
        boolean first = orgs(basedir).isEmpty();
        Scenario scenario = Scenario.fromMap(options);
        if (!options.containsKey("username")) {
            // sf files auth by username (sfHome/.sfdx/<username>.json): one username per alias, so even two logins
            // into one HOME would not overwrite each other's instance URL
            scenario.username(alias.replaceAll("[^A-Za-z0-9._-]", "-") + "@standin.example.com");
        }
        Path sfHome = options.containsKey("sfHome") ? Path.of(String.valueOf(options.get("sfHome")))
                : basedir.getAbsoluteFile().toPath().resolve("sf-home");
        Boolean devHubOption = bool(options.get("setDefaultDevHub"));
        boolean loginWanted = !Boolean.FALSE.equals(bool(options.get("login")));
        StandInOrg org = StandInOrg.start(scenario);
        try {
            Path sf = options.containsKey("sfExecutable") ? Path.of(String.valueOf(options.get("sfExecutable")))
                    : Path.of(System.getProperty("user.home"), ".cache/eca-maven-plugin/sf-2.129.8/node_modules/.bin/sf");
            if (options.get("packages") instanceof Collection<?> names) {
                for (Object name : names) {
                    org.existingPackage(String.valueOf(name), "Managed");
                }
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("port", org.port());
            view.put("instanceUrl", org.instanceUrl());
            view.put("alias", alias);
            view.put("username", org.username());
            view.put("orgId", org.orgId());
            view.put("sfHome", sfHome.toString());
            Map<String, String> links = new LinkedHashMap<>();
            for (Scenario.AppSeed app : scenario.apps()) {
                links.put(app.name(), org.oauthLink(app.name()));
            }
            view.put("oauthLinks", links);
            boolean devHub = devHubOption == null ? first : devHubOption;
            boolean targetOrg = Boolean.TRUE.equals(bool(options.get("setDefault")));
            if (loginWanted && !Boolean.TRUE.equals(bool(options.get("realLogin")))) {
                // the files sf's login writes, without starting sf for it (SfLoginFiles)
                SfLoginFiles.write(sfHome, basedir.getAbsoluteFile().toPath(), org, alias, devHub, targetOrg);
                view.put("login", "(login files of " + org.username() + " written for alias " + alias + ")");
            } else if (loginWanted) {
                SfCli.Result login = new SfCli(sf, sfHome).login(org, alias, basedir.toPath(), devHub, targetOrg);
                if (login.exitCode() != 0) {
                    throw new IllegalStateException("sf org login access-token against the stand-in org failed: exit "
                            + login.exitCode() + "\n" + mask(login.stdout(), org.accessToken()) + "\n" + login.stderr());
                }
                view.put("login", mask(login.stdout(), org.accessToken()));
            }
            Map<String, Object> entry = new ConcurrentHashMap<>();
            entry.put("close", (AutoCloseable) org::close);
            entry.put("requests", (Supplier<List<Map<String, Object>>>) () -> {
                List<Map<String, Object>> out = new ArrayList<>();
                org.requests().forEach(r -> {
                    Map<String, Object> m = new LinkedHashMap<>(r.toMap());
                    m.put("alias", alias);
                    out.add(m);
                });
                return out;
            });
            entry.put("uploads", (Supplier<List<Map<String, Object>>>) () -> {
                List<Map<String, Object>> out = new ArrayList<>();
                org.uploadedVersions().forEach(u -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("requestId", u.requestId());
                    m.put("request", u.request());
                    m.put("descriptor", u.descriptor());
                    m.put("files", new ArrayList<>(u.packageZip().keySet()));
                    out.add(m);
                });
                return out;
            });
            entry.put("deployedComponents", (Supplier<List<Map<String, Object>>>) () -> {
                List<Map<String, Object>> out = new ArrayList<>();
                for (Scenario.OrgComponent c : org.deployedComponents()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", c.type());
                    m.put("fullName", c.fullName());
                    Map<String, String> files = new LinkedHashMap<>();
                    c.files().forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
                    m.put("files", files);
                    out.add(m);
                }
                return out;
            });
            entry.put("credentialsState", (Supplier<Map<String, Map<String, Object>>>) org.oauthCredentials()::state);
            entry.put("org", org);
            entry.put("requestsAfterLogin", org.requests().size());
            entry.putAll(view);
            Map<String, String> digests = new LinkedHashMap<>();
            for (Scenario.AppSeed app : scenario.apps()) {
                digests.put(app.name(), StandInConsumers.digest(org.consumerKey(app.name())));
            }
            entry.put("consumerKeyDigests", digests);
            orgs(basedir).put(alias, entry);
            writeProperties(basedir);
            return view;
        } catch (IOException e) {
            org.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            org.close();
            throw e;
        }
    }

    /** Writes {@code basedir/standin.properties} from the orgs running for {@code basedir} (see {@link #start}). */
    @SuppressWarnings("unchecked")
    private static void writeProperties(File basedir) throws IOException {
        Properties p = new Properties();
        boolean first = true;
        for (Map.Entry<String, Map<String, Object>> e : orgs(basedir).entrySet()) {
            String alias = e.getKey();
            Map<String, Object> org = e.getValue();
            if (first) {
                for (String k : List.of("port", "instanceUrl", "alias", "username", "sfHome", "requestsAfterLogin")) {
                    p.setProperty(k, String.valueOf(org.get(k)));
                }
                first = false;
            }
            for (String k : List.of("orgId", "instanceUrl", "username", "port", "requestsAfterLogin")) {
                p.setProperty(alias + "." + k, String.valueOf(org.get(k)));
            }
            ((Map<String, String>) org.get("oauthLinks")).forEach((app, link) -> p.setProperty(alias + ".oauthLink." + app, link));
            ((Map<String, String>) org.get("consumerKeyDigests"))
                    .forEach((app, d) -> p.setProperty(alias + ".consumerKeyDigest." + app, d));
        }
        try (Writer w = Files.newBufferedWriter(basedir.toPath().resolve("standin.properties"), StandardCharsets.UTF_8)) {
            p.store(w, "stand-in Salesforce orgs of this IT (it/src/test/java/.../standin/ItOrg.java)");
        }
    }

    /** The first org started for {@code basedir} when called from the same class loader, else null. */
    public static StandInOrg org(File basedir) {
        Map<String, Map<String, Object>> orgs = orgs(basedir);
        return orgs.isEmpty() ? null : orgs.values().iterator().next().get("org") instanceof StandInOrg o ? o : null;
    }

    /** The org started for {@code basedir} with {@code alias} when called from the same class loader, else null. */
    public static StandInOrg org(File basedir, String alias) {
        Map<String, Object> entry = orgs(basedir).get(alias);
        return entry != null && entry.get("org") instanceof StandInOrg o ? o : null;
    }

    /**
     * The requests all orgs of {@code basedir} received (maps: alias, method, path, query, contentType, soapAction,
     * body, status), org after org in the order they were started, each org's in the order received.
     */
    public static List<Map<String, Object>> requests(File basedir) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String alias : running(basedir).keySet()) {
            out.addAll(requests(basedir, alias));
        }
        return out;
    }

    /** The requests the org {@code alias} of {@code basedir} received, in order (maps as in {@link #requests(File)}). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> requests(File basedir, String alias) {
        return ((Supplier<List<Map<String, Object>>>) entry(basedir, alias).get("requests")).get();
    }

    /**
     * The package versions uploaded to the orgs of {@code basedir} ({@code POST Package2VersionCreateRequest}, whose
     * multipart body {@link #requests} only summarises): maps with requestId, request (the
     * Package2VersionCreateRequest JSON part, e.g. Package2Id, InstallKey), descriptor (package2-descriptor.json) and
     * files (the names in package.zip).
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> uploads(File basedir) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> entry : running(basedir).values()) {
            out.addAll(((Supplier<List<Map<String, Object>>>) entry.get("uploads")).get());
        }
        return out;
    }

    /**
     * The components deploys brought into the org {@code alias} of {@code basedir}, as the org holds them now (what a
     * retrieve returns, with a generated {@code oauthLink} or {@code consumerKey}): maps type, fullName and files
     * (mdapi path, e.g. {@code extlClntAppOauthSettings/App_oauth.ecaOauth}, to its text), in the order of their
     * first deploy.
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> deployedComponents(File basedir, String alias) {
        return ((Supplier<List<Map<String, Object>>>) entry(basedir, alias).get("deployedComponents")).get();
    }

    /** A JDK-typed value the org {@code alias} of {@code basedir} keeps (for {@link ItCredentials}). */
    @SuppressWarnings("unchecked")
    static <T> T supplied(File basedir, String alias, String what) {
        return ((Supplier<T>) entry(basedir, alias).get(what)).get();
    }

    /** Stops all orgs of {@code basedir}; does nothing when none runs. */
    public static void stop(File basedir) {
        Map<?, ?> orgs = registry().remove(key(basedir));
        if (orgs == null) {
            return;
        }
        Exception failure = null;
        for (Object entry : orgs.values()) {
            try {
                ((AutoCloseable) ((Map<?, ?>) entry).get("close")).close();
            } catch (Exception e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** The orgs of {@code basedir} by alias, in start order (the live map of the registry). */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> orgs(File basedir) {
        Map<String, Map<String, Object>> registry = registry();
        synchronized (registry) {
            return (Map<String, Map<String, Object>>) (Map<String, ?>) registry.computeIfAbsent(key(basedir),
                    k -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()));
        }
    }

    private static Map<String, Map<String, Object>> running(File basedir) {
        Map<String, Map<String, Object>> orgs = orgs(basedir);
        if (orgs.isEmpty()) {
            throw new IllegalStateException("no stand-in org running for " + basedir);
        }
        synchronized (orgs) {
            return new LinkedHashMap<>(orgs);
        }
    }

    private static Map<String, Object> entry(File basedir, String alias) {
        Map<String, Object> entry = orgs(basedir).get(alias);
        if (entry == null) {
            throw new IllegalStateException("no stand-in org with alias '" + alias + "' running for " + basedir
                    + "; running: " + orgs(basedir).keySet());
        }
        return entry;
    }

    private static Map<String, Map<String, Object>> registry() {
        return registry(REGISTRY);
    }

    /**
     * A registry of JDK-typed entries per IT kept in {@link System#getProperties()} under {@code name}, so that
     * scripts loaded by different class loaders share it (also used by {@link ItCredentials}).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> registry(String name) {
        synchronized (System.getProperties()) {
            Object r = System.getProperties().get(name);
            if (r == null) {
                r = new ConcurrentHashMap<String, Map<String, Object>>();
                System.getProperties().put(name, r);
            }
            return (Map<String, Map<String, Object>>) r;
        }
    }

    /** The registry key of an IT folder. */
    static String key(File basedir) {
        try {
            return basedir.getCanonicalPath();
        } catch (IOException e) {
            return basedir.getAbsolutePath();
        }
    }

    private static Boolean bool(Object o) {
        return o == null ? null : Boolean.valueOf(String.valueOf(o));
    }

    private static String mask(String text, String token) {
        return text.replace(token, "***");
    }
}
