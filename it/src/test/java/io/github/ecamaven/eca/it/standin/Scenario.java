package io.github.ecamaven.eca.it.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the stand-in org answers. Mutable and thread-safe (all access under the instance lock), so a test can change
 * the outcome between two sf calls. Defaults: a Dev Hub whose version builds succeed on the second status query,
 * installs succeed at once, deploys succeed and retrieves return whatever the org holds (nothing at first).
 */
public final class Scenario {

    /** How a package version create request ends. */
    public enum VersionCreateOutcome { SUCCESS, ERROR, IN_PROGRESS }

    /** The Status a PackageInstallRequest ends in. */
    public enum InstallOutcome { SUCCESS, IN_PROGRESS, ERROR }

    /**
     * An External Client App that is in the org from the start with a consumer of this org (the org is its source
     * org): header, OAuth settings with the generated {@code oauthLink} and global OAuth settings.
     *
     * @param distributionState {@code Packaged} or {@code Local}
     * @param scopes the {@code commaSeparatedOauthScopes}, e.g. {@code Api, RefreshToken}
     * @param modifiedMinutesAgo how long before the org starts the app and its consumer last changed: the
     *        {@code LastModifiedDate} the org answers for them ({@link StandInAssumptions#LAST_MODIFIED_SOBJECTS})
     */
    public record AppSeed(String name, String distributionState, String callbackUrl, String scopes, boolean pkce,
                          int modifiedMinutesAgo) {

        /** Unless told otherwise a seeded app changed long ago: longer than Salesforce takes to distribute a change. */
        public static final int DEFAULT_MODIFIED_MINUTES_AGO = 120;

        public AppSeed {
            if (modifiedMinutesAgo < 0) {
                throw new IllegalArgumentException("stand-in option apps: modifiedMinutesAgo of " + name
                        + " must be 0 or more (minutes before the org starts), got " + modifiedMinutesAgo);
            }
        }

        public AppSeed(String name, String distributionState, String callbackUrl, String scopes, boolean pkce) {
            this(name, distributionState, callbackUrl, scopes, pkce, DEFAULT_MODIFIED_MINUTES_AGO);
        }
    }

    /** Metadata an org holds: one component with its mdapi files (paths relative to the zip root, e.g. {@code externalClientApps/X.eca}). */
    public record OrgComponent(String type, String fullName, Map<String, byte[]> files) {
    }

    /** Source-format folders of the External Client App types (SDR registry, see shared reference §5). */
    static final Map<String, String> ECA_FOLDERS = Map.of(
            "externalClientApps", "ExternalClientApplication",
            "extlClntAppOauthSettings", "ExtlClntAppOauthSettings",
            "extlClntAppGlobalOauthSets", "ExtlClntAppGlobalOauthSettings",
            "extlClntAppOauthPolicies", "ExtlClntAppOauthConfigurablePolicies",
            "extlClntAppPolicies", "ExtlClntAppConfigurablePolicies",
            "extlClntAppOauthSecuritySettings", "ExtlClntAppOauthSecuritySettings");

    private String username = "devhub@standin.example.com";
    private String orgName = "Stand-in Dev Hub";
    private String namespacePrefix = "ecans";
    private boolean devHub = true;
    private String accessToken;
    private String orgId;
    private boolean sandbox;
    private final List<String> users = new ArrayList<>();
    private final List<AppSeed> apps = new ArrayList<>();

    private String packageCreateErrorCode;
    private String packageCreateErrorMessage;

    private VersionCreateOutcome versionCreateOutcome = VersionCreateOutcome.SUCCESS;
    private int versionCreatePolls = 1;
    private List<String> versionCreateErrors = List.of(
            "Stand-in packaging error 1: the package version could not be built",
            "Stand-in packaging error 2: see the stand-in scenario");

    private InstallOutcome installOutcome = InstallOutcome.SUCCESS;
    private List<String> installErrors = List.of("Stand-in install error: the package could not be installed");

    private final Map<String, OrgComponent> components = new LinkedHashMap<>();
    private String retrieveFailureCode;
    private String retrieveFailureMessage;
    private final Map<String, String> deployFailures = new LinkedHashMap<>();

    /** The default scenario: everything succeeds. */
    public static Scenario defaults() {
        return new Scenario();
    }

    /**
     * A preset by name: {@code default}/{@code success}, {@code version-create-error},
     * {@code version-create-in-progress}, {@code version-create-queued} (--wait 0 sees Queued, the next report Success), {@code install-in-progress}, {@code install-error},
     * {@code retrieve-failed}, {@code deploy-failure} (every component fails).
     */
    public static Scenario named(String name) {
        Scenario s = new Scenario();
        switch (name == null ? "default" : name) {
            case "default", "success" -> { }
            case "version-create-error" -> s.versionCreate(VersionCreateOutcome.ERROR, 1);
            case "version-create-in-progress" -> s.versionCreate(VersionCreateOutcome.IN_PROGRESS, 1);
            case "version-create-queued" -> s.versionCreate(VersionCreateOutcome.SUCCESS, 2);
            case "install-in-progress" -> s.install(InstallOutcome.IN_PROGRESS);
            case "install-error" -> s.install(InstallOutcome.ERROR);
            case "retrieve-failed" -> s.retrieveFailure("UNKNOWN_EXCEPTION", "Stand-in retrieve failure");
            case "deploy-failure" -> s.deployFailure("*", "Stand-in deploy failure");
            default -> throw new IllegalArgumentException("unknown stand-in scenario '" + name + "'");
        }
        return s;
    }

    /**
     * Builds a scenario from a map (handy in Groovy). Keys, all optional:
     * {@code scenario} (a {@link #named} preset to start from), {@code username}, {@code namespacePrefix},
     * {@code devHub} (boolean), {@code versionCreate} (SUCCESS|ERROR|IN_PROGRESS), {@code versionCreatePolls} (int),
     * {@code versionCreateErrors} (list of strings), {@code packageCreateError} (map code/message),
     * {@code install} (SUCCESS|IN_PROGRESS|ERROR), {@code installErrors} (list), {@code sourceDir} (a source-format
     * directory whose ECA files the org holds), {@code components} (list of maps type/fullName/path/content),
     * {@code retrieveFailure} (map code/message), {@code deployFailures} (map component → problem; component is a
     * fullName, {@code Type:fullName}, a zip file name or {@code *}), {@code orgId} (15 or 18 characters; default a
     * fresh one per org), {@code isSandbox} (boolean), {@code users} (list of usernames besides the login user),
     * {@code apps} (list of maps name, distributionState (default Packaged), callbackUrl, scopes (default
     * {@code Api, RefreshToken}), pkce (default true), modifiedMinutesAgo (default
     * {@value AppSeed#DEFAULT_MODIFIED_MINUTES_AGO}); see {@link AppSeed}). Other keys are ignored (e.g. {@code alias}).
     */
    public static Scenario fromMap(Map<String, ?> o) {
        Scenario s = named(o.containsKey("scenario") ? String.valueOf(o.get("scenario")) : "default");
        if (o.containsKey("username")) {
            s.username(String.valueOf(o.get("username")));
        }
        if (o.containsKey("namespacePrefix")) {
            Object ns = o.get("namespacePrefix");
            s.namespacePrefix(ns == null ? null : ns.toString());
        }
        if (o.containsKey("devHub")) {
            s.devHub(Boolean.parseBoolean(String.valueOf(o.get("devHub"))));
        }
        if (o.containsKey("versionCreate") || o.containsKey("versionCreatePolls")) {
            VersionCreateOutcome outcome = o.containsKey("versionCreate")
                    ? VersionCreateOutcome.valueOf(String.valueOf(o.get("versionCreate")).toUpperCase(Locale.ROOT))
                    : s.versionCreateOutcome();
            int polls = o.containsKey("versionCreatePolls") ? Integer.parseInt(String.valueOf(o.get("versionCreatePolls"))) : 1;
            s.versionCreate(outcome, polls);
        }
        if (o.get("versionCreateErrors") instanceof Collection<?> c) {
            s.versionCreateErrors(c.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (o.get("packageCreateError") instanceof Map<?, ?> m) {
            s.packageCreateError(String.valueOf(m.get("code")), String.valueOf(m.get("message")));
        }
        if (o.containsKey("install")) {
            s.install(InstallOutcome.valueOf(String.valueOf(o.get("install")).toUpperCase(Locale.ROOT)));
        }
        if (o.get("installErrors") instanceof Collection<?> c) {
            s.installErrors(c.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (o.containsKey("sourceDir")) {
            s.orgComponentsFromSourceDir(Path.of(String.valueOf(o.get("sourceDir"))));
        }
        if (o.get("components") instanceof Collection<?> c) {
            for (Object item : c) {
                Map<?, ?> m = (Map<?, ?>) item;
                s.orgComponent(String.valueOf(m.get("type")), String.valueOf(m.get("fullName")),
                        String.valueOf(m.get("path")), String.valueOf(m.get("content")));
            }
        }
        if (o.get("retrieveFailure") instanceof Map<?, ?> m) {
            s.retrieveFailure(String.valueOf(m.get("code")), String.valueOf(m.get("message")));
        }
        if (o.get("deployFailures") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> s.deployFailure(String.valueOf(k), String.valueOf(v)));
        }
        if (o.get("orgId") != null) {
            s.orgId(String.valueOf(o.get("orgId")));
        }
        if (o.containsKey("isSandbox")) {
            s.sandbox(Boolean.parseBoolean(String.valueOf(o.get("isSandbox"))));
        }
        if (o.get("users") instanceof Collection<?> c) {
            s.users(c.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (o.get("apps") instanceof Collection<?> c) {
            for (Object item : c) {
                Map<?, ?> m = (Map<?, ?>) item;
                Object name = m.get("name");
                if (name == null) {
                    throw new IllegalArgumentException("stand-in option apps: every app needs a name, got " + m);
                }
                s.app(new AppSeed(String.valueOf(name),
                        m.get("distributionState") == null ? "Packaged" : String.valueOf(m.get("distributionState")),
                        m.get("callbackUrl") == null ? "https://api.nango.dev/oauth/callback" : String.valueOf(m.get("callbackUrl")),
                        m.get("scopes") == null ? "Api, RefreshToken" : String.valueOf(m.get("scopes")),
                        m.get("pkce") == null || Boolean.parseBoolean(String.valueOf(m.get("pkce"))),
                        minutes(name, m.get("modifiedMinutesAgo"))));
            }
        }
        return s;
    }

    private static int minutes(Object app, Object value) {
        if (value == null) {
            return AppSeed.DEFAULT_MODIFIED_MINUTES_AGO;
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stand-in option apps: modifiedMinutesAgo of " + app
                    + " must be a whole number of minutes, got '" + value + "'", e);
        }
    }

    // ---- org identity ----

    public synchronized Scenario username(String username) {
        this.username = username;
        return this;
    }

    public synchronized String username() {
        return username;
    }

    public synchronized Scenario orgName(String orgName) {
        this.orgName = orgName;
        return this;
    }

    public synchronized String orgName() {
        return orgName;
    }

    /** Namespace of the org (Organization.NamespacePrefix) and of the Managed packages it creates; null for none. */
    public synchronized Scenario namespacePrefix(String namespacePrefix) {
        this.namespacePrefix = namespacePrefix;
        return this;
    }

    public synchronized String namespacePrefix() {
        return namespacePrefix;
    }

    /** Whether the org answers the ScratchOrgInfo probe, i.e. sf records it as a Dev Hub. */
    public synchronized Scenario devHub(boolean devHub) {
        this.devHub = devHub;
        return this;
    }

    public synchronized boolean devHub() {
        return devHub;
    }

    /** The only access token the org accepts (others get 401 INVALID_SESSION_ID); default {@code <15-char org id>!standin}. */
    public synchronized Scenario accessToken(String accessToken) {
        this.accessToken = accessToken;
        return this;
    }

    public synchronized String accessToken() {
        return accessToken != null ? accessToken
                : (orgId == null ? "00D000000000001" : orgId.substring(0, 15)) + "!standin";
    }

    /** The org id (15 or 18 characters); null until the org starts, which then picks a fresh one. */
    public synchronized Scenario orgId(String orgId) {
        this.orgId = orgId;
        return this;
    }

    public synchronized String orgId() {
        return orgId;
    }

    /** Whether the org is a sandbox: {@code Organization.IsSandbox}, and a sandbox instance name. */
    public synchronized Scenario sandbox(boolean sandbox) {
        this.sandbox = sandbox;
        return this;
    }

    public synchronized boolean sandbox() {
        return sandbox;
    }

    /** Users of the org besides the login user: what {@code SELECT ... FROM User WHERE Username = '...'} finds. */
    public synchronized Scenario users(String... usernames) {
        users.addAll(List.of(usernames));
        return this;
    }

    /** The usernames of the org: the login user first, then {@link #users(String...)}. */
    public synchronized List<String> users() {
        List<String> out = new ArrayList<>();
        out.add(username);
        users.stream().filter(u -> out.stream().noneMatch(u::equalsIgnoreCase)).forEach(out::add);
        return out;
    }

    /** An app this org is the source org of, with a consumer (created when the org starts). */
    public synchronized Scenario app(AppSeed app) {
        apps.add(app);
        return this;
    }

    public synchronized List<AppSeed> apps() {
        return List.copyOf(apps);
    }

    // ---- packaging ----

    /** Makes {@code POST Package2} fail with this API error (sf prints {@code name = errorCode}, exit 1). */
    public synchronized Scenario packageCreateError(String errorCode, String message) {
        this.packageCreateErrorCode = errorCode;
        this.packageCreateErrorMessage = message;
        return this;
    }

    synchronized String[] packageCreateError() {
        return packageCreateErrorCode == null ? null : new String[] {packageCreateErrorCode, packageCreateErrorMessage};
    }

    /**
     * How version create requests end: the first {@code statusQueriesBefore} status queries of a request
     * ({@code ... FROM Package2VersionCreateRequest WHERE Id = '08c...'}) answer {@code Queued}, later
     * ones answer the outcome ({@code Success}, {@code Error} or {@code InProgress}). sf 2.129.8 reads the request once right after the POST
     * and once more at the start of polling, also with {@code --wait 0}; with {@code --wait} it then polls every
     * 30 s (5 s with --skip-validation). So 1 (the default) means a waiting create ends at once without a 30 s
     * sleep, and {@code --wait 0} already sees the outcome; 2 means {@code --wait 0} sees Queued and the next
     * {@code create report} sees the outcome (a waiting create then sleeps 30 s once). IN_PROGRESS never ends (for
     * wait timeouts).
     */
    public synchronized Scenario versionCreate(VersionCreateOutcome outcome, int statusQueriesBefore) {
        this.versionCreateOutcome = outcome;
        this.versionCreatePolls = Math.max(0, statusQueriesBefore);
        return this;
    }

    public synchronized VersionCreateOutcome versionCreateOutcome() {
        return versionCreateOutcome;
    }

    synchronized int versionCreatePolls() {
        return versionCreatePolls;
    }

    /** The Package2VersionCreateRequestError messages of requests that end in ERROR. */
    public synchronized Scenario versionCreateErrors(String... messages) {
        this.versionCreateErrors = List.of(messages);
        return this;
    }

    public synchronized List<String> versionCreateErrors() {
        return versionCreateErrors;
    }

    /** The Status install requests report (from the first status read on). */
    public synchronized Scenario install(InstallOutcome outcome) {
        this.installOutcome = outcome;
        return this;
    }

    public synchronized InstallOutcome installOutcome() {
        return installOutcome;
    }

    public synchronized Scenario installErrors(String... messages) {
        this.installErrors = List.of(messages);
        return this;
    }

    public synchronized List<String> installErrors() {
        return installErrors;
    }

    // ---- metadata ----

    /**
     * Puts a component into the org (what a retrieve returns). {@code mdapiPath} is relative to the zip root, e.g.
     * {@code externalClientApps/NangoEca.eca}. A successful deploy also stores what it deployed.
     */
    public synchronized Scenario orgComponent(String type, String fullName, String mdapiPath, String content) {
        return orgComponent(type, fullName, Map.of(mdapiPath, content.getBytes(StandardCharsets.UTF_8)));
    }

    public synchronized Scenario orgComponent(String type, String fullName, Map<String, byte[]> files) {
        components.put(type + ":" + fullName, new OrgComponent(type, fullName, new LinkedHashMap<>(files)));
        return this;
    }

    /** Removes a component, so a retrieve reports it missing (sf: {@code files[].state: "Failed"}). */
    public synchronized Scenario removeOrgComponent(String type, String fullName) {
        components.remove(type + ":" + fullName);
        return this;
    }

    /**
     * Loads every External Client App file of a source-format tree (e.g. {@code force-app}) into the org: a file
     * {@code .../externalClientApps/NangoEca.eca-meta.xml} becomes ExternalClientApplication {@code NangoEca} at
     * {@code externalClientApps/NangoEca.eca}, with the same bytes.
     */
    public synchronized Scenario orgComponentsFromSourceDir(Path sourceDir) {
        try (Stream<Path> files = Files.walk(sourceDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String folder = f.getParent() == null ? "" : f.getParent().getFileName().toString();
                String type = ECA_FOLDERS.get(folder);
                String name = f.getFileName().toString();
                if (type == null || !name.endsWith("-meta.xml")) {
                    continue;
                }
                String mdapiName = name.substring(0, name.length() - "-meta.xml".length());
                String fullName = mdapiName.substring(0, mdapiName.lastIndexOf('.'));
                orgComponent(type, fullName, Map.of(folder + "/" + mdapiName, Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public synchronized List<OrgComponent> orgComponents() {
        return new ArrayList<>(components.values());
    }

    synchronized OrgComponent orgComponentOrNull(String type, String fullName) {
        return components.get(type + ":" + fullName);
    }

    /** Makes the next retrieves end with status Failed (sf still exits 0 with --json). Null code clears it. */
    public synchronized Scenario retrieveFailure(String errorStatusCode, String message) {
        this.retrieveFailureCode = errorStatusCode;
        this.retrieveFailureMessage = message;
        return this;
    }

    synchronized String[] retrieveFailure() {
        return retrieveFailureCode == null ? null : new String[] {retrieveFailureCode, retrieveFailureMessage};
    }

    /**
     * Makes deploys of a component fail with {@code problem}. {@code component} is matched against the fullName,
     * {@code Type:fullName} or the zip file name ({@code externalClientApps/NangoEca.eca}); {@code *} matches all.
     */
    public synchronized Scenario deployFailure(String component, String problem) {
        deployFailures.put(component, problem);
        return this;
    }

    public synchronized Scenario clearDeployFailures() {
        deployFailures.clear();
        return this;
    }

    synchronized String deployProblem(String type, String fullName, String fileName) {
        for (String key : List.of(fullName, type + ":" + fullName, fileName, "*")) {
            if (deployFailures.containsKey(key)) {
                return deployFailures.get(key);
            }
        }
        return null;
    }
}
