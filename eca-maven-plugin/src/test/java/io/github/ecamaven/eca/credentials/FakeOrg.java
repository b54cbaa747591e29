package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.sf.OrgIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An in-memory org behind {@link SfRest}: one Local app with one consumer, its primary pair and a staged slot, the
 * documented response shapes, and switches for the setting-off and missing-permission answers. Records every call,
 * and lets {@link Faults} fail any request before or after it takes effect.
 */
final class FakeOrg implements SfRest {

    /** The process died (killed with -9) at a request: nothing of the state machine may catch it. */
    static final class ProcessDeath extends Error {
        private static final long serialVersionUID = 1L;

        ProcessDeath() {
            super("killed", null, false, false);
        }
    }

    static final String APP_ID = "0xI000000000001AAA";
    static final String CONSUMER = "888000000000001AAA";

    final List<String> calls = new ArrayList<>();
    /** The paths as sent, with the API version. */
    final List<String> paths = new ArrayList<>();
    /** The version {@code sf org display} reports; null for unknown. */
    String orgApiVersion;
    /** Shared with a {@link FakeNango} so one request count spans both. */
    Faults faults = new Faults();
    final Map<String, Predicate<String>> failures = new LinkedHashMap<>();
    String app = "Nango_Integration";
    String key = "3MVG9.PRIMARY.KEY";
    String secret = "PRIMARY-SECRET-0001";
    String stagedId;
    String stagedKey;
    String stagedSecret;
    String stagedState;
    boolean settingOff;
    boolean noPermission;
    /** The org's id, as {@code sf org display} reports it. */
    String orgId = "00D000000000001AAA";
    /** {@code Organization.IsSandbox}. */
    boolean sandbox;
    /** The credentials API does not list the app (as an org whose consumer is elsewhere, or which does not serve it). */
    boolean appUnlisted;
    int nextId = 1;
    /** The staged pairs deleted: "KEY STATE". */
    final List<String> deleted = new ArrayList<>();

    /** Fails calls whose "METHOD path" matches with a 500 (name for the test's readability). */
    FakeOrg failOn(String name, Predicate<String> call) {
        failures.put(name, call);
        return this;
    }

    @Override
    public String orgApiVersion() {
        return orgApiVersion;
    }

    @Override
    public OrgIdentity identity() {
        return new OrgIdentity(orgId, "admin@example.com", "https://example.my.salesforce.com", "it", orgApiVersion);
    }

    @Override
    public Response send(String method, String path, String body) throws CredentialsException {
        String call = method + " " + path.replaceFirst("^services/data/v\\d+\\.\\d+/apps/oauth/", "");
        calls.add(call);
        paths.add(path);
        for (Predicate<String> f : failures.values()) {
            if (f.test(call)) {
                return new Response(500, "[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"injected failure\"}]");
            }
        }
        Faults.Kind fault = faults.next("org " + call);
        if (fault == Faults.Kind.REFUSED_4XX) {
            return new Response(400, "[{\"errorCode\":\"INVALID_INPUT\",\"message\":\"injected refusal\"}]");
        }
        if (fault == Faults.Kind.FAILED_5XX) {
            return new Response(500, "[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"injected failure\"}]");
        }
        if (fault == Faults.Kind.DEATH_BEFORE) {
            throw new ProcessDeath();
        }
        Response r = answer(method, call, body);
        faults.afterRequest();
        if (fault == Faults.Kind.APPLIED_THEN_5XX) {
            return new Response(500, "[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"injected failure after"
                    + " the effect\"}]");
        }
        if (fault == Faults.Kind.APPLIED_THEN_TIMEOUT) {
            // what OrgSessionRest throws when the answer does not come in time
            throw new CredentialsException("'it' did not answer " + method + " within 60 s (injected).", true);
        }
        if (fault == Faults.Kind.DEATH_AFTER) {
            throw new ProcessDeath();
        }
        return r;
    }

    private Response answer(String method, String call, String body) {
        String p = call.substring(call.indexOf(' ') + 1);
        String base = "credentials/" + APP_ID + "/" + CONSUMER;
        if (p.matches("services/data/v\\d+\\.\\d+/query\\?q=SELECT\\+IsSandbox\\+FROM\\+Organization")) {
            return ok("{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Organization\"},"
                    + "\"IsSandbox\":" + sandbox + "}]}");
        }
        if (p.startsWith("usage")) {
            return ok("{\"apps\":[" + (appUnlisted ? "" : "{\"developerName\":\"" + app + "\",\"identifier\":\""
                    + APP_ID + "\"},") + "{\"developerName\":\"Other_App\",\"identifier\":\"0xI000000000002AAA\"}]}");
        }
        if (p.equals("credentials/" + APP_ID)) {
            return ok("{\"consumers\":[{\"id\":\"" + CONSUMER + "\",\"key\":\"" + key + "\",\"name\":\"" + app + "\"}]}");
        }
        boolean wantsSecret = p.contains("part=keyandsecret") || p.contains("part=secret") || p.contains("/staged");
        if (wantsSecret && settingOff) {
            return new Response(403, "[{\"errorCode\":\"FUNCTIONALITY_NOT_ENABLED\",\"message\":\"Access to consumer"
                    + " secrets through the REST API is not currently enabled for this org.\"}]");
        }
        if (wantsSecret && noPermission) {
            return new Response(403, "[{\"errorCode\":\"INSUFFICIENT_ACCESS\",\"message\":\"You don't have"
                    + " permission to view the consumer secret.\"}]");
        }
        if (p.startsWith(base + "?part=")) {
            return ok("{\"id\":\"" + CONSUMER + "\",\"key\":\"" + key + "\""
                    + (p.endsWith("part=key") ? "" : ",\"secret\":\"" + secret + "\"") + "}");
        }
        if (p.equals(base + "/staged")) {
            if (method.equals("GET")) {
                return ok("{\"stagedCredentials\":[" + (stagedId == null ? "" : staged()) + "]}");
            }
            if (stagedId != null) {
                return new Response(400, "[{\"errorCode\":\"INVALID_INPUT\",\"message\":\"A staged credential exists.\"}]");
            }
            stagedId = "0xM00000000000" + nextId + "AAA";
            stagedKey = "3MVG9.STAGED.KEY." + nextId;
            stagedSecret = "STAGED-SECRET-000" + nextId;
            stagedState = "Active";
            nextId++;
            return ok("{\"stagedCredentials\":[" + staged() + "]}");
        }
        if (stagedId != null && p.equals(base + "/staged/" + stagedId)) {
            switch (method) {
                case "GET" -> {
                    return ok(staged());
                }
                case "DELETE" -> {
                    deleted.add(stagedKey + " " + stagedState);
                    stagedId = null;
                    return new Response(204, "");
                }
                case "PATCH" -> {
                    if (!"Active".equals(stagedState) || !body.contains("\"rotate\"")) {
                        return new Response(400, "[{\"errorCode\":\"INVALID_INPUT\",\"message\":\"cannot rotate\"}]");
                    }
                    String k = key;
                    String s = secret;
                    key = stagedKey;
                    secret = stagedSecret;
                    stagedKey = k;
                    stagedSecret = s;
                    stagedState = "Rotated";
                    return ok(staged());
                }
                default -> {
                }
            }
        }
        return new Response(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");
    }

    private String staged() {
        return "{\"id\":\"" + stagedId + "\",\"key\":\"" + stagedKey + "\",\"secret\":\"" + stagedSecret
                + "\",\"state\":\"" + stagedState + "\"}";
    }

    private static Response ok(String body) {
        return new Response(200, body);
    }
}
