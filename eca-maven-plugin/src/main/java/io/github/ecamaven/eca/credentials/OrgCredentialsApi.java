package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.project.ClientSecretSetting;
import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCliException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The org's Connect REST "OAuth credentials" resources for External Client Apps: {@code /apps/oauth/usage} (find the
 * app), {@code /apps/oauth/credentials/{app}} (its consumers), {@code …/{consumer}?part=…} (key and secret) and the
 * staged credentials used for rotation ({@code …/staged}, {@code …/staged/{id}}), all at one API version: the lower of
 * the project's and the org's, at least {@link #MINIMUM_API_VERSION} (the staged resources' first version).
 *
 * <p>Errors are turned into {@link CredentialsException}s that name the fix. Salesforce answers errors as a JSON
 * array of {@code {"errorCode", "message"}}; the answers for the org setting being off are recognised by the message
 * phrases real clients match ("not currently enabled", "feature is not enabled", "not enabled for this").
 */
public final class OrgCredentialsApi {

    /** The first API version with the staged credentials resources; every call needs at least this version. */
    public static final ApiVersion MINIMUM_API_VERSION = ApiVersion.of(65);
    /** The Setup label of the setting that lets the org hand out secrets. */
    public static final String SETTING_LABEL = ClientSecretSetting.LABEL;
    static final String SETTING_FIX = "Turn on the org setting \"" + SETTING_LABEL + "\" (Setup > External Client App"
            + " Settings; metadata ExternalClientAppSettings " + ClientSecretSetting.ELEMENT + ", which eca:generate"
            + " writes with -D" + ClientSecretSetting.GENERATE_PROPERTY + "=true), then run again. Salesforce advises"
            + " turning it off again afterwards.";
    static final String PERMISSION_FIX = "Give the user sf is logged in as the permissions External Client App"
            + " Developer (ExternalClientAppDeveloper) and View Client Secret (ViewClientSecret), e.g. in a permission set,"
            + " then run again.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGES = 50;

    /**
     * Assumption (Salesforce documents the credentials API for Local apps; whether it serves a Packaged app in its
     * source org is not documented): an org that does not serve a Packaged app answers 404, or an error whose code or
     * message says not found or not supported. Only for a Packaged app is such an answer explained this way.
     */
    static boolean refusesPackagedApp(int status, String code, String message) {
        String text = (code + " " + message).toLowerCase(Locale.ROOT);
        return status == 404 || text.contains("not_found") || text.contains("not found")
                || text.contains("not supported") || text.contains("not_supported") || text.contains("packaged");
    }

    /** Where Setup of the source org shows an app's consumer key and secret, for {@code app}. */
    public static String setupPath(String app) {
        return "External Client App Manager → " + app + " → Settings → OAuth Settings → Consumer Key and Secret";
    }

    private final SfRest rest;
    private final String projectApiVersion;
    private final String orgName;
    private String data;
    /** The Packaged app whose "not found" answers are explained, or null for a Local app. */
    private String packagedApp;

    /** An app the org lists in {@code /apps/oauth/usage}. */
    public record OrgApp(String developerName, String identifier) {
    }

    /** The key (and, when asked for, the secret) of one consumer. */
    public record AppCredentials(String key, Secret secret) {

        @Override
        public String toString() {
            return "AppCredentials[key=" + key + "]";
        }
    }

    /** A staged credential; {@code secret} is null when the org did not send it. */
    public record Staged(String id, String state, String key, Secret secret) {

        @Override
        public String toString() {
            return "Staged[id=" + id + ", state=" + state + "]";
        }
    }

    /**
     * @param projectApiVersion the project's API version (sourceApiVersion); null when the project has none
     * @param orgName how messages name the org (the alias)
     */
    public OrgCredentialsApi(SfRest rest, String projectApiVersion, String orgName) {
        this.rest = rest;
        this.projectApiVersion = projectApiVersion;
        this.orgName = orgName == null ? "sf's default org" : "org '" + orgName + "'";
    }

    /**
     * The version of the calls: the lower of the project's and the org's (a project ahead of its org would get a bare
     * 404), and at least {@link #MINIMUM_API_VERSION}; an error naming both otherwise.
     *
     * @param org the org's version as {@code sf org display} gives it; null when unknown
     */
    static ApiVersion callVersion(String project, String org, String orgName) throws CredentialsException {
        ApiVersion p = ApiVersion.tryParse(project);
        ApiVersion o = ApiVersion.tryParse(org);
        ApiVersion lower = p == null ? o : o == null || p.compareTo(o) <= 0 ? p : o;
        if (lower == null) {
            return MINIMUM_API_VERSION;
        }
        if (!lower.isBefore(MINIMUM_API_VERSION)) {
            return lower;
        }
        String both = "the project's API version is " + (p == null ? "not set" : p + " (sourceApiVersion in"
                + " sfdx-project.json)") + " and the " + orgName + " is at " + (o == null ? "an unknown version" : o
                + " (sf org display)");
        boolean projectLow = p != null && p.isBefore(MINIMUM_API_VERSION);
        return fail("The credentials calls use the lower of the two API versions, which must be at least "
                + MINIMUM_API_VERSION + " (where Salesforce added the staged credentials resources), but " + both
                + ". " + (projectLow ? "Raise sourceApiVersion in sfdx-project.json to " + MINIMUM_API_VERSION
                + " or later." : "The org runs a release older than API " + MINIMUM_API_VERSION
                + "; use an org on a newer release."));
    }

    private static ApiVersion fail(String message) throws CredentialsException {
        throw new CredentialsException(message, false);
    }

    /**
     * The app is Packaged: an answer that it is not found or not supported says that the org's credentials API does
     * not serve it, and names where Setup of the source org shows the pair instead of a bare HTTP error.
     */
    public OrgCredentialsApi packaged(String app) {
        this.packagedApp = app;
        return this;
    }

    /** {@code services/data/vNN.0/}, decided on the first call. */
    private String data() throws SfCliException, CredentialsException {
        if (data == null) {
            data = "services/data/v" + callVersion(projectApiVersion, rest.orgApiVersion(), orgName) + "/";
        }
        return data;
    }

    /** {@code services/data/vNN.0/apps/oauth/}. */
    private String base() throws SfCliException, CredentialsException {
        return data() + "apps/oauth/";
    }

    /** Whether the org is a sandbox: {@code SELECT IsSandbox FROM Organization}. */
    public boolean isSandbox() throws SfCliException, CredentialsException {
        String what = "tell whether it is a sandbox (SELECT IsSandbox FROM Organization)";
        JsonNode body = check(rest.send("GET", data() + "query?q=SELECT+IsSandbox+FROM+Organization", null), what);
        JsonNode flag = body.path("records").path(0).get("IsSandbox");
        if (flag == null || !flag.isBoolean()) {
            throw new CredentialsException("the " + orgName + " answered without Organization.IsSandbox when asked to"
                    + " " + what + "; name the Nango provider yourself: -D" + PropertyNames.NANGO_PROVIDER + "="
                    + String.join(" or ", NangoProvider.ids()) + ".", true);
        }
        return flag.asBoolean();
    }

    /** Every app in {@code /apps/oauth/usage}, following the pages until one is empty. */
    public List<OrgApp> apps() throws SfCliException, CredentialsException {
        List<OrgApp> out = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode body = call("GET", "usage?page=" + page + "&pageSize=100", null, "list the External Client Apps");
            JsonNode apps = body.path("apps");
            if (!apps.isArray() || apps.isEmpty()) {
                break;
            }
            apps.forEach(a -> out.add(new OrgApp(a.path("developerName").asText(null), a.path("identifier").asText(null))));
            JsonNode next = body.get("nextPageUrl");
            if (next == null || next.isNull() || next.asText().isBlank()) {
                break;
            }
        }
        return out;
    }

    /** The app named {@code developerName}; an error listing the apps the org has when it is not there. */
    public OrgApp app(String developerName) throws SfCliException, CredentialsException {
        List<OrgApp> apps = apps();
        for (OrgApp a : apps) {
            if (developerName.equals(a.developerName())) {
                return a;
            }
        }
        List<String> names = apps.stream().map(OrgApp::developerName).sorted().toList();
        if (packagedApp != null) {
            throw notServed("/apps/oauth/usage lists " + (names.isEmpty() ? "no app" : String.join(", ", names)));
        }
        throw new CredentialsException("the " + orgName + " has no External Client App '" + developerName + "' in"
                + " /apps/oauth/usage; it lists " + (names.isEmpty() ? "none" : String.join(", ", names)) + ". Deploy the"
                + " app first (eca:deploy -D" + PropertyNames.TARGET_ORG + "=...), or name one of these with -D"
                + PropertyNames.APP_NAMES + "=API_NAME."
                + " A just-deployed app can take a few minutes to appear.", false);
    }

    /** The app's single consumer id (the first when there are several). */
    public String consumer(OrgApp app) throws SfCliException, CredentialsException {
        JsonNode body = call("GET", "credentials/" + app.identifier(), null,
                "read the consumers of " + app.developerName());
        JsonNode consumers = body.path("consumers");
        if (!consumers.isArray() || consumers.isEmpty()) {
            throw new CredentialsException("the " + orgName + " lists no OAuth consumer for '" + app.developerName()
                    + "': the app has no OAuth settings enabled. Enable OAuth for it (its ecaOauth and ecaGlblOauth"
                    + " files), deploy, and run again.", false);
        }
        return consumers.get(0).path("id").asText();
    }

    /** The consumer's key, and its secret when {@code withSecret}. */
    public AppCredentials credentials(OrgApp app, String consumerId, boolean withSecret)
            throws SfCliException, CredentialsException {
        JsonNode body = call("GET", "credentials/" + app.identifier() + "/" + consumerId + "?part="
                + (withSecret ? "keyandsecret" : "key"), null, "read the credentials of " + app.developerName());
        String key = text(body, "key");
        String secret = text(body, "secret");
        if (key == null) {
            throw new CredentialsException("the " + orgName + " answered without a consumer key for '"
                    + app.developerName() + "'. " + PERMISSION_FIX, false);
        }
        if (withSecret && secret == null) {
            // the org answers 200 without the secret while the setting or the permission is not effective
            throw new CredentialsException("the " + orgName + " did not return the consumer secret of '"
                    + app.developerName() + "'. " + SETTING_FIX + " If it is on: " + PERMISSION_FIX, false);
        }
        return new AppCredentials(key, secret == null ? null : Secret.of(secret));
    }

    /** The consumer's staged credentials (none: empty), with their secrets when the org sends them. */
    public List<Staged> staged(OrgApp app, String consumerId) throws SfCliException, CredentialsException {
        SfRest.Response r = rest.send("GET", base() + stagedPath(app, consumerId), null);
        if (r.status() == 404) {
            return List.of(); // "nothing staged" may be a 404
        }
        JsonNode body = check(r, "read the staged credentials of " + app.developerName());
        List<Staged> out = new ArrayList<>();
        for (JsonNode s : stagedNodes(body)) {
            out.add(staged(s)); // with its secret when the org sends it
        }
        return out;
    }

    /** One staged credential with its key and secret, or null when it is gone. */
    public Staged stagedOne(OrgApp app, String consumerId, String stagedId) throws SfCliException, CredentialsException {
        SfRest.Response r = rest.send("GET", base() + stagedPath(app, consumerId) + "/" + stagedId, null);
        if (r.status() == 404) {
            return null;
        }
        List<JsonNode> nodes = stagedNodes(check(r, "read the staged credential " + stagedId));
        return nodes.isEmpty() ? null : staged(nodes.get(0));
    }

    /** Stages a new key and secret ({@code POST …/staged}). */
    public Staged stage(OrgApp app, String consumerId) throws SfCliException, CredentialsException {
        JsonNode body = call("POST", stagedPath(app, consumerId), "{}", "stage new credentials for " + app.developerName());
        List<JsonNode> nodes = stagedNodes(body);
        Staged s = nodes.isEmpty() ? null : staged(nodes.get(nodes.size() - 1));
        if (s == null || s.id() == null || s.key() == null || s.secret() == null) {
            throw new CredentialsException("the " + orgName + " staged new credentials for '" + app.developerName()
                    + "' but its answer had no id, key or secret; delete the staged credential in Setup and run again.",
                    false);
        }
        return s;
    }

    /** Promotes the staged pair to the primary one ({@code PATCH …/staged/{id}} {@code {"command":"rotate"}}). */
    public void rotate(OrgApp app, String consumerId, String stagedId) throws SfCliException, CredentialsException {
        call("PATCH", stagedPath(app, consumerId) + "/" + stagedId, "{\"command\":\"rotate\"}",
                "promote the staged credentials of " + app.developerName());
    }

    /** Deletes a staged credential; false when it was already gone. */
    public boolean deleteStaged(OrgApp app, String consumerId, String stagedId) throws SfCliException, CredentialsException {
        SfRest.Response r = rest.send("DELETE", base() + stagedPath(app, consumerId) + "/" + stagedId, "{}");
        if (r.status() == 404) {
            return false;
        }
        check(r, "delete the staged credential " + stagedId + " of " + app.developerName());
        return true;
    }

    private static String stagedPath(OrgApp app, String consumerId) {
        return "credentials/" + app.identifier() + "/" + consumerId + "/staged";
    }

    private static Staged staged(JsonNode s) {
        String secret = text(s, "secret");
        return new Staged(text(s, "id"), text(s, "state"), text(s, "key"), secret == null ? null : Secret.of(secret));
    }

    private static List<JsonNode> stagedNodes(JsonNode body) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode list = body.has("stagedCredentials") ? body.get("stagedCredentials") : body;
        if (list.isArray()) {
            list.forEach(out::add);
        } else if (list.isObject() && list.has("id")) {
            out.add(list);
        }
        return out;
    }

    private JsonNode call(String method, String path, String body, String what) throws SfCliException, CredentialsException {
        return check(rest.send(method, base() + path, body), what);
    }

    private JsonNode check(SfRest.Response r, String what) throws CredentialsException {
        if (r.ok()) {
            try {
                return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            } catch (IOException e) {
                throw new CredentialsException("the " + orgName + " answered HTTP " + r.status() + " with a body that"
                        + " is not JSON when asked to " + what + ".", true); // no cause: the text may hold a secret
            }
        }
        throw error(r, what);
    }

    /** The exception for an error answer; public for the rules' tests. */
    CredentialsException error(SfRest.Response r, String what) {
        String code = "";
        String message = "";
        try {
            JsonNode e = JSON.readTree(r.body());
            JsonNode first = e.isArray() && !e.isEmpty() ? e.get(0) : e;
            code = first.path("errorCode").asText("");
            message = first.path("message").asText("");
        } catch (IOException ignored) {
            // not JSON: reported by status alone
        }
        String said = "HTTP " + r.status() + (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message);
        String lower = message.toLowerCase(Locale.ROOT);
        if (packagedApp != null && refusesPackagedApp(r.status(), code, message)) {
            return notServed("asked to " + what + ", it answered " + said);
        }
        if (lower.contains("not currently enabled") || lower.contains("feature is not enabled")
                || code.contains("NOT_ENABLED")) {
            return new CredentialsException("the " + orgName + " refused to " + what + " (" + said + "). " + SETTING_FIX,
                    false);
        }
        if (r.status() == 403 || lower.contains("not enabled for this user") || code.startsWith("INSUFFICIENT_ACCESS")) {
            return new CredentialsException("the " + orgName + " refused to " + what + " (" + said + "). "
                    + PERMISSION_FIX, false);
        }
        if (r.status() == 401) {
            return new CredentialsException("the " + orgName + " refused sf's session (" + said + "). Log in again:"
                    + " sf org login web --alias <alias>.", true);
        }
        return new CredentialsException("the " + orgName + " could not " + what + " (" + said + ").", r.status() >= 500);
    }

    /** The credentials API of this org does not serve the Packaged app: where to read the pair instead. */
    private CredentialsException notServed(String answer) {
        return new CredentialsException("the " + orgName + " does not serve the Packaged app " + packagedApp
                + " through its credentials REST API (" + answer + "). Salesforce documents that API for Local apps;"
                + " that it serves a Packaged app in its source org is not documented, and this org does not (if the"
                + " app was deployed minutes ago, wait and run again). Read the consumer key and secret in Setup of the"
                + " source org: " + setupPath(packagedApp) + ", and put them into the destination by hand.", false);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
