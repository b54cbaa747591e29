package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.sf.OrgIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An org as doctor sees it, in memory: who it is, whether it is a sandbox, the apps it lists, their consumer keys,
 * when they changed, and the files a retrieve brings. A null answer or a {@link #broken} org makes the read fail.
 */
final class FakeOrgView implements OrgView {

    final String orgId;
    final String alias;
    Boolean sandbox = false;
    final List<String> apps = new ArrayList<>();
    final Map<String, String> keys = new LinkedHashMap<>();
    final Map<String, Instant> modified = new LinkedHashMap<>();
    /** What a retrieve writes: path below the output folder → text. */
    final Map<String, String> retrieved = new LinkedHashMap<>();
    /** A reason every read fails with (not logged in); null for a working org. */
    String broken;
    final List<String> calls = new ArrayList<>();

    FakeOrgView(String alias, String orgId) {
        this.alias = alias;
        this.orgId = orgId;
    }

    /** An org that holds the project's app as deployed, with a consumer key. */
    static FakeOrgView holding(String alias, String orgId, DoctorProject project, String key) {
        FakeOrgView o = new FakeOrgView(alias, orgId);
        o.apps.add(DoctorProject.APP);
        o.keys.put(DoctorProject.APP, key);
        o.retrieved.putAll(project.orgFiles());
        o.modified.put("ExternalClientApplication", Instant.parse("2026-01-01T00:00:00Z"));
        return o;
    }

    private void read(String what) throws IOException {
        calls.add(what);
        if (broken != null) {
            throw new IOException(broken);
        }
    }

    @Override
    public OrgIdentity identity() throws IOException {
        read("identity");
        return new OrgIdentity(orgId, alias + "@example.com", "https://" + alias + ".my.salesforce.com", alias, "65.0");
    }

    @Override
    public Boolean isSandbox() throws IOException {
        read("isSandbox");
        return sandbox;
    }

    @Override
    public List<String> appNames() throws IOException {
        read("appNames");
        return apps;
    }

    @Override
    public String consumerKey(String app) throws IOException {
        read("consumerKey " + app);
        String k = keys.get(app);
        if (k == null) {
            throw new IOException("no consumer of " + app + " in " + alias);
        }
        return k;
    }

    @Override
    public Map<String, Instant> lastModified(Map<String, String> components) throws IOException {
        read("lastModified");
        return modified;
    }

    @Override
    public Path retrieve(Map<String, String> components, Path folder) throws IOException {
        read("retrieve " + components.keySet());
        for (Map.Entry<String, String> f : retrieved.entrySet()) {
            Path p = folder.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }
}
