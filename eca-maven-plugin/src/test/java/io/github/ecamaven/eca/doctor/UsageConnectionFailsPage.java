package io.github.ecamaven.eca.doctor;

import static io.github.ecamaven.eca.doctor.DoctorProject.APP;
import static io.github.ecamaven.eca.doctor.DoctorProject.GLOBAL;
import static io.github.ecamaven.eca.doctor.DoctorProject.HEADER;
import static io.github.ecamaven.eca.doctor.DoctorProject.OTHER_ID;
import static io.github.ecamaven.eca.doctor.DoctorProject.POLICIES;
import static io.github.ecamaven.eca.doctor.DoctorProject.SOURCE_ID;

import io.github.ecamaven.eca.credentials.NangoClient;
import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the site page "When the connection fails": the template
 * {@code src/site-templates/usage-connection-fails.md.vm} with one section per {@link ErrorFamily}, each with the
 * error as the user saw it and the output of a real doctor run over an in-memory org and Nango set up to produce it,
 * so the page shows what the current code prints. The build runs it in {@code process-test-classes} into
 * {@code target/generated-site/markdown/}. A family without a scenario here fails the build.
 */
public final class UsageConnectionFailsPage {

    static final String MARKER = "<!-- doctor: families -->";
    static final String KEY = "3MVG9.PAGE.SOURCE.KEY";
    static final String OTHER_KEY = "3MVG9.PAGE.OTHER.KEY";
    static final String SECRET = "PAGE-NANGO-SECRET";
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** Stands in for the scratch folder in the output. */
    static final String ROOT_SHOWN = "/home/runner/work/crm/crm";

    private UsageConnectionFailsPage() {}

    /** One doctor run: what is set up, the error the user saw, the command line. */
    record Scenario(String setup, String error, String options, DoctorProject project, FakeOrgView target,
            FakeOrgView source, NangoClient.Integration integration, String nangoUrl) {
    }

    /** {@code args[0]}: the template; {@code args[1]}: the page to write; {@code args[2]}: a scratch directory. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: UsageConnectionFailsPage <template.md.vm> <out.md.vm>"
                    + " <scratch>");
        }
        String page = render(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Path.of(args[2]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, page, StandardCharsets.UTF_8);
    }

    static String render(String template, Path scratch) throws Exception {
        if (!template.contains(MARKER)) {
            throw new IllegalArgumentException("the template has no line " + MARKER);
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<ErrorFamily, Scenario> e : scenarios().entrySet()) {
            b.append(section(e.getKey(), e.getValue(), scratch));
        }
        return template.replace(MARKER, b.toString().stripTrailing());
    }

    private static NangoClient.Integration integration(String provider, String clientId, String scopes) {
        return new NangoClient.Integration("salesforce-crm", provider, new NangoClient.OAuthClient(clientId,
                Secret.of(SECRET), scopes));
    }

    /** A scenario for every family; an error when one has none. */
    static Map<ErrorFamily, Scenario> scenarios() {
        DoctorProject fine = DoctorProject.local();
        NangoClient.Integration good = integration("salesforce", KEY, "api,refresh_token");
        Map<ErrorFamily, Scenario> s = new EnumMap<>(ErrorFamily.class);
        s.put(ErrorFamily.CROSS_ORG, new Scenario("A Local app of the source org, used by a user of a customer org.",
                "OAUTH_AUTHORIZATION_BLOCKED: Cross-org OAuth flows are not supported for this external client app",
                "-Deca.targetOrg=customer", fine, new FakeOrgView("customer", OTHER_ID), null, good, null));
        DoctorProject packaged = fine.copy().edit(HEADER, ">Local<", ">Packaged<");
        s.put(ErrorFamily.APP_NOT_INSTALLED, new Scenario("A Packaged app whose package the customer org has not"
                + " installed.", "OAUTH_EC_APP_NOT_FOUND: External client app is not installed in this org",
                "-Deca.targetOrg=customer", packaged, new FakeOrgView("customer", OTHER_ID), null, good, null));
        s.put(ErrorFamily.REDIRECT_URI_MISMATCH, new Scenario("A self-hosted Nango, while the app registers Nango"
                + " Cloud's callback.", "https://crm.example.com/?error=redirect_uri_mismatch&error_description="
                + "redirect_uri%20must%20match%20configuration", "-Deca.targetOrg=crm"
                + " -Deca.nangoUrl=https://nango.example.com", fine, FakeOrgView.holding("crm", SOURCE_ID, fine, KEY),
                null, good, "https://nango.example.com"));
        s.put(ErrorFamily.INVALID_CLIENT_ID, new Scenario("Nango holds the consumer key of a sandbox, while users log"
                + " in to production.", "error=invalid_client_id&error_description=client%20identifier%20invalid",
                "-Deca.targetOrg=crm", fine, FakeOrgView.holding("crm", SOURCE_ID, fine, KEY), null,
                integration("salesforce", OTHER_KEY, "api,refresh_token"), null));
        FakeOrgView sandbox = FakeOrgView.holding("uat", SOURCE_ID, fine, KEY);
        sandbox.sandbox = true;
        s.put(ErrorFamily.MISSING_CODE_CHALLENGE, new Scenario("A sandbox behind Nango's production provider; PKCE"
                + " is on and Nango sends a challenge, which rules that cause out.",
                "{\"error\":\"invalid_request\",\"error_description\":\"missing required code challenge\"}",
                "-Deca.targetOrg=uat", fine, sandbox, null, good, null));
        DoctorProject noPkce = fine.copy().edit(GLOBAL, "<isPkceRequired>true", "<isPkceRequired>false");
        s.put(ErrorFamily.INVALID_CODE_VERIFIER, new Scenario("PKCE off in the app while Nango sends a challenge and"
                + " a verifier.", "invalid_grant: invalid code verifier", "-Deca.targetOrg=crm", noPkce,
                FakeOrgView.holding("crm", SOURCE_ID, noPkce, KEY), null, good, null));
        FakeOrgView fresh = FakeOrgView.holding("crm", SOURCE_ID, fine, KEY);
        fresh.modified.put("ExtlClntAppGlobalOauthSettings", NOW.minusSeconds(240));
        s.put(ErrorFamily.INVALID_GRANT, new Scenario("A consumer created four minutes ago.",
                "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}",
                "-Deca.targetOrg=crm", fine, fresh, null, good, null));
        FakeOrgView selfAuthorized = FakeOrgView.holding("crm", SOURCE_ID, fine, KEY);
        DoctorProject preAuthorized = fine.copy().edit(POLICIES, "AllSelfAuthorized", "AdminApprovedPreAuthorized");
        s.put(ErrorFamily.USER_NOT_APPROVED, new Scenario("The project pre-authorizes users (for the JWT flow); the"
                + " org still lets them self-authorize.", "user hasn't approved this consumer", "-Deca.targetOrg=crm",
                preAuthorized, selfAuthorized, null, good, null));
        FakeOrgView adminApproved = FakeOrgView.holding("crm", SOURCE_ID, preAuthorized, KEY);
        s.put(ErrorFamily.NOT_ADMIN_APPROVED, new Scenario("The org admits only pre-authorized users; the project"
                + " lets users self-authorize.", "{\"error\":\"invalid_grant\",\"error_description\":\"user is not"
                + " admin approved to access this app\"}", "-Deca.targetOrg=crm", fine, adminApproved, null, good,
                null));
        s.put(ErrorFamily.EXECUTION_USER, new Scenario("A deploy into a customer org failed on the client credentials"
                + " run-as user, so the app never arrived.", "Enter a valid execution user for the OAuth client"
                + " credentials flow.", "-Deca.targetOrg=customer", fine, new FakeOrgView("customer", OTHER_ID), null,
                good, null));
        for (ErrorFamily f : ErrorFamily.values()) {
            if (!s.containsKey(f)) {
                throw new IllegalStateException("no doctor scenario for the error family " + f
                        + "; add one to UsageConnectionFailsPage.scenarios()");
            }
        }
        return s;
    }

    /** Runs doctor on the scenario and returns its console output and report as doctor prints and writes them. */
    static RecordingLog run(Scenario sc, Path scratch, String name) throws Exception {
        Path root = scratch.toAbsolutePath().resolve(name);
        FileTrees.deleteRecursively(root);
        sc.project().write(root);
        NangoView nango = key -> Optional.of(sc.integration());
        DoctorRequest r = new DoctorRequest(root, root.resolve("target"), null, List.of(APP), sc.target().alias,
                sc.source() == null ? null : sc.source().alias, null, sc.integration().uniqueKey(), sc.nangoUrl(),
                null, Secret.of("page-nango-api-key"), "the environment variable NANGO_SECRET_KEY", sc.error(), false,
                root.resolve("target/eca"));
        RecordingLog log = new RecordingLog(false);
        new Doctor(null, log, Clock.fixed(NOW, ZoneOffset.UTC)).examine(r, sc.target(), sc.source(), nango);
        return log;
    }

    private static String section(ErrorFamily f, Scenario sc, Path scratch) throws Exception {
        RecordingLog log = run(sc, scratch, f.name().toLowerCase(java.util.Locale.ROOT));
        Path root = scratch.toAbsolutePath().resolve(f.name().toLowerCase(java.util.Locale.ROOT));
        List<String> console = log.lines.stream()
                .map(l -> l.replaceFirst("^\\[WARN\\] ", "[WARNING] ").replace(root.toString(), ROOT_SHOWN))
                .toList();
        String command = "mvn eca:doctor " + sc.options() + " -Deca.nangoIntegration=salesforce-crm \\\n"
                + "    -Deca.doctor.error='" + sc.error().replace("'", "'\\''") + "'";
        return "<a id=\"" + f.faqAnchor() + "\"></a>\n\n" + "$h2 " + f.title() + "\n\n" + sc.setup()
                + " The user saw:\n\n"
                + fence("", sc.error()) + "\n\n" + fence("", command + "\n\n" + String.join("\n", console)) + "\n\n"
                + "More in the [FAQ](faq.html#" + f.faqAnchor() + ").\n\n";
    }

    /** A fenced block inside Velocity's unparsed-content markers, so that no '#' or '$' of the output is read. */
    private static String fence(String language, String body) {
        return "#[[\n```" + language + "\n" + body.stripTrailing() + "\n```\n]]#";
    }

    /** For the tests: the page with the template's marker alone. */
    static String renderMarkerOnly(Path scratch) throws Exception {
        return render(MARKER, scratch);
    }
}
