package io.github.ecamaven.eca.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ecamaven.eca.credentials.CredentialsException;
import io.github.ecamaven.eca.credentials.OrgCredentialsApi;
import io.github.ecamaven.eca.credentials.SfRest;
import io.github.ecamaven.eca.sf.OrgIdentity;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCommand;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An org as doctor reads it: one {@code sf org display} for who it is and its session, the org's REST API with it
 * (GET only: the OAuth usage and credentials resources, two SOQL queries) and one {@code sf project retrieve start}
 * into a folder of the build directory.
 */
final class SfOrgView implements OrgView {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RETRIEVE_WAIT_MINUTES = 10;
    private static final DateTimeFormatter SALESFORCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final SfCli sf;
    private final String alias;
    private final SfRest rest;
    private final OrgCredentialsApi api;
    private final Path projectDir;
    private OrgIdentity identity;

    /**
     * @param alias sf alias or username; null for sf's default org
     * @param rest the org's REST API (GET only is sent)
     */
    SfOrgView(SfCli sf, String alias, SfRest rest, String projectApiVersion, Path projectDir) {
        this.sf = sf;
        this.alias = alias;
        this.rest = rest;
        this.api = new OrgCredentialsApi(rest, projectApiVersion, alias);
        this.projectDir = projectDir;
    }

    /** Who the org is, from the one {@code sf org display} that also gives the session (else its own). */
    @Override
    public synchronized OrgIdentity identity() throws Exception {
        if (identity == null) {
            OrgIdentity fromSession = rest.identity();
            identity = fromSession != null ? fromSession : OrgIdentity.of(sf, alias);
        }
        return identity;
    }

    @Override
    public Boolean isSandbox() throws Exception {
        JsonNode records = query("SELECT Id, IsSandbox, Name FROM Organization");
        if (records == null || records.isEmpty() || !records.get(0).path("IsSandbox").isBoolean()) {
            return null;
        }
        return records.get(0).path("IsSandbox").asBoolean();
    }

    @Override
    public List<String> appNames() throws Exception {
        return api.apps().stream().map(OrgCredentialsApi.OrgApp::developerName).toList();
    }

    @Override
    public String consumerKey(String app) throws Exception {
        OrgCredentialsApi.OrgApp a = api.app(app);
        return api.credentials(a, api.consumer(a), false).key();
    }

    @Override
    public Map<String, Instant> lastModified(Map<String, String> components) throws Exception {
        Map<String, Instant> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : components.entrySet()) {
            JsonNode records = query(String.format(DoctorAssumptions.LAST_MODIFIED_QUERY, c.getKey(),
                    c.getValue().replace("'", "")));
            if (records != null && !records.isEmpty()) {
                Instant t = time(records.get(0).path("LastModifiedDate").asText(""));
                if (t != null) {
                    out.put(c.getKey(), t);
                }
            }
        }
        return out;
    }

    @Override
    public Path retrieve(Map<String, String> components, Path folder) throws Exception {
        SfCommand.Builder b = SfCommand.of("project", "retrieve", "start");
        components.forEach((type, name) -> b.option("--metadata", type + ":" + name));
        b.option("--target-org", alias).option("--output-dir", projectDir.relativize(folder.toAbsolutePath())
                .toString()).option("--wait", RETRIEVE_WAIT_MINUTES)
                .minimumTimeout(Duration.ofMinutes(RETRIEVE_WAIT_MINUTES + 1L));
        sf.run(b.build());
        return folder;
    }

    /** The records of a SOQL query, or null when the org does not answer it. */
    private JsonNode query(String soql) throws Exception {
        String version = rest.orgApiVersion();
        String path = "services/data/v" + (version == null ? OrgCredentialsApi.MINIMUM_API_VERSION : version)
                + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
        SfRest.Response r = rest.send("GET", path, null);
        if (!r.ok()) {
            return null;
        }
        try {
            return JSON.readTree(r.body()).path("records");
        } catch (java.io.IOException e) {
            throw new CredentialsException("the org answered a query with something other than JSON.", true, e);
        }
    }

    private static Instant time(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, SALESFORCE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
