package io.github.ecamaven.eca.it.standin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A stand-in Salesforce org (Dev Hub and target org in one) on 127.0.0.1, good enough for the real sf CLI 2.129.8:
 * {@code org login access-token}, {@code package create / list / version create / create report / version report /
 * version list / promote / install}, {@code project retrieve start} and {@code project deploy start}.
 *
 * <p>It implements the REST, Tooling and Metadata SOAP calls sf makes (as recorded in the shared reference
 * {@code org-requests.jsonl}); records are kept in memory and queried with a small SOQL subset ({@link Soql}), so
 * sf sees consistent state across commands (a created package can be versioned, the version promoted, a deployed
 * component retrieved). Outcomes are chosen with the {@link Scenario}, which can be changed between calls.
 *
 * <p>Several orgs can run side by side, each with its own org id, users and records; the OAuth consumers of all of
 * them are in {@link StandInConsumers}. A deploy treats External Client Apps as Salesforce's org formations do: OAuth
 * settings whose {@code oauthLink} names an existing consumer (of any stand-in org) link the app to it; OAuth
 * settings without {@code oauthLink} deployed with the app's global OAuth settings get a new consumer of this org,
 * and a retrieve shows the generated {@code oauthLink} and {@code consumerKey}; an {@code oauthLink} to no consumer
 * and a {@code clientCredentialsFlowUser} the org lacks are component failures. What Salesforce leaves open is
 * decided in {@link StandInAssumptions}.
 *
 * <pre>{@code
 * try (StandInOrg org = StandInOrg.start(Scenario.named("version-create-error"))) {
 *     // SF_ACCESS_TOKEN=org.accessToken() sf org login access-token --instance-url org.instanceUrl() --no-prompt ...
 * }
 * }</pre>
 */
public final class StandInOrg implements AutoCloseable {

    static final String TYPE_KEY = "__type";
    private static final String USER_ID = "005000000000001AAA";
    private static final String API_VERSION = "67.0";
    private static final Pattern VERSION_IN_PATH = Pattern.compile("^/services/data/v(\\d+\\.\\d+)(/.*)?$");
    private static final Pattern SOBJECT_PATH = Pattern.compile("^/(tooling/)?sobjects/(\\w+)(?:/(\\w+))?(/describe)?/?$");
    private static final DateTimeFormatter REST_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SOAP_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Scenario scenario;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> idCounters = new TreeMap<>();
    /** All records by sObject type, in creation order. Guarded by {@code this}. */
    private final Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
    private final Map<String, VersionRequest> versionRequests = new LinkedHashMap<>();
    private final Map<String, RetrieveJob> retrieves = new LinkedHashMap<>();
    private final Map<String, DeployJob> deploys = new LinkedHashMap<>();
    private final Map<String, String> deployResults = new LinkedHashMap<>();
    private final List<UploadedVersion> uploads = new ArrayList<>();
    private final List<DeployedZip> deployedZips = new ArrayList<>();
    private final String orgId;
    private final OAuthCredentialsStandIn oauthCredentials;
    /** The keys ({@code Type:fullName}) of the components deploys brought, in the order of their first deploy. */
    private final java.util.Set<String> deployedKeys = new java.util.LinkedHashSet<>();
    /** When a component ({@code Type:fullName}) last changed: seeded or deployed. Guarded by {@code this}. */
    private final Map<String, Instant> lastModified = new LinkedHashMap<>();

    /** What sf uploaded for one package version create request. */
    public record UploadedVersion(String requestId, Map<String, Object> request, Map<String, Object> descriptor,
                                  Map<String, byte[]> packageZip) {
    }

    /** What sf uploaded for one deploy. */
    public record DeployedZip(String deployId, Map<String, byte[]> files, Map<String, String> options) {
    }

    private static final class VersionRequest {
        final Map<String, Object> record;
        final Scenario.VersionCreateOutcome outcome;
        final int pollsBefore;
        final List<String> errors;
        final UploadedVersion upload;
        int polls;
        boolean finished;

        VersionRequest(Map<String, Object> record, Scenario.VersionCreateOutcome outcome, int pollsBefore,
                       List<String> errors, UploadedVersion upload) {
            this.record = record;
            this.outcome = outcome;
            this.pollsBefore = pollsBefore;
            this.errors = errors;
            this.upload = upload;
        }
    }

    private record RetrieveJob(String id, Map<String, List<String>> members) {
    }

    private record DeployJob(String id, Map<String, byte[]> files, Map<String, String> options, String createdDate) {
    }

    private StandInOrg(Scenario scenario) throws IOException {
        this.scenario = scenario;
        this.orgId = scenario.orgId() == null ? StandInConsumers.claimNewOrgId() : StandInConsumers.claimOrgId(scenario.orgId());
        scenario.orgId(orgId);
        this.oauthCredentials = new OAuthCredentialsStandIn(orgId);
        try {
            for (Scenario.AppSeed app : scenario.apps()) {
                seed(app);
            }
        } catch (RuntimeException e) {
            StandInConsumers.release(orgId);
            throw e;
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "stand-in-org");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts an org with the default scenario on a free port of 127.0.0.1. */
    public static StandInOrg start() {
        return start(Scenario.defaults());
    }

    public static StandInOrg start(Scenario scenario) {
        try {
            return new StandInOrg(scenario);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The org id, 18 characters (Organization.Id, {@code organization_id} of userinfo, the org part of its {@code oauthLink}s). */
    public String orgId() {
        return orgId;
    }

    /**
     * The {@code oauthLink} of an app whose consumer this org holds ({@code <15-char org id>:<15-char consumer id>}),
     * or null.
     */
    public String oauthLink(String app) {
        Map<String, Object> c = StandInConsumers.ofApp(orgId, app);
        return c == null ? null : StandInConsumers.link(c);
    }

    /** The consumer key of an app whose consumer this org holds, or null. Never log or write it; see {@link StandInConsumers#digest}. */
    public String consumerKey(String app) {
        Map<String, Object> c = StandInConsumers.ofApp(orgId, app);
        return c == null ? null : (String) c.get("key");
    }

    /** The components deploys brought into this org, as the org holds them now (what a retrieve returns). */
    public synchronized List<Scenario.OrgComponent> deployedComponents() {
        List<Scenario.OrgComponent> out = new ArrayList<>();
        for (String key : deployedKeys) {
            int colon = key.indexOf(':');
            Scenario.OrgComponent c = scenario.orgComponentOrNull(key.substring(0, colon), key.substring(colon + 1));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>} (pass to {@code sf org login access-token --instance-url}). */
    public String instanceUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The External Client App credentials resources ({@code /apps/oauth/...}). */
    public OAuthCredentialsStandIn oauthCredentials() {
        return oauthCredentials;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The token to put into {@code SF_ACCESS_TOKEN}; never log it. */
    public String accessToken() {
        return scenario.accessToken();
    }

    public String username() {
        return scenario.username();
    }

    /** A snapshot of the requests received so far, in order. */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Requests whose path contains {@code pathPart}, or whose SOAP action or SOQL equals/contains it. */
    public List<RecordedRequest> requests(String pathPart) {
        return requests().stream()
                .filter(r -> r.path().contains(pathPart) || r.soapAction().equals(pathPart) || r.query().contains(pathPart))
                .toList();
    }

    /** Everything sf uploaded with {@code package version create}, in order. */
    public synchronized List<UploadedVersion> uploadedVersions() {
        return List.copyOf(uploads);
    }

    /** Everything sf deployed, in order. */
    public synchronized List<DeployedZip> deployedZips() {
        return List.copyOf(deployedZips);
    }

    /** Copies of the records of one sObject type (Package2, Package2Version, PackageInstallRequest, ...). */
    public synchronized List<Map<String, Object>> records(String type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : records.getOrDefault(type, List.of())) {
            out.add(publicView(r));
        }
        return out;
    }

    @Override
    public void close() {
        StandInConsumers.release(orgId);
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // HTTP plumbing

    private static final class Reply {
        int status = 200;
        String contentType = "application/json;charset=UTF-8";
        byte[] body = new byte[0];
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().toString();
        int qm = raw.indexOf('?');
        String rawPath = qm < 0 ? raw : raw.substring(0, qm);
        String rawQuery = qm < 0 ? "" : raw.substring(qm + 1);
        String path = rawPath.replaceFirst("^/+", "/");
        String method = exchange.getRequestMethod();
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if ("null".equals(contentType)) {
            contentType = "";
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String soql = queryParam(rawQuery, "q");
        Reply reply = new Reply();
        String soapAction = "";
        try {
            if (path.startsWith("/services/Soap/")) {
                Document doc = parseXml(body);
                Element op = firstChildElement(soapBody(doc));
                soapAction = op == null ? "" : op.getLocalName();
                soap(doc, op, reply);
            } else if (!authorized(exchange)) {
                error(reply, 401, "INVALID_SESSION_ID", "Session expired or invalid");
            } else if (OAuthCredentialsStandIn.handles(path)) {
                OAuthCredentialsStandIn.Answer a = oauthCredentials.answer(method, path, rawQuery,
                        new String(body, StandardCharsets.UTF_8));
                json(reply, a.status(), a.body() == null ? "" : a.body());
                reply.body = a.body() == null ? new byte[0] : reply.body;
            } else {
                rest(method, path, soql, "true".equals(queryParam(rawQuery, "columns")), contentType, body, reply);
            }
        } catch (Exception e) {
            // a bug or an unsupported request: answer like Salesforce does, so sf prints an error instead of hanging
            error(reply, 500, "UNKNOWN_EXCEPTION", "stand-in org: " + e);
        }
        String recordedBody = contentType.startsWith("multipart/") || path.startsWith("/services/Soap/") && "deploy".equals(soapAction)
                ? "<" + body.length + " bytes>"
                : new String(body, StandardCharsets.UTF_8).replaceAll("<sessionId>[^<]*</sessionId>", "<sessionId>***</sessionId>");
        requests.add(new RecordedRequest(method, path, soql != null ? soql : rawQuery, contentType, soapAction,
                recordedBody, reply.status));
        exchange.getResponseHeaders().set("Content-Type", reply.contentType);
        if (reply.status == 204) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            exchange.sendResponseHeaders(reply.status, reply.body.length == 0 ? -1 : reply.body.length);
            if (reply.body.length > 0) {
                exchange.getResponseBody().write(reply.body);
            }
        }
        exchange.close();
    }

    private boolean authorized(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.equals("Bearer " + scenario.accessToken());
    }

    private static String queryParam(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void json(Reply reply, int status, Object value) {
        try {
            reply.status = status;
            reply.contentType = "application/json;charset=UTF-8";
            reply.body = json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The REST error body jsforce turns into an error named after {@code errorCode}. */
    private void error(Reply reply, int status, String errorCode, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("message", message);
        e.put("errorCode", errorCode);
        e.put("fields", List.of());
        json(reply, status, List.of(e));
    }

    // ------------------------------------------------------------------------------------------------------------
    // REST and Tooling

    private void rest(String method, String path, String soql, boolean columns, String contentType, byte[] body, Reply reply)
            throws IOException {
        if (path.equals("/services/oauth2/userinfo")) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("sub", "http://127.0.0.1/id/" + orgId + "/" + USER_ID);
            u.put("user_id", USER_ID);
            u.put("organization_id", orgId);
            u.put("preferred_username", scenario.username());
            u.put("name", "Stand-in User");
            u.put("email", scenario.username());
            json(reply, 200, u);
            return;
        }
        if (path.equals("/services/data") || path.equals("/services/data/")) {
            json(reply, 200, List.of(Map.of("label", "Stand-in", "url", "/services/data/v" + API_VERSION, "version", API_VERSION)));
            return;
        }
        Matcher v = VERSION_IN_PATH.matcher(path);
        if (!v.matches()) {
            error(reply, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }
        String apiVersion = v.group(1);
        String rest = v.group(2) == null ? "/" : v.group(2);
        if (rest.equals("/") || rest.isEmpty()) {
            String base = "/services/data/v" + apiVersion;
            Map<String, Object> resources = new LinkedHashMap<>();
            for (String r : List.of("sobjects", "query", "queryAll", "tooling", "search", "limits", "connect")) {
                resources.put(r, base + "/" + r);
            }
            json(reply, 200, resources);
            return;
        }
        if ((rest.equals("/query") || rest.equals("/query/") || rest.equals("/tooling/query") || rest.equals("/tooling/query/"))
                && "GET".equals(method) && soql != null) {
            if (columns) {
                columns(soql, reply);
            } else {
                query(soql, apiVersion, rest.startsWith("/tooling/"), reply);
            }
            return;
        }
        Matcher s = SOBJECT_PATH.matcher(rest);
        if (!s.matches()) {
            error(reply, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }
        String type = s.group(2);
        String id = s.group(3);
        boolean describe = s.group(4) != null || "describe".equals(id);
        if (describe) {
            // SourceMember describe: sf asks whether the org tracks source; a Dev Hub / production org does not.
            error(reply, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }
        if (type.equals("User") && id != null && "GET".equals(method)) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("attributes", Map.of("type", "User", "url", "/services/data/v" + apiVersion + "/sobjects/User/" + id));
            user.put("Id", id);
            user.put("Username", users().stream().filter(u -> u.get("Id").toString().startsWith(id.substring(0, Math.min(15, id.length()))))
                    .map(u -> u.get("Username")).findFirst().orElse(scenario.username()));
            user.put("Name", "Stand-in User");
            json(reply, 200, user);
            return;
        }
        switch (method) {
            case "GET" -> get(type, id, apiVersion, reply);
            case "POST" -> create(type, contentType, body, reply);
            case "PATCH" -> update(type, id, body, reply);
            default -> error(reply, 405, "METHOD_NOT_ALLOWED", "HTTP Method '" + method + "' not allowed");
        }
    }

    private synchronized void get(String type, String id, String apiVersion, Reply reply) {
        Map<String, Object> r = id == null ? null : findById(type, id);
        if (r == null) {
            error(reply, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attributes", Map.of("type", type, "url", "/services/data/v" + apiVersion + "/tooling/sobjects/" + type + "/" + id));
        out.putAll(publicView(refreshed(r)));
        json(reply, 200, out);
    }

    /** The {@code columns=true} variant of a query: the column metadata {@code sf data query} asks for after a result. */
    private void columns(String soql, Reply reply) {
        Soql q;
        try {
            q = Soql.parse(soql);
        } catch (IllegalArgumentException e) {
            error(reply, 400, "MALFORMED_QUERY", e.getMessage());
            return;
        }
        List<Map<String, Object>> columns = new ArrayList<>();
        for (String field : q.fields) {
            List<Map<String, Object>> level = columns;
            for (String segment : field.split("\\.")) {
                Map<String, Object> column = level.stream().filter(c -> segment.equals(c.get("columnName"))).findFirst().orElse(null);
                if (column == null) {
                    column = new LinkedHashMap<>();
                    column.put("aggregate", false);
                    column.put("apexType", null);
                    column.put("booleanType", false);
                    column.put("columnName", segment);
                    column.put("custom", false);
                    column.put("displayName", segment);
                    column.put("foreignKeyName", null);
                    column.put("insertable", false);
                    column.put("joinColumns", new ArrayList<Map<String, Object>>());
                    column.put("numberType", false);
                    column.put("textType", false);
                    column.put("updatable", false);
                    level.add(column);
                }
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> next = (List<Map<String, Object>>) column.get("joinColumns");
                level = next;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("columnMetadata", columns);
        out.put("entityName", q.object);
        out.put("groupBy", false);
        out.put("idSelected", q.fields.stream().anyMatch("Id"::equalsIgnoreCase));
        out.put("keyPrefix", null);
        json(reply, 200, out);
    }

    private synchronized void query(String soql, String apiVersion, boolean tooling, Reply reply) {
        Soql q;
        try {
            q = Soql.parse(soql);
        } catch (IllegalArgumentException e) {
            error(reply, 400, "MALFORMED_QUERY", e.getMessage());
            return;
        }
        List<Map<String, Object>> source;
        switch (q.object) {
            case "ScratchOrgInfo" -> {
                if (!scenario.devHub()) {
                    error(reply, 400, "INVALID_TYPE", "sObject type 'ScratchOrgInfo' is not supported.");
                    return;
                }
                source = List.of();
            }
            case "Organization" -> source = List.of(organization());
            case "User" -> source = users();
            case "Package2VersionCreateRequest" -> {
                String id = q.condition("Id");
                if (id != null && versionRequests.containsKey(id)) {
                    poll(versionRequests.get(id));
                }
                source = records.getOrDefault(q.object, List.of());
            }
            case "SubscriberPackageVersion" ->
                    source = subscriberPackageVersions(q.condition("Id"), q.condition("InstallationKey"));
            case "PackageInstallRequest" -> {
                records.getOrDefault(q.object, List.of()).forEach(this::refreshed);
                source = records.getOrDefault(q.object, List.of());
            }
            case "Package2", "Package2Version", "Package2VersionCreateRequestError", "InstalledSubscriberPackage" ->
                    source = records.getOrDefault(q.object, List.of());
            default -> {
                if (tooling || !StandInAssumptions.LAST_MODIFIED_SOBJECTS.contains(q.object)) {
                    error(reply, 400, "INVALID_TYPE", "sObject type '" + q.object + "' is not supported.");
                    return;
                }
                source = lastModifiedRecords(q.object);
            }
        }
        List<Map<String, Object>> rows = q.run(source, apiVersion);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("size", rows.size());
        result.put("totalSize", rows.size());
        result.put("done", true);
        result.put("queryLocator", null);
        result.put("entityTypeName", q.object);
        result.put("records", rows);
        json(reply, 200, result);
    }

    /**
     * One record per component of {@code type} the org holds, as {@link StandInAssumptions#LAST_MODIFIED_SOBJECTS}
     * assumes: its full name and when it last changed (a component the scenario put in without a time is as old as a
     * seeded app by default).
     */
    private List<Map<String, Object>> lastModifiedRecords(String type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Scenario.OrgComponent c : scenario.orgComponents()) {
            if (c.type().equals(type)) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put(TYPE_KEY, type);
                r.put("DeveloperName", c.fullName());
                r.put("LastModifiedDate", REST_DATE.format(lastModified.getOrDefault(type + ":" + c.fullName(),
                        Instant.now().minus(Duration.ofMinutes(Scenario.AppSeed.DEFAULT_MODIFIED_MINUTES_AGO)))));
                out.add(r);
            }
        }
        return out;
    }

    /** The users of the org (the login user first, {@code USER_ID}), all active. */
    private List<Map<String, Object>> users() {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (String username : scenario.users()) {
            n++;
            Map<String, Object> u = record("User", n == 1 ? USER_ID : StandInConsumers.caseSafe(
                    "005" + String.format(Locale.ROOT, "%012d", n)));
            u.put("Username", username);
            u.put("Name", n == 1 ? "Stand-in User" : username.substring(0, Math.max(1, username.indexOf('@'))));
            u.put("IsActive", true);
            out.add(u);
        }
        return out;
    }

    private Map<String, Object> organization() {
        Map<String, Object> o = record("Organization", orgId);
        o.put("Name", scenario.orgName());
        o.put("InstanceName", scenario.sandbox() ? "CS1" : "SI1");
        o.put("IsSandbox", scenario.sandbox());
        o.put("TrialExpirationDate", null);
        o.put("NamespacePrefix", scenario.namespacePrefix());
        o.put("OrganizationType", "Developer Edition");
        return o;
    }

    private synchronized void create(String type, String contentType, byte[] body, Reply reply) throws IOException {
        switch (type) {
            case "Package2" -> createPackage(body, reply);
            case "Package2VersionCreateRequest" -> createVersionRequest(contentType, body, reply);
            case "PackageInstallRequest" -> createInstallRequest(body, reply);
            default -> error(reply, 400, "INVALID_TYPE", "sObject type '" + type + "' is not supported for create.");
        }
    }

    private static Map<String, Object> saveResult(String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("success", true);
        r.put("errors", List.of());
        return r;
    }

    private void createPackage(byte[] body, Reply reply) throws IOException {
        String[] failure = scenario.packageCreateError();
        if (failure != null) {
            error(reply, 400, failure[0], failure[1]);
            return;
        }
        Map<String, Object> in = json.readValue(body, new TypeReference<>() { });
        String name = String.valueOf(in.get("Name"));
        String id = insertPackage(in);
        if (id == null) {
            error(reply, 400, "DUPLICATE_VALUE", "A package with the name " + name + " already exists in this Dev Hub.");
            return;
        }
        json(reply, 201, saveResult(id));
    }

    /**
     * A package that is in the Dev Hub from the start, as if {@code sf package create} had made it: for the cases
     * that test what comes after it (the creation itself has cases of its own). Ids count up from the org's start,
     * so the first package of a fresh org is always {@code 0Ho000000000001AAA}.
     *
     * @return the Package2 id
     */
    public String existingPackage(String name, String containerOptions) {
        String id = insertPackage(Map.of("Name", name, "ContainerOptions", containerOptions));
        if (id == null) {
            throw new IllegalStateException("the stand-in org already has a package named " + name);
        }
        return id;
    }

    /** Stores a Package2 record from the fields of a create request; null when the name is taken. */
    private synchronized String insertPackage(Map<String, Object> in) {
        String name = String.valueOf(in.get("Name"));
        for (Map<String, Object> p : records.getOrDefault("Package2", List.of())) {
            if (name.equals(p.get("Name"))) {
                return null;
            }
        }
        String container = String.valueOf(in.getOrDefault("ContainerOptions", "Managed"));
        Object ns = in.get("NamespacePrefix");
        String namespace = ns != null && !ns.toString().isEmpty() ? ns.toString()
                : "Managed".equals(container) ? scenario.namespacePrefix() : null;
        Map<String, Object> p = record("Package2", nextId("0Ho"));
        p.put("SubscriberPackageId", nextId("033"));
        p.put("Name", name);
        p.put("Description", in.get("Description"));
        p.put("NamespacePrefix", namespace);
        p.put("ContainerOptions", container);
        p.put("IsDeprecated", false);
        p.put("IsOrgDependent", "Unlocked".equals(container) && Boolean.TRUE.equals(in.get("IsOrgDependent")));
        p.put("ConvertedFromPackageId", null);
        p.put("PackageErrorUsername", in.get("PackageErrorUsername"));
        p.put("AppAnalyticsEnabled", false);
        p.put("RecommendedVersionId", null);
        store(p);
        return (String) p.get("Id");
    }

    @SuppressWarnings("unchecked")
    private void createVersionRequest(String contentType, byte[] body, Reply reply) throws IOException {
        Map<String, byte[]> parts = multipart(contentType, body);
        byte[] requestJson = parts.get("Package2VersionCreateRequest");
        if (requestJson == null) {
            error(reply, 400, "JSON_PARSER_ERROR", "missing Package2VersionCreateRequest part");
            return;
        }
        Map<String, Object> in = json.readValue(requestJson, new TypeReference<>() { });
        Map<String, Object> pkg = findById("Package2", String.valueOf(in.get("Package2Id")));
        if (pkg == null) {
            error(reply, 400, "FIELD_INTEGRITY_EXCEPTION", "Package2Id: id value of incorrect type: " + in.get("Package2Id"));
            return;
        }
        Map<String, byte[]> info = parts.containsKey("VersionInfo") ? unzip(parts.get("VersionInfo")) : Map.of();
        Map<String, Object> descriptor = info.containsKey("package2-descriptor.json")
                ? json.readValue(info.get("package2-descriptor.json"), new TypeReference<>() { })
                : Map.of();
        Map<String, byte[]> packageZip = info.containsKey("package.zip") ? unzip(info.get("package.zip")) : Map.of();
        Map<String, Object> r = record("Package2VersionCreateRequest", nextId("08c"));
        r.put("Status", "Queued");
        r.put("Package2Id", pkg.get("Id"));
        r.put("Package2", pkg);
        r.put("Package2VersionId", null);
        r.put("Package2Version", null);
        r.put("Tag", in.get("Tag"));
        r.put("Branch", in.get("Branch"));
        r.put("InstallKey", in.get("InstallKey"));
        r.put("IsConversionRequest", false);
        r.put("AsyncValidation", Boolean.TRUE.equals(in.get("AsyncValidation")));
        r.put("SkipValidation", Boolean.TRUE.equals(in.get("SkipValidation")));
        r.put("CalculateCodeCoverage", Boolean.TRUE.equals(in.get("CalculateCodeCoverage")));
        store(r);
        UploadedVersion upload = new UploadedVersion((String) r.get("Id"), in, descriptor, packageZip);
        uploads.add(upload);
        versionRequests.put((String) r.get("Id"), new VersionRequest(r, scenario.versionCreateOutcome(),
                scenario.versionCreatePolls(), scenario.versionCreateErrors(), upload));
        json(reply, 201, saveResult((String) r.get("Id")));
    }

    /** One status query of a version create request: moves it along according to the scenario captured at POST time. */
    private void poll(VersionRequest vr) {
        vr.polls++;
        if (vr.finished) {
            return;
        }
        if (vr.polls <= vr.pollsBefore) {
            vr.record.put("Status", "Queued");
            return;
        }
        switch (vr.outcome) {
            case IN_PROGRESS -> vr.record.put("Status", "InProgress");
            case ERROR -> {
                vr.record.put("Status", "Error");
                for (String message : vr.errors) {
                    Map<String, Object> e = record("Package2VersionCreateRequestError", nextId("0Hs"));
                    e.put("ParentRequestId", vr.record.get("Id"));
                    e.put("ParentRequest", Map.of(TYPE_KEY, "Package2VersionCreateRequest", "Id", vr.record.get("Id")));
                    e.put("Message", message);
                    store(e);
                }
                vr.finished = true;
            }
            case SUCCESS -> {
                Map<String, Object> version = buildVersion(vr);
                vr.record.put("Status", "Success");
                vr.record.put("Package2VersionId", version.get("Id"));
                vr.record.put("Package2Version", version);
                vr.finished = true;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> buildVersion(VersionRequest vr) {
        Map<String, Object> pkg = (Map<String, Object>) vr.record.get("Package2");
        Map<String, Object> d = vr.upload.descriptor();
        String versionNumber = String.valueOf(d.getOrDefault("versionNumber", "0.1.0.NEXT"));
        String[] parts = versionNumber.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        int build;
        if (parts.length > 3 && parts[3].matches("\\d+")) {
            build = Integer.parseInt(parts[3]);
        } else {
            build = 0;
            for (Map<String, Object> other : records.getOrDefault("Package2Version", List.of())) {
                if (pkg.get("Id").equals(other.get("Package2Id")) && major == (int) other.get("MajorVersion")
                        && minor == (int) other.get("MinorVersion") && patch == (int) other.get("PatchVersion")) {
                    build = Math.max(build, (int) other.get("BuildNumber"));
                }
            }
            build++;
        }
        Map<String, byte[]> zip = vr.upload.packageZip();
        long files = zip.keySet().stream().filter(n -> !n.endsWith("/") && !n.equals("package.xml")).count();
        long size = zip.values().stream().mapToLong(b -> b.length).sum();
        boolean coverage = Boolean.TRUE.equals(vr.record.get("CalculateCodeCoverage"));
        Object ancestor = d.get("ancestorId");
        Map<String, Object> v = record("Package2Version", nextId("05i"));
        v.put("Package2Id", pkg.get("Id"));
        v.put("Package2", pkg);
        v.put("SubscriberPackageVersionId", nextId("04t"));
        v.put("Tag", vr.record.get("Tag"));
        v.put("Branch", vr.record.get("Branch"));
        v.put("AncestorId", ancestor == null || ancestor.toString().isEmpty() ? null : ancestor);
        v.put("ValidationSkipped", vr.record.get("SkipValidation"));
        v.put("ValidatedAsync", vr.record.get("AsyncValidation"));
        v.put("Name", d.containsKey("versionName") ? d.get("versionName") : major + "." + minor + "." + patch);
        v.put("Description", d.get("versionDescription"));
        v.put("MajorVersion", major);
        v.put("MinorVersion", minor);
        v.put("PatchVersion", patch);
        v.put("BuildNumber", build);
        v.put("IsDeprecated", false);
        v.put("IsPasswordProtected", vr.record.get("InstallKey") != null);
        v.put("CodeCoverage", coverage ? Map.of("apexCodeCoveragePercentage", 100) : null);
        v.put("CodeCoveragePercentages", null);
        v.put("HasPassedCodeCoverageCheck", coverage);
        v.put("InstallKey", vr.record.get("InstallKey"));
        v.put("IsReleased", false);
        v.put("ConvertedFromVersionId", null);
        v.put("ReleaseVersion", Integer.parseInt(API_VERSION.substring(0, API_VERSION.indexOf('.'))));
        v.put("BuildDurationInSeconds", 1);
        v.put("EndToEndBuildDurationInSeconds", 1);
        v.put("HasMetadataRemoved", false);
        v.put("HasVpi", false);
        v.put("TotalNumberOfMetadataFiles", files);
        v.put("TotalSizeOfMetadataFiles", size);
        store(v);
        return v;
    }

    /**
     * SubscriberPackageVersion rows: derived from Package2Version; an unknown 04t (built elsewhere) is synthesised.
     * {@code InstallationKey} (sf's {@code package install --installation-key} filters on it) is the version's key,
     * or the key asked for when the version has none, so a wrong key finds no row, as in a real org.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> subscriberPackageVersions(String id, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> v : records.getOrDefault("Package2Version", List.of())) {
            out.add(subscriberPackageVersion(v, (Map<String, Object>) v.get("Package2"), key));
        }
        if (id != null && out.stream().noneMatch(r -> id.equals(r.get("Id")))) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("SubscriberPackageVersionId", id);
            v.put("Name", "Stand-in package version");
            v.put("MajorVersion", 1);
            v.put("MinorVersion", 0);
            v.put("PatchVersion", 0);
            v.put("BuildNumber", 1);
            v.put("IsReleased", true);
            v.put("IsPasswordProtected", false);
            Map<String, Object> pkg = new LinkedHashMap<>();
            pkg.put("SubscriberPackageId", "033000000000000AAA");
            pkg.put("ContainerOptions", "Managed");
            pkg.put("IsOrgDependent", false);
            pkg.put("Name", "Stand-in package");
            out.add(subscriberPackageVersion(v, pkg, key));
        }
        return out;
    }

    private Map<String, Object> subscriberPackageVersion(Map<String, Object> v, Map<String, Object> pkg, String key) {
        Map<String, Object> s = record("SubscriberPackageVersion", (String) v.get("SubscriberPackageVersionId"));
        s.put("InstallationKey", v.get("InstallKey") != null ? v.get("InstallKey") : key);
        boolean released = Boolean.TRUE.equals(v.get("IsReleased"));
        s.put("AppExchangeDescription", null);
        s.put("AppExchangeLogoUrl", null);
        s.put("AppExchangePackageName", null);
        s.put("AppExchangePublisherName", null);
        s.put("BuildNumber", v.get("BuildNumber"));
        s.put("CspTrustedSites", null);
        s.put("Dependencies", null);
        s.put("Description", v.get("Description"));
        s.put("InstallValidationStatus", "NO_ERRORS_DETECTED");
        s.put("IsBeta", !released);
        s.put("IsDeprecated", false);
        s.put("IsManaged", "Managed".equals(pkg.get("ContainerOptions")));
        s.put("IsOrgDependent", pkg.get("IsOrgDependent"));
        s.put("IsPasswordProtected", v.get("IsPasswordProtected"));
        s.put("IsSecurityReviewed", false);
        s.put("MajorVersion", v.get("MajorVersion"));
        s.put("MinorVersion", v.get("MinorVersion"));
        s.put("Name", v.get("Name"));
        s.put("Package2ContainerOptions", pkg.get("ContainerOptions"));
        s.put("PatchVersion", v.get("PatchVersion"));
        s.put("PostInstallUrl", null);
        s.put("Profiles", null);
        s.put("PublisherName", scenario.orgName());
        s.put("ReleaseNotesUrl", null);
        s.put("ReleaseState", released ? "Released" : "Beta");
        s.put("RemoteSiteSettings", null);
        s.put("SubscriberPackageId", pkg.get("SubscriberPackageId"));
        return s;
    }

    private void createInstallRequest(byte[] body, Reply reply) throws IOException {
        Map<String, Object> in = json.readValue(body, new TypeReference<>() { });
        Map<String, Object> r = record("PackageInstallRequest", nextId("0Hf"));
        String now = REST_DATE.format(Instant.now());
        r.put("IsDeleted", false);
        r.put("CreatedDate", now);
        r.put("CreatedById", USER_ID);
        r.put("LastModifiedDate", now);
        r.put("LastModifiedById", USER_ID);
        r.put("SystemModstamp", now);
        r.put("SubscriberPackageVersionKey", in.get("SubscriberPackageVersionKey"));
        r.put("NameConflictResolution", in.getOrDefault("NameConflictResolution", "Block"));
        r.put("SecurityType", capitalize(String.valueOf(in.getOrDefault("SecurityType", "None"))));
        r.put("PackageInstallSource", in.getOrDefault("PackageInstallSource", "U"));
        r.put("ProfileMappings", null);
        r.put("Password", null); // never echoed
        r.put("EnableRss", in.getOrDefault("EnableRss", false));
        r.put("UpgradeType", in.getOrDefault("UpgradeType", "mixed-mode"));
        r.put("ApexCompileType", in.getOrDefault("ApexCompileType", "all"));
        r.put("SkipHandlers", null);
        r.put("Status", "IN_PROGRESS");
        r.put("Errors", null);
        r.put("__outcome", scenario.installOutcome());
        r.put("__errors", scenario.installErrors());
        store(r);
        json(reply, 201, saveResult((String) r.get("Id")));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** PackageInstallRequests reach the scenario outcome on the first read. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> refreshed(Map<String, Object> r) {
        if ("PackageInstallRequest".equals(r.get(TYPE_KEY)) && "IN_PROGRESS".equals(r.get("Status"))) {
            Scenario.InstallOutcome outcome = (Scenario.InstallOutcome) r.get("__outcome");
            r.put("Status", outcome.name());
            if (outcome == Scenario.InstallOutcome.ERROR) {
                List<Map<String, Object>> errors = new ArrayList<>();
                for (String m : (List<String>) r.get("__errors")) {
                    errors.add(Map.of("message", m));
                }
                r.put("Errors", Map.of("errors", errors));
            } else if (outcome == Scenario.InstallOutcome.SUCCESS) {
                r.put("LastModifiedDate", REST_DATE.format(Instant.now()));
                r.put("SystemModstamp", r.get("LastModifiedDate"));
            }
        }
        return r;
    }

    private synchronized void update(String type, String id, byte[] body, Reply reply) throws IOException {
        Map<String, Object> r = id == null ? null : findById(type, id);
        if (r == null) {
            error(reply, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }
        Map<String, Object> in = json.readValue(body, new TypeReference<>() { });
        if ("Package2Version".equals(type) && Boolean.TRUE.equals(in.get("IsReleased"))
                && !Boolean.TRUE.equals(r.get("IsReleased"))) {
            for (Map<String, Object> other : records.getOrDefault("Package2Version", List.of())) {
                if (other != r && Boolean.TRUE.equals(other.get("IsReleased"))
                        && other.get("Package2Id").equals(r.get("Package2Id"))
                        && other.get("MajorVersion").equals(r.get("MajorVersion"))
                        && other.get("MinorVersion").equals(r.get("MinorVersion"))
                        && other.get("PatchVersion").equals(r.get("PatchVersion"))) {
                    error(reply, 400, "DUPLICATE_VALUE", "Version number " + r.get("MajorVersion") + "." + r.get("MinorVersion")
                            + "." + r.get("PatchVersion") + " was previously released. Specify a new version number.");
                    return;
                }
            }
        }
        r.putAll(in);
        r.put("LastModifiedDate", REST_DATE.format(Instant.now()));
        reply.status = 204;
    }

    // ------------------------------------------------------------------------------------------------------------
    // records

    private Map<String, Object> record(String type, String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(TYPE_KEY, type);
        r.put("Id", id);
        String now = REST_DATE.format(Instant.now());
        r.put("IsDeleted", false);
        r.put("CreatedDate", now);
        r.put("CreatedById", USER_ID);
        r.put("LastModifiedDate", now);
        r.put("LastModifiedById", USER_ID);
        r.put("SystemModstamp", now);
        return r;
    }

    private void store(Map<String, Object> r) {
        records.computeIfAbsent((String) r.get(TYPE_KEY), k -> new ArrayList<>()).add(r);
    }

    private synchronized Map<String, Object> findById(String type, String id) {
        for (Map<String, Object> r : records.getOrDefault(type, List.of())) {
            if (id.equals(r.get("Id")) || id.length() == 15 && r.get("Id").toString().startsWith(id)) {
                return r;
            }
        }
        return null;
    }

    /** A record without internal keys; relationship objects are reduced to their Id-less public fields. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> publicView(Map<String, Object> r) {
        Map<String, Object> out = new LinkedHashMap<>();
        r.forEach((k, v) -> {
            if (k.startsWith("__") || v instanceof Map<?, ?> m && m.containsKey(TYPE_KEY)) {
                return;
            }
            out.put(k, v);
        });
        return out;
    }

    private synchronized String nextId(String prefix) {
        int n = idCounters.computeIfAbsent(prefix, k -> new AtomicInteger()).incrementAndGet();
        return prefix + String.format(Locale.ROOT, "%012d", n) + "AAA";
    }

    // ------------------------------------------------------------------------------------------------------------
    // Metadata API (SOAP)

    private void soap(Document doc, Element op, Reply reply) throws IOException {
        String session = textOf(doc.getDocumentElement(), "sessionId");
        if (!scenario.accessToken().equals(session)) {
            soapFault(reply, "sf:INVALID_SESSION_ID", "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader");
            return;
        }
        if (op == null) {
            soapFault(reply, "sf:INVALID_OPERATION", "no operation");
            return;
        }
        StringBuilder result = new StringBuilder();
        switch (op.getLocalName()) {
            case "retrieve" -> result.append(retrieve(op));
            case "checkRetrieveStatus" -> {
                String r = checkRetrieveStatus(textOf(op, "asyncProcessId"));
                if (r == null) {
                    soapFault(reply, "sf:INVALID_ID_FIELD", "INVALID_ID_FIELD: Retrieve request not found");
                    return;
                }
                result.append(r);
            }
            case "deploy" -> result.append(deploy(op));
            case "checkDeployStatus" -> {
                String r = checkDeployStatus(textOf(op, "asyncProcessId"));
                if (r == null) {
                    soapFault(reply, "sf:INVALID_ID_FIELD", "INVALID_ID_FIELD: Deploy request not found");
                    return;
                }
                result.append(r);
            }
            default -> {
                soapFault(reply, "sf:INVALID_OPERATION", "stand-in org does not implement " + op.getLocalName());
                return;
            }
        }
        String name = op.getLocalName() + "Response";
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns=\"http://soap.sforce.com/2006/04/metadata\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Body><" + name + "><result>" + result + "</result></" + name + ">"
                + "</soapenv:Body></soapenv:Envelope>";
        reply.status = 200;
        reply.contentType = "text/xml;charset=UTF-8";
        reply.body = envelope.getBytes(StandardCharsets.UTF_8);
    }

    private static void soapFault(Reply reply, String code, String message) {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:sf=\"urn:fault.tooling.soap.sforce.com\">"
                + "<soapenv:Body><soapenv:Fault><faultcode>" + esc(code) + "</faultcode><faultstring>" + esc(message)
                + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
        reply.status = 500;
        reply.contentType = "text/xml;charset=UTF-8";
        reply.body = envelope.getBytes(StandardCharsets.UTF_8);
    }

    private synchronized String retrieve(Element op) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        NodeList types = op.getElementsByTagNameNS("*", "types");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            String name = textOf(t, "name");
            List<String> list = members.computeIfAbsent(name, k -> new ArrayList<>());
            for (Element m : children(t, "members")) {
                list.add(m.getTextContent().trim());
            }
        }
        String id = nextId("09S");
        retrieves.put(id, new RetrieveJob(id, members));
        return "<done>false</done><id>" + id + "</id><state>Queued</state>";
    }

    private synchronized String checkRetrieveStatus(String id) throws IOException {
        RetrieveJob job = retrieves.get(id);
        if (job == null) {
            return null;
        }
        String[] failure = scenario.retrieveFailure();
        if (failure != null) {
            return "<done>true</done><errorMessage>" + esc(failure[1]) + "</errorMessage><errorStatusCode>" + esc(failure[0])
                    + "</errorStatusCode><id>" + id + "</id><status>Failed</status><success>false</success>";
        }
        String now = SOAP_DATE.format(Instant.now());
        StringBuilder props = new StringBuilder();
        StringBuilder messages = new StringBuilder();
        Map<String, byte[]> zip = new LinkedHashMap<>();
        StringBuilder packageXml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n");
        for (Map.Entry<String, List<String>> e : job.members().entrySet()) {
            String type = e.getKey();
            List<Scenario.OrgComponent> found = new ArrayList<>();
            for (String member : e.getValue()) {
                if (member.equals("*")) {
                    scenario.orgComponents().stream().filter(c -> c.type().equals(type)).forEach(found::add);
                    continue;
                }
                Scenario.OrgComponent c = scenario.orgComponentOrNull(type, member);
                if (c == null) {
                    messages.append("<messages><fileName>unpackaged/package.xml</fileName><problem>")
                            .append(esc("Entity of type '" + type + "' named '" + member + "' cannot be found"))
                            .append("</problem></messages>");
                } else {
                    found.add(c);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            packageXml.append("    <types>\n");
            for (Scenario.OrgComponent c : found) {
                packageXml.append("        <members>").append(esc(c.fullName())).append("</members>\n");
                for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
                    zip.put("unpackaged/" + f.getKey(), f.getValue());
                    props.append(fileProperties("unpackaged/" + f.getKey(), c.fullName(), nextId("0Xs"), type, now));
                }
            }
            packageXml.append("        <name>").append(esc(type)).append("</name>\n    </types>\n");
        }
        packageXml.append("    <version>").append(API_VERSION).append("</version>\n</Package>\n");
        zip.put("unpackaged/package.xml", packageXml.toString().getBytes(StandardCharsets.UTF_8));
        props.append(fileProperties("unpackaged/package.xml", "unpackaged/package.xml", "", "Package", now));
        return "<done>true</done>" + props + "<id>" + id + "</id>" + messages
                + "<status>Succeeded</status><success>true</success><zipFile>"
                + Base64.getEncoder().encodeToString(zip(zip)) + "</zipFile>";
    }

    private static String fileProperties(String fileName, String fullName, String id, String type, String date) {
        return "<fileProperties><createdById>" + USER_ID + "</createdById><createdByName>Stand-in User</createdByName>"
                + "<createdDate>" + date + "</createdDate><fileName>" + esc(fileName) + "</fileName><fullName>" + esc(fullName)
                + "</fullName><id>" + id + "</id><lastModifiedById>" + USER_ID + "</lastModifiedById>"
                + "<lastModifiedByName>Stand-in User</lastModifiedByName><lastModifiedDate>" + date + "</lastModifiedDate>"
                + "<manageableState>unmanaged</manageableState><type>" + esc(type) + "</type></fileProperties>";
    }

    private synchronized String deploy(Element op) throws IOException {
        String zipBase64 = textOf(op, "ZipFile");
        Map<String, byte[]> files = unzip(Base64.getMimeDecoder().decode(zipBase64 == null ? "" : zipBase64));
        Map<String, String> options = new LinkedHashMap<>();
        for (Element opts : children(op, "DeployOptions")) {
            for (Node n = opts.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    options.merge(e.getLocalName(), e.getTextContent(), (a, b) -> a + "," + b);
                }
            }
        }
        String id = nextId("0Af");
        deploys.put(id, new DeployJob(id, files, options, SOAP_DATE.format(Instant.now())));
        deployedZips.add(new DeployedZip(id, files, options));
        return "<done>false</done><id>" + id + "</id><state>Queued</state>";
    }

    private record Component(String type, String fullName, String fileName, Map<String, byte[]> files) {
    }

    /** The components of a deploy zip: package.xml members matched to the zip entries whose base name is the member. */
    private static List<Component> components(Map<String, byte[]> files) {
        String root = "";
        byte[] packageXml = null;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey().endsWith("package.xml") && (packageXml == null || e.getKey().length() < root.length() + 11)) {
                packageXml = e.getValue();
                root = e.getKey().substring(0, e.getKey().length() - "package.xml".length());
            }
        }
        List<Component> out = new ArrayList<>();
        if (packageXml == null) {
            return out;
        }
        Document doc = parseXml(packageXml);
        NodeList types = doc.getElementsByTagNameNS("*", "types");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            String type = textOf(t, "name");
            for (Element m : children(t, "members")) {
                String member = m.getTextContent().trim();
                Map<String, byte[]> own = new LinkedHashMap<>();
                String fileName = null;
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    String rel = f.getKey().substring(f.getKey().startsWith(root) ? root.length() : 0);
                    if (rel.endsWith("/") || rel.equals("package.xml")) {
                        continue;
                    }
                    String base = rel.substring(rel.lastIndexOf('/') + 1).replaceFirst("-meta\\.xml$", "");
                    String folder = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
                    String folderType = Scenario.ECA_FOLDERS.get(folder);
                    if (base.contains(".") && base.substring(0, base.lastIndexOf('.')).equals(member)
                            && (folderType == null || folderType.equals(type))) {
                        own.put(rel, f.getValue());
                        if (fileName == null || !rel.endsWith("-meta.xml")) {
                            fileName = rel;
                        }
                    }
                }
                out.add(new Component(type, member, fileName == null ? "package.xml" : fileName, own));
            }
        }
        return out;
    }

    private synchronized String checkDeployStatus(String id) {
        DeployJob job = deploys.get(id);
        if (job == null) {
            return null;
        }
        // the outcome is decided once, on the first status check (minting a consumer twice would change the key)
        String result = deployResults.get(id);
        if (result == null) {
            result = deployOutcome(id, job);
            deployResults.put(id, result);
        }
        return result;
    }

    private String deployOutcome(String id, DeployJob job) {
        boolean checkOnly = "true".equals(job.options().get("checkOnly"));
        boolean rollback = !"false".equals(job.options().get("rollbackOnError"));
        Instant deployedAt = Instant.now();
        String now = SOAP_DATE.format(deployedAt);
        List<Component> comps = components(job.files());
        EcaDeploy eca = new EcaDeploy(comps);
        StringBuilder successes = new StringBuilder();
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        List<Component> ok = new ArrayList<>();
        for (Component c : comps) {
            String problem = scenario.deployProblem(c.type(), c.fullName(), c.fileName());
            if (problem == null) {
                problem = eca.problem(c);
            }
            if (problem != null) {
                failed++;
                failures.append("<componentFailures><changed>false</changed><columnNumber>0</columnNumber><componentType>")
                        .append(esc(c.type())).append("</componentType><created>false</created><createdDate>").append(now)
                        .append("</createdDate><deleted>false</deleted><fileName>").append(esc(c.fileName()))
                        .append("</fileName><fullName>").append(esc(c.fullName())).append("</fullName><lineNumber>0</lineNumber>")
                        .append("<problem>").append(esc(problem)).append("</problem><problemType>Error</problemType>")
                        .append("<success>false</success></componentFailures>");
            } else {
                ok.add(c);
            }
        }
        boolean success = failed == 0;
        boolean applied = !checkOnly && (success || !rollback);
        if (success || !rollback) {
            for (Component c : ok) {
                Scenario.OrgComponent existing = scenario.orgComponentOrNull(c.type(), c.fullName());
                boolean created = existing == null;
                boolean changed = !created && !sameFiles(existing.files(), c.files());
                successes.append(componentSuccess(c.type(), c.fullName(), c.fileName(), created, changed, now));
                if (applied) {
                    scenario.orgComponent(c.type(), c.fullName(), c.files());
                    deployedKeys.add(c.type() + ":" + c.fullName());
                    lastModified.put(c.type() + ":" + c.fullName(), deployedAt);
                }
            }
            if (applied) {
                eca.apply(ok);
            }
            if (success) {
                successes.append(componentSuccess("", "package.xml", "package.xml", false, true, now));
            }
        }
        String status = success ? "Succeeded" : (rollback || ok.isEmpty() ? "Failed" : "SucceededPartial");
        return "<checkOnly>" + checkOnly + "</checkOnly><completedDate>" + now + "</completedDate>"
                + "<createdBy>" + USER_ID + "</createdBy><createdByName>Stand-in User</createdByName>"
                + "<createdDate>" + job.createdDate() + "</createdDate>"
                + "<details>" + successes + failures
                + "<runTestResult><numFailures>0</numFailures><numTestsRun>0</numTestsRun><totalTime>0.0</totalTime></runTestResult>"
                + "</details><done>true</done><id>" + id + "</id>"
                + "<ignoreWarnings>" + "true".equals(job.options().get("ignoreWarnings")) + "</ignoreWarnings>"
                + "<lastModifiedDate>" + now + "</lastModifiedDate>"
                + "<numberComponentErrors>" + failed + "</numberComponentErrors>"
                + "<numberComponentsDeployed>" + (success || !rollback ? ok.size() : 0) + "</numberComponentsDeployed>"
                + "<numberComponentsTotal>" + comps.size() + "</numberComponentsTotal>"
                + "<numberTestErrors>0</numberTestErrors><numberTestsCompleted>0</numberTestsCompleted>"
                + "<numberTestsTotal>0</numberTestsTotal><rollbackOnError>" + rollback + "</rollbackOnError>"
                + "<runTestsEnabled>false</runTestsEnabled><startDate>" + job.createdDate() + "</startDate>"
                + "<status>" + status + "</status><success>" + success + "</success>";
    }

    // ------------------------------------------------------------------------------------------------------------
    // External Client Apps across orgs: consumers, oauthLink, run-as user (StandInAssumptions for the unknowns)

    static final String HEADER = "ExternalClientApplication";
    static final String OAUTH_SETTINGS = "ExtlClntAppOauthSettings";
    static final String GLOBAL_SETTINGS = "ExtlClntAppGlobalOauthSettings";
    static final String OAUTH_POLICIES = "ExtlClntAppOauthConfigurablePolicies";

    /** Puts an app this org is the source org of into it: a new consumer, header, OAuth and global OAuth settings. */
    private void seed(Scenario.AppSeed app) {
        Map<String, Object> consumer = StandInConsumers.mint(orgId, app.name(), null);
        Instant changed = Instant.now().minus(Duration.ofMinutes(app.modifiedMinutesAgo()));
        for (String key : List.of(HEADER + ":" + app.name(), OAUTH_SETTINGS + ":" + app.name() + "_oauth",
                GLOBAL_SETTINGS + ":" + app.name() + "_glbloauth")) {
            lastModified.put(key, changed);
        }
        String ns = "http://soap.sforce.com/2006/04/metadata";
        scenario.orgComponent(HEADER, app.name(), "externalClientApps/" + app.name() + ".eca",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExternalClientApplication xmlns=\"" + ns + "\">\n"
                        + "    <contactEmail>standin@example.com</contactEmail>\n"
                        + "    <distributionState>" + esc(app.distributionState()) + "</distributionState>\n"
                        + "    <isProtected>false</isProtected>\n"
                        + "    <label>" + esc(app.name()) + "</label>\n"
                        + "    <orgScopedExternalApp>" + orgId.substring(0, 15) + ":" + esc(app.name()) + "</orgScopedExternalApp>\n"
                        + "</ExternalClientApplication>\n");
        scenario.orgComponent(OAUTH_SETTINGS, app.name() + "_oauth", "extlClntAppOauthSettings/" + app.name() + "_oauth.ecaOauth",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppOauthSettings xmlns=\"" + ns + "\">\n"
                        + "    <commaSeparatedOauthScopes>" + esc(app.scopes()) + "</commaSeparatedOauthScopes>\n"
                        + "    <externalClientApplication>" + esc(app.name()) + "</externalClientApplication>\n"
                        + "    <label>" + esc(app.name()) + "_oauth</label>\n"
                        + "    <oauthLink>" + StandInConsumers.link(consumer) + "</oauthLink>\n"
                        + "</ExtlClntAppOauthSettings>\n");
        scenario.orgComponent(GLOBAL_SETTINGS, app.name() + "_glbloauth",
                "extlClntAppGlobalOauthSets/" + app.name() + "_glbloauth.ecaGlblOauth",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppGlobalOauthSettings xmlns=\"" + ns + "\">\n"
                        + "    <callbackUrl>" + esc(app.callbackUrl()) + "</callbackUrl>\n"
                        + "    <consumerKey>" + esc((String) consumer.get("key")) + "</consumerKey>\n"
                        + "    <externalClientApplication>" + esc(app.name()) + "</externalClientApplication>\n"
                        + "    <isPkceRequired>" + app.pkce() + "</isPkceRequired>\n"
                        + "    <label>" + esc(app.name()) + "_glbloauth</label>\n"
                        + "</ExtlClntAppGlobalOauthSettings>\n");
        oauthCredentials.addApp(app.name(), (String) consumer.get("consumerId"), (String) consumer.get("key"),
                (String) consumer.get("secret"), app.distributionState());
    }

    /** What one deploy means for the External Client Apps in it: checks per component, then the consumers. */
    private final class EcaDeploy {
        /** App name → the OAuth settings component of the deploy, and its oauthLink (null when absent). */
        private final Map<String, Component> settings = new LinkedHashMap<>();
        private final Map<String, String> links = new LinkedHashMap<>();
        /** App name → the global OAuth settings component of the deploy. */
        private final Map<String, Component> globals = new LinkedHashMap<>();
        private final Map<String, Component> headers = new LinkedHashMap<>();

        EcaDeploy(List<Component> comps) {
            for (Component c : comps) {
                switch (c.type()) {
                    case HEADER -> headers.put(c.fullName(), c);
                    case OAUTH_SETTINGS -> {
                        String app = app(c, "_oauth");
                        settings.put(app, c);
                        links.put(app, element(main(c), "oauthLink"));
                    }
                    case GLOBAL_SETTINGS -> globals.put(app(c, "_glbloauth"), c);
                    default -> { }
                }
            }
        }

        /** Why the org refuses {@code c}, or null. */
        String problem(Component c) {
            switch (c.type()) {
                case OAUTH_SETTINGS -> {
                    String app = app(c, "_oauth");
                    String link = links.get(app);
                    if (link == null) {
                        boolean consumer = globals.containsKey(app) || StandInConsumers.ofApp(orgId, app) != null;
                        return consumer || StandInAssumptions.UNLINKED_SETTINGS_WITHOUT_CONSUMER_ACCEPTED ? null
                                : StandInAssumptions.UNLINKED_SETTINGS_PROBLEM;
                    }
                    Map<String, Object> consumer = StandInConsumers.byLink(link);
                    if (consumer == null) {
                        return StandInAssumptions.UNKNOWN_OAUTH_LINK_PROBLEM;
                    }
                    if (!ownOrg(consumer) && !StandInAssumptions.LINKED_LOCAL_APP_ACCEPTED && "Local".equals(distributionState(app))) {
                        return StandInAssumptions.LINKED_LOCAL_APP_PROBLEM;
                    }
                    return null;
                }
                case GLOBAL_SETTINGS -> {
                    if (!StandInAssumptions.GLOBAL_SETTINGS_SOURCE_DEPLOYABLE) {
                        return StandInAssumptions.GLOBAL_SETTINGS_NOT_DEPLOYABLE_PROBLEM;
                    }
                    Map<String, Object> consumer = StandInConsumers.byLink(links.get(app(c, "_glbloauth")));
                    return consumer != null && !ownOrg(consumer) && !StandInAssumptions.LINK_WITH_GLOBAL_SETTINGS_ACCEPTED
                            ? StandInAssumptions.LINK_AND_GLOBAL_SETTINGS_PROBLEM : null;
                }
                case OAUTH_POLICIES -> {
                    String user = element(main(c), "clientCredentialsFlowUser");
                    return user == null || user.isBlank() || scenario.users().stream().anyMatch(user.strip()::equalsIgnoreCase)
                            ? null : StandInAssumptions.EXECUTION_USER_PROBLEM;
                }
                default -> {
                    return null;
                }
            }
        }

        /** After the components were stored: link, mint and write the generated values into what the org holds. */
        void apply(List<Component> ok) {
            for (Component c : ok) {
                if (c.type().equals(GLOBAL_SETTINGS)) {
                    String app = app(c, "_glbloauth");
                    Map<String, Object> consumer = StandInConsumers.ofApp(orgId, app);
                    if (consumer == null) {
                        consumer = StandInConsumers.mint(orgId, app, element(main(c), "consumerKey"));
                        oauthCredentials.addApp(app, (String) consumer.get("consumerId"), (String) consumer.get("key"),
                                (String) consumer.get("secret"), distributionState(app));
                    }
                    store(c, "consumerKey", (String) consumer.get("key"));
                }
            }
            for (Component c : ok) {
                if (c.type().equals(OAUTH_SETTINGS)) {
                    String app = app(c, "_oauth");
                    String link = links.get(app);
                    Map<String, Object> consumer = link != null ? StandInConsumers.byLink(link) : StandInConsumers.ofApp(orgId, app);
                    if (consumer == null) {
                        continue; // accepted without a consumer (StandInAssumptions.UNLINKED_SETTINGS_WITHOUT_CONSUMER_ACCEPTED)
                    }
                    if (!ownOrg(consumer)) {
                        oauthCredentials.addLinkedApp(app, distributionState(app));
                    }
                    if (link == null) {
                        store(c, "oauthLink", StandInConsumers.link(consumer));
                    }
                }
            }
        }

        private boolean ownOrg(Map<String, Object> consumer) {
            return orgId.substring(0, 15).equals(((String) consumer.get("orgId")).substring(0, 15));
        }

        /** The header's distributionState: from this deploy, else from the org. */
        private String distributionState(String app) {
            Component h = headers.get(app);
            if (h != null) {
                return element(main(h), "distributionState");
            }
            Scenario.OrgComponent held = scenario.orgComponentOrNull(HEADER, app);
            return held == null || held.files().isEmpty() ? null
                    : element(held.files().values().iterator().next(), "distributionState");
        }

        /** Adds {@code element} with {@code value} to the stored main file of {@code c} when it lacks one. */
        private void store(Component c, String element, String value) {
            Scenario.OrgComponent held = scenario.orgComponentOrNull(c.type(), c.fullName());
            if (held == null || !held.files().containsKey(c.fileName()) || element(held.files().get(c.fileName()), element) != null) {
                return;
            }
            Map<String, byte[]> files = new LinkedHashMap<>(held.files());
            files.put(c.fileName(), withElement(files.get(c.fileName()), element, value));
            scenario.orgComponent(c.type(), c.fullName(), files);
        }
    }

    /** The app a satellite belongs to: its {@code externalClientApplication}, else its name without {@code suffix}. */
    private static String app(Component c, String suffix) {
        String app = element(main(c), "externalClientApplication");
        if (app != null && !app.isBlank()) {
            return app.strip();
        }
        return c.fullName().endsWith(suffix) ? c.fullName().substring(0, c.fullName().length() - suffix.length()) : c.fullName();
    }

    private static byte[] main(Component c) {
        byte[] b = c.files().get(c.fileName());
        return b == null ? new byte[0] : b;
    }

    /** The text of the first {@code name} element directly under the root of {@code xml}, or null. */
    static String element(byte[] xml, String name) {
        if (xml == null || xml.length == 0) {
            return null;
        }
        Element root = parseXml(xml).getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    /**
     * {@code xml} with {@code <name>value</name>} added under the root, before the first element that sorts after it
     * (the elements of these types are in alphabetical order), indented like its neighbours.
     */
    static byte[] withElement(byte[] xml, String name, String value) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Element root = parseXml(xml).getDocumentElement();
        String before = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().compareTo(name) > 0) {
                before = e.getLocalName();
                break;
            }
        }
        String line = "<" + name + ">" + esc(value) + "</" + name + ">";
        int at = before == null ? -1 : text.indexOf("<" + before + ">");
        if (at < 0 && before != null) {
            at = text.indexOf("<" + before);
        }
        if (at < 0) {
            int end = text.lastIndexOf("</");
            int lineStart = text.lastIndexOf('\n', end) + 1;
            return (text.substring(0, lineStart) + "    " + line + "\n" + text.substring(lineStart)).getBytes(StandardCharsets.UTF_8);
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        String indent = text.substring(lineStart, at).isBlank() ? text.substring(lineStart, at) : "";
        return (text.substring(0, at) + line + "\n" + indent + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!java.util.Arrays.equals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String componentSuccess(String type, String fullName, String fileName, boolean created,
                                           boolean changed, String date) {
        return "<componentSuccesses><changed>" + changed + "</changed><componentType>" + esc(type) + "</componentType>"
                + "<created>" + created + "</created><createdDate>" + date + "</createdDate><deleted>false</deleted>"
                + "<fileName>" + esc(fileName) + "</fileName><fullName>" + esc(fullName) + "</fullName>"
                + "<id>0Xs000000000001AAA</id><success>true</success></componentSuccesses>";
    }

    // ------------------------------------------------------------------------------------------------------------
    // XML, zip and multipart helpers

    private static Document parseXml(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalArgumentException("unparseable XML: " + e.getMessage(), e);
        }
    }

    private static Element soapBody(Document doc) {
        NodeList bodies = doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body");
        return bodies.getLength() == 0 ? null : (Element) bodies.item(0);
    }

    private static Element firstChildElement(Element e) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                return el;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static String textOf(Element parent, String localName) {
        NodeList all = parent.getElementsByTagNameNS("*", localName);
        return all.getLength() == 0 ? null : all.item(0).getTextContent().trim();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Splits a multipart/form-data body into its parts by name. */
    private static Map<String, byte[]> multipart(String contentType, byte[] body) {
        Matcher m = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
        if (!m.find()) {
            throw new IllegalArgumentException("multipart without boundary");
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start += 2; // CRLF
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            String headers = new String(body, start, headerEnd - start, StandardCharsets.ISO_8859_1);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
            int contentStart = headerEnd + 4;
            int contentEnd = next - 2; // CRLF before the delimiter
            if (name.find() && contentEnd >= contentStart) {
                byte[] content = new byte[contentEnd - contentStart];
                System.arraycopy(body, contentStart, content, 0, content.length);
                parts.put(name.group(1), content);
            }
            pos = next;
        }
        return parts;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
