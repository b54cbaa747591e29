package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.sf.OrgIdentity;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link SfRest} over sf's login: one {@code sf org display --target-org <org> --json} gives the instance URL, who the
 * org is ({@link #identity()}: its id and API version) and the session sf holds for the org (sf refreshes it when it
 * has expired), and the REST calls of the goal go straight to the org with it. A rotation makes about eight calls; through {@code sf api request rest} each would start sf
 * (about a second of CPU and two of wall time each), so the goal would spend most of its time starting sf.
 *
 * <p>The session lives in memory for the goal only: never logged, never written, sent only over https (or http to
 * this machine). An answer 401 (the session ended meanwhile) makes one new {@code sf org display} and one retry.
 */
public final class OrgSessionRest implements SfRest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final SfCli sf;
    private final String targetOrg;
    private final EcaLog log;
    private final HttpClient http;
    private Session session;

    private record Session(URI instance, Secret token, OrgIdentity identity) {
    }

    /** @param targetOrg sf alias or username; null for sf's default org */
    public OrgSessionRest(SfCli sf, String targetOrg, EcaLog log) {
        this.sf = sf;
        this.targetOrg = targetOrg;
        this.log = log;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(EnvironmentProxy.fromEnvironment()).build();
    }

    @Override
    public synchronized Response send(String method, String path, String jsonBody)
            throws SfCliException, CredentialsException {
        if (session == null) {
            session = open();
        }
        Response r = exchange(session, method, path, jsonBody);
        if (r.status() == 401) {
            log.debug(() -> "HTTP 401 from " + org() + ": asking sf for its session again");
            session = open();
            r = exchange(session, method, path, jsonBody);
        }
        Response answer = r;
        log.debug(() -> method + " " + path + " → " + answer);
        return answer;
    }

    /** The org's API version from {@code sf org display} ({@code apiVersion}); null when sf did not say. */
    @Override
    public synchronized String orgApiVersion() throws SfCliException, CredentialsException {
        if (session == null) {
            session = open();
        }
        return session.identity().apiVersion();
    }

    /** Who the org is, from the same {@code sf org display} that gave the session (no second call). */
    @Override
    public synchronized OrgIdentity identity() throws SfCliException, CredentialsException {
        if (session == null) {
            session = open();
        }
        return session.identity();
    }

    private Session open() throws SfCliException, CredentialsException {
        JsonNode result = sf.run(SfCommand.of("org", "display").option("--target-org", targetOrg).build()).result();
        String url = text(result, "instanceUrl");
        String token = text(result, "accessToken");
        if (url == null || token == null) {
            throw new CredentialsException("sf org display gave no instance URL or session for " + org() + ". Log in"
                    + " again: sf org login web --alias <alias>, then pass -D" + PropertyNames.TARGET_ORG + "=<alias>.",
                    true);
        }
        URI instance;
        try {
            instance = new URI(url.replaceAll("/+$", ""));
        } catch (URISyntaxException e) {
            throw new CredentialsException("sf org display gave " + org() + " the instance URL '" + url + "', which is"
                    + " not a URL. Log in again (sf org login web).", true, e);
        }
        if (!SecretTransport.allows(instance)) {
            throw new CredentialsException("the instance URL of " + org() + " is " + url + "; the plugin sends the"
                    + " org's session only over https:// (or http:// to this machine). Log in again with an https"
                    + " instance URL.", true);
        }
        return new Session(instance, Secret.of(token), OrgIdentity.from(result));
    }

    private Response exchange(Session s, String method, String path, String jsonBody) throws CredentialsException {
        URI uri = URI.create(s.instance() + "/" + path.replaceFirst("^/+", ""));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + s.token().reveal())
                .header("Accept", "application/json");
        if ("GET".equals(method)) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    jsonBody == null || jsonBody.isBlank() ? "{}" : jsonBody, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body() == null ? "" : r.body().strip());
        } catch (HttpTimeoutException e) {
            throw new CredentialsException(org() + " at " + s.instance() + " did not answer " + method + " " + path
                    + " within " + REQUEST_TIMEOUT.toSeconds() + " s; check the network and sf org display.", true, e);
        } catch (IOException e) {
            throw new CredentialsException("the org " + org() + " at " + s.instance() + " could not be reached ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); check the network and sf org display --target-org "
                    + (targetOrg == null ? "<alias>" : targetOrg) + ".", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException("interrupted while calling " + org() + ".", true, e);
        }
    }

    private String org() {
        return targetOrg == null ? "sf's default org" : "'" + targetOrg + "'";
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }
}
