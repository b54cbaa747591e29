package io.github.ecamaven.eca.doctor;

import static io.github.ecamaven.eca.doctor.DoctorProject.APP;
import static io.github.ecamaven.eca.doctor.DoctorProject.GLOBAL;
import static io.github.ecamaven.eca.doctor.DoctorProject.HEADER;
import static io.github.ecamaven.eca.doctor.DoctorProject.OAUTH;
import static io.github.ecamaven.eca.doctor.DoctorProject.OTHER_ID;
import static io.github.ecamaven.eca.doctor.DoctorProject.SOURCE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.credentials.NangoClient;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of eca:doctor answering ✓, ✗ and ? over in-memory orgs and Nango. */
class DoctorChecksTest {

    static final String KEY = "3MVG9.SOURCE.CONSUMER.KEY";
    static final String OTHER_KEY = "3MVG9.OTHER.CONSUMER.KEY";
    static final String SECRET = "NANGO-HELD-SECRET-0001";
    static final String NANGO_KEY = "nango-api-key-0001";
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path dir;

    /** One run's inputs: the project, the orgs, the integration, the options. */
    final class Scenario {
        DoctorProject project = DoctorProject.local();
        FakeOrgView target;
        FakeOrgView source;
        NangoClient.Integration integration = new NangoClient.Integration("nango-sf", "salesforce",
                new NangoClient.OAuthClient(KEY, Secret.of(SECRET), "api,refresh_token"));
        boolean nango = true;
        String sourceOrgId;
        String nangoUrl;
        String error;
        boolean failOnError;
        final RecordingLog log = new RecordingLog(false);

        Scenario() {
            target = FakeOrgView.holding("crm", SOURCE_ID, project, KEY);
        }

        DoctorRequest request(Path root) {
            return new DoctorRequest(root, root.resolve("target"), null, List.of(APP), target.alias, source == null
                    ? null : source.alias, sourceOrgId, "nango-sf", nangoUrl, null, Secret.of(NANGO_KEY),
                    "the environment variable NANGO_SECRET_KEY", error, failOnError, root.resolve("target/eca"));
        }

        Path root;

        DoctorReport run() throws Exception {
            root = project.write(Files.createTempDirectory(dir, "project"));
            NangoView view = nango ? key -> key.equals(integration == null ? null : integration.uniqueKey())
                    ? Optional.of(integration) : Optional.empty() : null;
            return new Doctor(null, log, Clock.fixed(NOW, ZoneOffset.UTC)).examine(request(root), target, source,
                    view);
        }

        CheckResult run(DoctorCheck c) throws Exception {
            return run().check(c);
        }
    }

    private static void assertStatus(CheckResult r, CheckStatus s) {
        assertThat(r.status()).as(r.check().id() + ": " + r.detail()).isEqualTo(s);
    }

    @Test
    void everythingFinePassesEveryCheck() throws Exception {
        Scenario s = new Scenario();
        DoctorReport report = s.run();
        assertThat(report.checks()).allSatisfy(c -> assertStatus(c, CheckStatus.OK));
        assertThat(report.checks()).extracting(c -> c.check().id()).containsExactly("project.valid",
                "org.app-present", "org.local-same-org", "org.link-to-source", "org.settings-match",
                "nango.integration-exists", "nango.provider-fits-org", "nango.client-id-matches",
                "nango.scopes-granted", "nango.callback-registered", "nango.pkce-consistent", "timing.propagation");
        assertThat(s.target.calls).noneMatch(c -> c.startsWith("consumerKey") && s.target.broken != null);
    }

    @Test
    void projectValid() throws Exception {
        Scenario bad = new Scenario();
        bad.project.edit(GLOBAL, "https://api.nango.dev/oauth/callback", "http://api.nango.dev/oauth/callback");
        CheckResult r = bad.run(DoctorCheck.PROJECT_VALID);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail()).contains("error(s)");
        assertThat(r.fix()).contains("eca:validate");
    }

    @Test
    void appPresent() throws Exception {
        Scenario missing = new Scenario();
        missing.target = new FakeOrgView("crm", SOURCE_ID);
        CheckResult r = missing.run(DoctorCheck.ORG_APP_PRESENT);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.fix()).contains("eca:deploy -Deca.targetOrg=crm");

        Scenario listedOnly = new Scenario();
        listedOnly.target = new FakeOrgView("crm", SOURCE_ID);
        listedOnly.target.apps.add(APP);
        assertStatus(listedOnly.run(DoctorCheck.ORG_APP_PRESENT), CheckStatus.OK);

        Scenario broken = new Scenario();
        broken.target.broken = "sf is not logged in to crm";
        CheckResult b = broken.run(DoctorCheck.ORG_APP_PRESENT);
        assertStatus(b, CheckStatus.UNKNOWN);
        assertThat(b.detail()).contains("sf is not logged in to crm");
    }

    @Test
    void localSameOrg() throws Exception {
        Scenario cross = new Scenario();
        cross.target = new FakeOrgView("customer", OTHER_ID);
        CheckResult r = cross.run(DoctorCheck.ORG_LOCAL_SAME_ORG);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail()).contains("Local app of org 00D000000000001").contains("cross-org");
        assertThat(r.fix()).contains("linked").contains("Packaged");

        Scenario packaged = new Scenario();
        packaged.target = new FakeOrgView("customer", OTHER_ID);
        packaged.project.edit(HEADER, ">Local<", ">Packaged<");
        assertStatus(packaged.run(DoctorCheck.ORG_LOCAL_SAME_ORG), CheckStatus.OK);

        Scenario unscoped = new Scenario();
        unscoped.target = new FakeOrgView("customer", OTHER_ID);
        unscoped.project.edit(HEADER, "    <orgScopedExternalApp>00D000000000001:Nango_App</orgScopedExternalApp>\n",
                "");
        assertStatus(unscoped.run(DoctorCheck.ORG_LOCAL_SAME_ORG), CheckStatus.UNKNOWN);
    }

    /** A customer org with the app deployed linked to {@code linkedOrg}'s consumer. */
    private Scenario linked(String linkedOrg) {
        Scenario s = new Scenario();
        DoctorProject orgSide = s.project.copy().remove(GLOBAL).edit(OAUTH, "    <label>",
                "    <oauthLink>" + linkedOrg.substring(0, 15) + ":888000000000001</oauthLink>\n    <label>")
                .edit(HEADER, "00D000000000001:", "00D000000000003:");
        s.target = FakeOrgView.holding("customer", "00D000000000003AAA", orgSide, OTHER_KEY);
        s.target.keys.clear();
        return s;
    }

    @Test
    void linkToSource() throws Exception {
        assertStatus(new Scenario().run(DoctorCheck.ORG_LINK_TO_SOURCE), CheckStatus.OK);
        assertStatus(linked(SOURCE_ID).run(DoctorCheck.ORG_LINK_TO_SOURCE), CheckStatus.OK);

        CheckResult wrong = linked(OTHER_ID).run(DoctorCheck.ORG_LINK_TO_SOURCE);
        assertStatus(wrong, CheckStatus.FAILED);
        assertThat(wrong.detail()).contains("00D000000000002").contains("00D000000000001");

        Scenario absent = new Scenario();
        absent.target = new FakeOrgView("customer", OTHER_ID);
        CheckResult a = absent.run(DoctorCheck.ORG_LINK_TO_SOURCE);
        assertStatus(a, CheckStatus.UNKNOWN);
        assertThat(a.detail()).contains("has no OAuth settings of Nango_App");
        assertStatus(absent.run().check(DoctorCheck.NANGO_CLIENT_ID_MATCHES), CheckStatus.UNKNOWN);

        Scenario unknown = linked(OTHER_ID);
        unknown.project.edit(HEADER, "    <orgScopedExternalApp>00D000000000001:Nango_App</orgScopedExternalApp>\n",
                "");
        CheckResult u = unknown.run(DoctorCheck.ORG_LINK_TO_SOURCE);
        assertStatus(u, CheckStatus.UNKNOWN);
        assertThat(u.fix()).contains("eca.sourceOrgId");
    }

    @Test
    void settingsMatch() throws Exception {
        Scenario drift = new Scenario();
        drift.target.retrieved.put(GLOBAL, drift.target.retrieved.get(GLOBAL).replace("<isPkceRequired>true",
                "<isPkceRequired>false"));
        CheckResult r = drift.run(DoctorCheck.ORG_SETTINGS_MATCH);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail()).contains("isPkceRequired: repository true, org false");

        assertStatus(linked(SOURCE_ID).run(DoctorCheck.ORG_SETTINGS_MATCH), CheckStatus.OK);

        // a linked org's policies are its admin's: other values, or none deployed, are no failure there
        Scenario adminsOwn = linked(SOURCE_ID);
        adminsOwn.target.retrieved.put(DoctorProject.POLICIES, adminsOwn.target.retrieved.get(DoctorProject.POLICIES)
                .replace(">Infinite<", ">Zero<"));
        CheckResult own = adminsOwn.run(DoctorCheck.ORG_SETTINGS_MATCH);
        assertStatus(own, CheckStatus.OK);
        assertThat(own.detail()).contains("The org's admin set its own policies (policies.refreshTokenPolicyType:"
                + " repository Infinite, org Zero)");
        Scenario noPolicies = linked(SOURCE_ID);
        noPolicies.target.retrieved.remove(DoctorProject.POLICIES);
        assertStatus(noPolicies.run(DoctorCheck.ORG_SETTINGS_MATCH), CheckStatus.OK);
        // the same difference in the org that holds the consumer is a failure
        Scenario sourceOwn = new Scenario();
        sourceOwn.target.retrieved.put(DoctorProject.POLICIES, sourceOwn.target.retrieved.get(DoctorProject.POLICIES)
                .replace(">Infinite<", ">Zero<"));
        assertStatus(sourceOwn.run(DoctorCheck.ORG_SETTINGS_MATCH), CheckStatus.FAILED);
        // a linked org whose OAuth settings differ is told to deploy linked
        Scenario linkedDrift = linked(SOURCE_ID);
        linkedDrift.target.retrieved.put(OAUTH, linkedDrift.target.retrieved.get(OAUTH).replace("RefreshToken",
                "OpenID"));
        CheckResult ld = linkedDrift.run(DoctorCheck.ORG_SETTINGS_MATCH);
        assertStatus(ld, CheckStatus.FAILED);
        assertThat(ld.fix()).contains("-Deca.deploy.formation=linked");

        Scenario empty = new Scenario();
        empty.target.retrieved.clear();
        assertStatus(empty.run(DoctorCheck.ORG_SETTINGS_MATCH), CheckStatus.UNKNOWN);
    }

    @Test
    void integrationExists() throws Exception {
        Scenario none = new Scenario();
        none.integration = null;
        CheckResult r = none.run(DoctorCheck.NANGO_INTEGRATION_EXISTS);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.fix()).contains("eca:credentials");

        Scenario noKey = new Scenario();
        noKey.nango = false;
        CheckResult u = noKey.run(DoctorCheck.NANGO_INTEGRATION_EXISTS);
        assertStatus(u, CheckStatus.UNKNOWN);
        assertThat(u.detail()).contains("NANGO_SECRET_KEY");
        assertStatus(noKey.run().check(DoctorCheck.NANGO_CLIENT_ID_MATCHES), CheckStatus.UNKNOWN);
    }

    @Test
    void providerFitsOrg() throws Exception {
        Scenario sandbox = new Scenario();
        sandbox.target.sandbox = true;
        CheckResult r = sandbox.run(DoctorCheck.NANGO_PROVIDER_FITS_ORG);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.fix()).contains("salesforce-sandbox");

        Scenario fits = new Scenario();
        fits.target.sandbox = true;
        fits.integration = new NangoClient.Integration("nango-sf", "salesforce-sandbox",
                fits.integration.credentials());
        assertStatus(fits.run(DoctorCheck.NANGO_PROVIDER_FITS_ORG), CheckStatus.OK);

        Scenario untold = new Scenario();
        untold.target.sandbox = null;
        assertStatus(untold.run(DoctorCheck.NANGO_PROVIDER_FITS_ORG), CheckStatus.UNKNOWN);
    }

    @Test
    void clientIdMatches() throws Exception {
        Scenario other = new Scenario();
        other.integration = new NangoClient.Integration("nango-sf", "salesforce",
                new NangoClient.OAuthClient(OTHER_KEY, Secret.of(SECRET), "api,refresh_token"));
        CheckResult r = other.run(DoctorCheck.NANGO_CLIENT_ID_MATCHES);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail() + r.fix()).doesNotContain(KEY).doesNotContain(OTHER_KEY);

        Scenario linkedOk = linked(SOURCE_ID);
        linkedOk.source = FakeOrgView.holding("source", SOURCE_ID, linkedOk.project, KEY);
        assertStatus(linkedOk.run(DoctorCheck.NANGO_CLIENT_ID_MATCHES), CheckStatus.OK);

        Scenario linkedNoSource = linked(SOURCE_ID);
        CheckResult u = linkedNoSource.run(DoctorCheck.NANGO_CLIENT_ID_MATCHES);
        assertStatus(u, CheckStatus.UNKNOWN);
        assertThat(u.fix()).contains("eca.doctor.sourceOrg");

        Scenario noCredentials = new Scenario();
        noCredentials.integration = new NangoClient.Integration("nango-sf", "salesforce", null);
        assertStatus(noCredentials.run(DoctorCheck.NANGO_CLIENT_ID_MATCHES), CheckStatus.UNKNOWN);
    }

    @Test
    void clientIdOfTheSourceOrgInAnIndependentOrgIsNamed() throws Exception {
        Scenario s = new Scenario();
        s.target = FakeOrgView.holding("customer", OTHER_ID, s.project.copy().edit(HEADER, "00D000000000001:",
                "00D000000000002:"), OTHER_KEY);
        s.source = FakeOrgView.holding("source", SOURCE_ID, s.project, KEY);
        CheckResult r = s.run(DoctorCheck.NANGO_CLIENT_ID_MATCHES);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail()).contains("It is the consumer key of the source org");
    }

    @Test
    void scopesGranted() throws Exception {
        Scenario more = new Scenario();
        more.integration = new NangoClient.Integration("nango-sf", "salesforce",
                new NangoClient.OAuthClient(KEY, Secret.of(SECRET), "api,refresh_token,openid"));
        CheckResult r = more.run(DoctorCheck.NANGO_SCOPES_GRANTED);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail()).contains("openid");

        Scenario offline = new Scenario();
        offline.integration = new NangoClient.Integration("nango-sf", "salesforce",
                new NangoClient.OAuthClient(KEY, Secret.of(SECRET), "offline_access"));
        assertStatus(offline.run(DoctorCheck.NANGO_SCOPES_GRANTED), CheckStatus.OK);

        Scenario hidden = new Scenario();
        hidden.integration = new NangoClient.Integration("nango-sf", "salesforce", null);
        assertStatus(hidden.run(DoctorCheck.NANGO_SCOPES_GRANTED), CheckStatus.UNKNOWN);
    }

    @Test
    void callbackRegistered() throws Exception {
        Scenario selfHosted = new Scenario();
        selfHosted.nangoUrl = "https://nango.example.com";
        CheckResult r = selfHosted.run(DoctorCheck.NANGO_CALLBACK_REGISTERED);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail()).contains("https://nango.example.com/oauth/callback");

        Scenario none = linked(SOURCE_ID);
        none.project.remove(GLOBAL);
        assertStatus(none.run(DoctorCheck.NANGO_CALLBACK_REGISTERED), CheckStatus.UNKNOWN);
    }

    @Test
    void pkceConsistent() throws Exception {
        Scenario off = new Scenario();
        off.project.edit(GLOBAL, "<isPkceRequired>true", "<isPkceRequired>false");
        off.target.retrieved.putAll(off.project.orgFiles());
        CheckResult r = off.run(DoctorCheck.NANGO_PKCE_CONSISTENT);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.fix()).contains("isPkceRequired");

        Scenario none = linked(SOURCE_ID);
        none.project.remove(GLOBAL);
        assertStatus(none.run(DoctorCheck.NANGO_PKCE_CONSISTENT), CheckStatus.UNKNOWN);
    }

    @Test
    void propagation() throws Exception {
        Scenario fresh = new Scenario();
        fresh.target.modified.put("ExtlClntAppGlobalOauthSettings", NOW.minusSeconds(180));
        CheckResult r = fresh.run(DoctorCheck.TIMING_PROPAGATION);
        assertStatus(r, CheckStatus.FAILED);
        assertThat(r.detail()).contains("3 minute(s) ago");
        assertThat(r.fix()).contains("12:12 UTC");

        Scenario untold = new Scenario();
        untold.target.modified.clear();
        assertStatus(untold.run(DoctorCheck.TIMING_PROPAGATION), CheckStatus.UNKNOWN);
    }

    @Test
    void anErrorPutsTheChecksOfItsCausesFirst() throws Exception {
        Scenario s = new Scenario();
        s.nangoUrl = "https://nango.example.com";
        s.error = "https://app.example.com/cb?error=redirect_uri_mismatch&error_description="
                + "redirect_uri%20must%20match%20configuration";
        DoctorReport report = s.run();
        assertThat(report.error().families()).contains(ErrorFamily.REDIRECT_URI_MISMATCH);
        assertThat(report.checks().get(0).check()).isEqualTo(DoctorCheck.NANGO_CALLBACK_REGISTERED);
        assertThat(report.checks()).hasSize(DoctorCheck.values().length);
        String json = Files.readString(s.root.resolve("target/eca/doctor.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"code\" : \"redirect_uri_mismatch\"").contains("\"families\"")
                .contains("REDIRECT_URI_MISMATCH");
        assertThat(String.join("\n", s.log.lines)).contains("The error: redirect_uri_mismatch");
    }

    @Test
    void reportsHoldTheStableFieldsAndNoSecret() throws Exception {
        Scenario s = new Scenario();
        s.integration = new NangoClient.Integration("nango-sf", "salesforce",
                new NangoClient.OAuthClient(OTHER_KEY, Secret.of(SECRET), "api,refresh_token"));
        s.run();
        String json = Files.readString(s.root.resolve("target/eca/doctor.json"), StandardCharsets.UTF_8);
        String md = Files.readString(s.root.resolve("target/eca/doctor.md"), StandardCharsets.UTF_8);
        for (String text : List.of(json, md, String.join("\n", s.log.lines))) {
            assertThat(text).doesNotContain(SECRET).doesNotContain(NANGO_KEY).doesNotContain(KEY)
                    .doesNotContain(OTHER_KEY);
        }
        assertThat(json).contains("\"checks\"", "\"id\" : \"nango.client-id-matches\"", "\"status\" : \"failed\"",
                "\"title\"", "\"detail\"", "\"fix\"", "\"faq\" : \"faq.html#invalid_client_id\"", "\"error\" : null",
                "\"summary\"", "\"failed\" : 1");
        assertThat(md).contains("| ✗ | `nango.client-id-matches`");
        assertThat(s.root.resolve("target/eca")).isDirectoryNotContaining("glob:**doctor-org-*");
    }

    @Test
    void aFailedCheckFailsTheBuildUnlessFailOnIsNever() throws Exception {
        Scenario s = new Scenario();
        s.failOnError = true;
        s.target.sandbox = true;
        assertThatThrownBy(s::run).isInstanceOf(DoctorException.class)
                .hasMessageContaining("1 check(s) failed: nango.provider-fits-org")
                .hasMessageContaining("eca.doctor.failOn=never");
        assertThat(s.root.resolve("target/eca/doctor.json")).exists();

        Scenario fine = new Scenario();
        fine.failOnError = true;
        assertThat(fine.run().failed()).isEmpty();
    }
}
