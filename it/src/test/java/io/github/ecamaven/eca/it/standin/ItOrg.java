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
 * forked Maven build runs), logs the real sf in with an alias, and writes {@code basedir/standin.properties};
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
     * Starts an org for {@code basedir} and logs sf in. Options: everything {@link Scenario#fromMap} reads, plus
     * {@code alias} (default {@value #DEFAULT_ALIAS}; the org's username defaults to {@code <alias>@standin.example.com}), {@code sfExecutable} (default: the pinned install in
     * {@code ~/.cache/eca-maven-plugin/sf-2.129.8}), {@code sfHome} (default {@code <basedir>/sf-home}, the HOME
     * it/pom.xml gives the IT's forked build; other values are for tests outside the invoker), {@code packages} (names of
     * Managed packages already in the Dev Hub, see {@link StandInOrg#existingPackage}), {@code setDefaultDevHub} (default
     * true), {@code setDefault} (target-org, default false), {@code login} (default true).
     *
     * @return a JDK-typed view: port, instanceUrl, alias, username, sfHome, login (sf's JSON output of the login,
     *     token masked); {@code basedir/standin.properties} gets port, instanceUrl, alias, username, sfHome and
     *     requestsAfterLogin (how many requests the org had seen when setup finished)
     */
    public static Map<String, Object> start(File basedir, Map<String, ?> options) {
        String key = key(basedir);
        stop(basedir); // a leftover from an earlier run of the same case
        Scenario scenario = Scenario.fromMap(options);
        String alias = String.valueOf(options.containsKey("alias") ? options.get("alias") : DEFAULT_ALIAS);
        if (!options.containsKey("username")) {
            // sf files auth by username (sfHome/.sfdx/<username>.json): one username per alias, so even two logins
            // into one HOME would not overwrite each other's instance URL
            scenario.username(alias.replaceAll("[^A-Za-z0-9._-]", "-") + "@standin.example.com");
        }
        StandInOrg org = StandInOrg.start(scenario);
        try {
            Path sfHome = options.containsKey("sfHome") ? Path.of(String.valueOf(options.get("sfHome")))
                    : basedir.getAbsoluteFile().toPath().resolve("sf-home");
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
            view.put("sfHome", sfHome.toString());
            if (!Boolean.FALSE.equals(bool(options.get("login")))) {
                SfCli.Result login = new SfCli(sf, sfHome).login(org, alias, basedir.toPath(),
                        !Boolean.FALSE.equals(bool(options.get("setDefaultDevHub"))),
                        Boolean.TRUE.equals(bool(options.get("setDefault"))));
                if (login.exitCode() != 0) {
                    throw new IllegalStateException("sf org login access-token against the stand-in org failed: exit "
                            + login.exitCode() + "\n" + mask(login.stdout(), org.accessToken()) + "\n" + login.stderr());
                }
                view.put("login", mask(login.stdout(), org.accessToken()));
            }
            Properties p = new Properties();
            p.setProperty("port", String.valueOf(org.port()));
            p.setProperty("instanceUrl", org.instanceUrl());
            p.setProperty("alias", alias);
            p.setProperty("username", org.username());
            p.setProperty("sfHome", sfHome.toString());
            p.setProperty("requestsAfterLogin", String.valueOf(org.requests().size()));
            try (Writer w = Files.newBufferedWriter(basedir.toPath().resolve("standin.properties"), StandardCharsets.UTF_8)) {
                p.store(w, "stand-in Salesforce org of this IT (it/src/test/java/.../standin/ItOrg.java)");
            }
            Map<String, Object> entry = new ConcurrentHashMap<>();
            entry.put("close", (AutoCloseable) org::close);
            entry.put("requests", (Supplier<List<Map<String, Object>>>) () -> {
                List<Map<String, Object>> out = new ArrayList<>();
                org.requests().forEach(r -> out.add(r.toMap()));
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
            entry.put("org", org);
            entry.putAll(view);
            registry().put(key, entry);
            return view;
        } catch (IOException e) {
            org.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            org.close();
            throw e;
        }
    }

    /** The org started for {@code basedir} when called from the same class loader, else null. */
    public static StandInOrg org(File basedir) {
        Map<String, Object> entry = registry().get(key(basedir));
        return entry != null && entry.get("org") instanceof StandInOrg o ? o : null;
    }

    /** The requests the org of {@code basedir} received (maps: method, path, query, contentType, soapAction, body, status). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> requests(File basedir) {
        Map<String, Object> entry = registry().get(key(basedir));
        if (entry == null) {
            throw new IllegalStateException("no stand-in org running for " + basedir);
        }
        return ((Supplier<List<Map<String, Object>>>) entry.get("requests")).get();
    }

    /**
     * The package versions uploaded to the org of {@code basedir} ({@code POST Package2VersionCreateRequest}, whose
     * multipart body {@link #requests} only summarises): maps with requestId, request (the
     * Package2VersionCreateRequest JSON part, e.g. Package2Id, InstallKey), descriptor (package2-descriptor.json) and
     * files (the names in package.zip).
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> uploads(File basedir) {
        Map<String, Object> entry = registry().get(key(basedir));
        if (entry == null) {
            throw new IllegalStateException("no stand-in org running for " + basedir);
        }
        return ((Supplier<List<Map<String, Object>>>) entry.get("uploads")).get();
    }

    /** Stops the org of {@code basedir}; does nothing when none runs. */
    public static void stop(File basedir) {
        Map<String, Object> entry = registry().remove(key(basedir));
        if (entry != null) {
            try {
                ((AutoCloseable) entry.get("close")).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
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
