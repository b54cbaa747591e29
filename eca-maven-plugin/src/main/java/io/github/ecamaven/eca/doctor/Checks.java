package io.github.ecamaven.eca.doctor;

import static io.github.ecamaven.eca.doctor.DoctorCheck.*;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.credentials.NangoClient;
import io.github.ecamaven.eca.credentials.NangoProvider;
import io.github.ecamaven.eca.drift.DriftDetector;
import io.github.ecamaven.eca.drift.DriftReport;
import io.github.ecamaven.eca.drift.FieldDrift;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.project.OrgFormation;
import io.github.ecamaven.eca.project.SourceOrg;
import io.github.ecamaven.eca.sf.OrgIdentity;
import io.github.ecamaven.eca.text.Sha256;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.ValidationRequest;
import io.github.ecamaven.eca.validate.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of one doctor run over the facts it reads once each: the project's files, the target org (and the source
 * org when named), the Nango integration. A fact that cannot be read makes the checks that need it answer "?".
 */
final class Checks {

    /** A fact read once: its value, or why it could not be read. */
    private interface Read<T> {
        T get() throws Exception;
    }

    private static final class Fact<T> {
        private final Read<T> read;
        private boolean done;
        private T value;
        private String why;

        Fact(Read<T> read) {
            this.read = read;
        }

        T value() {
            load();
            return value;
        }

        /** Why the fact is unknown; null when it was read. */
        String why() {
            load();
            return why;
        }

        private void load() {
            if (!done) {
                done = true;
                try {
                    value = read.get();
                } catch (Exception e) {
                    why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                }
            }
        }
    }

    private final DoctorRequest request;
    private final String app;
    private final ProjectFiles project;
    private final OrgView target;
    private final OrgView source;
    private final Clock clock;
    private final Path retrieveFolder;
    private final Fact<OrgIdentity> targetId;
    private final Fact<Map<MetadataType, EcaFile>> retrieved;
    private final Fact<Optional<NangoClient.Integration>> integration;

    Checks(DoctorRequest request, String app, ProjectFiles project, OrgView target, OrgView source, NangoView nango,
            Path retrieveFolder, Clock clock) {
        this.request = request;
        this.app = app;
        this.project = project;
        this.target = target;
        this.source = source;
        this.clock = clock;
        this.retrieveFolder = retrieveFolder;
        this.targetId = new Fact<>(target::identity);
        this.retrieved = new Fact<>(() -> ProjectFiles.byType(EcaFile.find(retrieveFolder, List.of(
                target.retrieve(project.components(app), retrieveFolder)), Set.of(app))));
        this.integration = new Fact<>(() -> {
            if (request.nangoIntegration() == null) {
                throw new IllegalStateException("no Nango integration named (-D" + PropertyNames.NANGO_INTEGRATION
                        + "=<unique key>)");
            }
            if (nango == null) {
                throw new IllegalStateException("no Nango API key in " + request.nangoKeySource());
            }
            return nango.integration(request.nangoIntegration());
        });
    }

    /** Every check, in the order of {@link DoctorCheck}. */
    Map<DoctorCheck, CheckResult> run() {
        Map<DoctorCheck, CheckResult> out = new EnumMap<>(DoctorCheck.class);
        for (DoctorCheck c : DoctorCheck.values()) {
            out.put(c, run(c));
        }
        return out;
    }

    CheckResult run(DoctorCheck c) {
        try {
            return switch (c) {
                case PROJECT_VALID -> projectValid();
                case ORG_APP_PRESENT -> appPresent();
                case ORG_LOCAL_SAME_ORG -> localSameOrg();
                case ORG_LINK_TO_SOURCE -> linkToSource();
                case ORG_SETTINGS_MATCH -> settingsMatch();
                case NANGO_INTEGRATION_EXISTS -> integrationExists();
                case NANGO_PROVIDER_FITS_ORG -> providerFits();
                case NANGO_CLIENT_ID_MATCHES -> clientIdMatches();
                case NANGO_SCOPES_GRANTED -> scopesGranted();
                case NANGO_CALLBACK_REGISTERED -> callbackRegistered();
                case NANGO_PKCE_CONSISTENT -> pkceConsistent();
                case TIMING_PROPAGATION -> propagation();
            };
        } catch (Exception e) {
            return CheckResult.unknown(c, "could not check: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), "Fix what the detail names and run eca:doctor again.");
        }
    }

    // ---- project

    private CheckResult projectValid() throws Exception {
        ValidationResult v = EcaValidator.validate(ValidationRequest.of(request.projectDir())
                .withSourceOrgId(request.sourceOrgId()), io.github.ecamaven.eca.log.EcaLog.NONE);
        long errors = v.count(Severity.ERROR);
        String summary = v.count(Severity.ERROR) + " error(s), " + v.count(Severity.WARNING) + " warning(s)";
        if (errors == 0) {
            return CheckResult.ok(PROJECT_VALID, summary + ".");
        }
        List<String> ids = v.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId)
                .distinct().limit(5).toList();
        return CheckResult.failed(PROJECT_VALID, summary + " (" + String.join(", ", ids) + ").",
                "Run mvn eca:validate and fix the errors it names at file, line and column.");
    }

    // ---- org

    private String targetName() {
        OrgIdentity id = targetId.value();
        return id == null ? (request.targetOrg() == null ? "sf's default org" : "'" + request.targetOrg() + "'")
                : id.describe();
    }

    private String deployHint() {
        return "mvn eca:deploy -D" + PropertyNames.TARGET_ORG + "=" + (request.targetOrg() == null ? "<alias>"
                : request.targetOrg());
    }

    private CheckResult appPresent() throws Exception {
        if (retrieved.why() == null && retrieved.value().containsKey(MetadataType.EXTERNAL_CLIENT_APPLICATION)) {
            return CheckResult.ok(ORG_APP_PRESENT, app + " is in " + targetName() + ".");
        }
        List<String> listed;
        try {
            listed = target.appNames();
        } catch (Exception e) {
            return CheckResult.unknown(ORG_APP_PRESENT, "the org could not be read: " + e.getMessage()
                    + (retrieved.why() == null ? "" : "; the retrieve failed: " + retrieved.why()),
                    "Log in with sf org login web and run eca:doctor again.");
        }
        if (listed.contains(app)) {
            return CheckResult.ok(ORG_APP_PRESENT, app + " is listed by " + targetName() + ".");
        }
        boolean packaged = "Packaged".equals(project.text(MetadataType.EXTERNAL_CLIENT_APPLICATION,
                "distributionState"));
        return CheckResult.failed(ORG_APP_PRESENT, app + " is not in " + targetName() + " (the org lists "
                + (listed.isEmpty() ? "no External Client App" : String.join(", ", listed)) + ").",
                packaged ? "Install the app's package version in this org (mvn eca:package-install), then connect"
                        + " again." : "Deploy the app into this org (" + deployHint() + "), or install its package.");
    }

    private CheckResult localSameOrg() throws Exception {
        String state = project.text(MetadataType.EXTERNAL_CLIENT_APPLICATION, "distributionState");
        if ("Packaged".equals(state)) {
            return CheckResult.ok(ORG_LOCAL_SAME_ORG, app + " is Packaged: every org that installs it may use it.");
        }
        if (targetId.why() != null) {
            return CheckResult.unknown(ORG_LOCAL_SAME_ORG, "who the target org is is unknown: " + targetId.why(),
                    "Log in with sf org login web --alias <alias> and pass -D" + PropertyNames.TARGET_ORG + ".");
        }
        String orgId = targetId.value().orgId();
        EcaFile orgHeader = retrieved.why() == null ? retrieved.value().get(MetadataType.EXTERNAL_CLIENT_APPLICATION)
                : null;
        if (orgHeader != null) {
            return CheckResult.ok(ORG_LOCAL_SAME_ORG, app + " lives in " + targetName() + " itself.");
        }
        String scoped = project.text(MetadataType.EXTERNAL_CLIENT_APPLICATION, "orgScopedExternalApp");
        String home = SalesforceValues.orgIdOf(scoped);
        if (home == null) {
            return CheckResult.unknown(ORG_LOCAL_SAME_ORG, "the project's header has no orgScopedExternalApp, so the"
                    + " org the Local app lives in is unknown.", "Bring the header of the org the app lives in into"
                    + " the project (sf project retrieve start --metadata ExternalClientApplication:" + app
                    + " --target-org <that org>, which writes into the file in place) and run eca:doctor again.");
        }
        if (SalesforceValues.sameOrg(home, orgId)) {
            return CheckResult.ok(ORG_LOCAL_SAME_ORG, "the Local app lives in " + targetName() + ".");
        }
        return CheckResult.failed(ORG_LOCAL_SAME_ORG, app + " is a Local app of org " + home + ", but the user connects"
                + " through " + targetName() + ": Salesforce blocks cross-org OAuth flows for Local apps.",
                "Deploy the app into this org linked to the source org's consumer (" + deployHint()
                        + " -D" + PropertyNames.DEPLOY_FORMATION + "=" + OrgFormation.LINKED.value()
                        + "), or make it Packaged and install its package there.");
    }

    /** The source org as the project tells, or null. */
    private SourceOrg sourceOrg() {
        return SourceOrg.of(request.sourceOrgId(), project.file(MetadataType.EXTERNAL_CLIENT_APPLICATION),
                project.file(MetadataType.OAUTH_SETTINGS), project.file(MetadataType.GLOBAL_OAUTH_SETTINGS));
    }

    /** The oauthLink the org's OAuth settings hold (the retrieved file), or null. */
    private String orgLink() {
        EcaFile oauth = retrieved.value().get(MetadataType.OAUTH_SETTINGS);
        return oauth == null ? null : blankToNull(oauth.text("oauthLink"));
    }

    /** Whether the target org holds the consumer itself: it is the source org, or has no link to another org. */
    private Boolean targetOwnsConsumer() {
        SourceOrg s = sourceOrg();
        if (targetId.why() == null && s != null && s.is(targetId.value().orgId())) {
            return true;
        }
        if (retrieved.why() != null || !retrieved.value().containsKey(MetadataType.OAUTH_SETTINGS)
                && !retrieved.value().containsKey(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            return null; // the org has none of the app's OAuth settings: no consumer of its own, no link either
        }
        String link = orgLink();
        if (link != null) {
            String linked = SalesforceValues.orgIdOf(link);
            return targetId.why() == null && linked != null && SalesforceValues.sameOrg(linked,
                    targetId.value().orgId());
        }
        return retrieved.value().containsKey(MetadataType.GLOBAL_OAUTH_SETTINGS)
                || !"Packaged".equals(project.text(MetadataType.EXTERNAL_CLIENT_APPLICATION, "distributionState"));
    }

    private CheckResult linkToSource() throws Exception {
        SourceOrg s = sourceOrg();
        if (targetId.why() == null && s != null && s.is(targetId.value().orgId())) {
            return CheckResult.ok(ORG_LINK_TO_SOURCE, targetName() + " is the source org " + s.basis()
                    + ": it holds the consumer.");
        }
        if (retrieved.why() != null) {
            return CheckResult.unknown(ORG_LINK_TO_SOURCE, "the app's OAuth settings could not be retrieved from "
                    + targetName() + ": " + retrieved.why(), "Make sure the app is in the org and sf can retrieve"
                    + " from it, then run eca:doctor again.");
        }
        if (!retrieved.value().containsKey(MetadataType.OAUTH_SETTINGS)) {
            return CheckResult.unknown(ORG_LINK_TO_SOURCE, targetName() + " has no OAuth settings of " + app
                    + ", so there is no link to check.", "Deploy the app into the org first (see "
                    + ORG_APP_PRESENT.id() + ").");
        }
        String link = orgLink();
        if (link == null) {
            return CheckResult.ok(ORG_LINK_TO_SOURCE, "the app's OAuth settings in " + targetName() + " have no"
                    + " oauthLink: the org holds a consumer of its own.");
        }
        if (s == null) {
            return CheckResult.unknown(ORG_LINK_TO_SOURCE, "the app's oauthLink names org " + SalesforceValues
                    .orgIdOf(link) + ", but the source org is unknown.", "Pass -D" + PropertyNames.SOURCE_ORG_ID
                    + "=<00D… of the source org>.");
        }
        String linked = SalesforceValues.orgIdOf(link);
        if (s.is(linked)) {
            return CheckResult.ok(ORG_LINK_TO_SOURCE, "the oauthLink names the consumer of the source org " + s.orgId()
                    + " " + s.basis() + ".");
        }
        return CheckResult.failed(ORG_LINK_TO_SOURCE, "the oauthLink in " + targetName() + " names a consumer of org "
                + linked + ", not of the source org " + s.orgId() + " " + s.basis() + ".",
                "Deploy the app again with the source org's oauthLink (" + deployHint()
                        + " -D" + PropertyNames.DEPLOY_FORMATION + "=" + OrgFormation.LINKED.value() + ").");
    }

    private CheckResult settingsMatch() throws Exception {
        if (retrieved.why() != null || !retrieved.value().containsKey(MetadataType.EXTERNAL_CLIENT_APPLICATION)) {
            return CheckResult.unknown(ORG_SETTINGS_MATCH, "the app could not be retrieved from " + targetName()
                    + (retrieved.why() == null ? "" : ": " + retrieved.why()), "Deploy the app into the org first.");
        }
        DriftReport drift = new DriftDetector().compare(request.projectDir(), project.packageDirs(), retrieveFolder,
                Set.of(app));
        boolean owner = Boolean.TRUE.equals(targetOwnsConsumer());
        // in an org that shares another org's consumer (linked or installed) the global OAuth settings stay with the
        // consumer, and the policies are that org's admin's: neither is the project's to match there
        Set<String> notOurs = owner ? Set.of() : Set.of(DriftDetector.componentName(MetadataType.GLOBAL_OAUTH_SETTINGS),
                DriftDetector.componentName(MetadataType.OAUTH_POLICIES),
                DriftDetector.componentName(MetadataType.POLICIES));
        List<String> missing = drift.missingInOrg().stream()
                .filter(m -> notOurs.stream().noneMatch(c -> m.startsWith(app + "/" + c + " "))).toList();
        List<String> lines = new ArrayList<>();
        List<String> admins = new ArrayList<>();
        for (FieldDrift d : drift.drifts()) {
            (notOurs.contains(d.component()) ? admins : lines).add(d.describe());
        }
        missing.forEach(m -> lines.add(m + ": missing in the org"));
        String adminNote = admins.isEmpty() ? "" : " The org's admin set its own policies (" + String.join("; ", admins)
                + "), which is theirs to choose.";
        if (lines.isEmpty()) {
            return CheckResult.ok(ORG_SETTINGS_MATCH, "the org's callbacks, scopes, PKCE, secret, permitted users"
                    + " and refresh token policy are the project's" + (owner ? "." : " where they are the project's"
                    + " to set (header and OAuth settings; the consumer's settings are the source org's).")
                    + adminNote);
        }
        return CheckResult.failed(ORG_SETTINGS_MATCH, "the org differs from the project: " + String.join("; ", lines)
                + "." + adminNote, "Deploy the project's settings (" + deployHint() + (owner ? "" : " -D"
                + PropertyNames.DEPLOY_FORMATION + "=" + OrgFormation.LINKED.value()) + "), or, where the org is"
                + " right, change the project's <apps> to match (mvn eca:retrieve lists every difference).");
    }

    // ---- Nango

    private CheckResult nangoUnknown(DoctorCheck c) {
        return CheckResult.unknown(c, "Nango could not be read: " + integration.why() + ".",
                request.nangoIntegration() == null ? "Pass -D" + PropertyNames.NANGO_INTEGRATION + "=<unique key>."
                        : "Check -D" + PropertyNames.NANGO_URL + " and the API key in " + request.nangoKeySource()
                                + ".");
    }

    private CheckResult integrationExists() {
        if (integration.why() != null) {
            return nangoUnknown(NANGO_INTEGRATION_EXISTS);
        }
        if (integration.value().isEmpty()) {
            return CheckResult.failed(NANGO_INTEGRATION_EXISTS, "Nango has no integration '"
                    + request.nangoIntegration() + "'.", "Create it with mvn eca:credentials -D"
                    + PropertyNames.NANGO_INTEGRATION + "=" + request.nangoIntegration() + ".");
        }
        return CheckResult.ok(NANGO_INTEGRATION_EXISTS, "Nango has the integration '" + request.nangoIntegration()
                + "' (provider " + integration.value().get().provider() + ").");
    }

    /** The integration, or null when the checks that need it answer with {@code unknownOr}. */
    private NangoClient.Integration integrationOrNull() {
        return integration.why() != null ? null : integration.value().orElse(null);
    }

    private CheckResult noIntegration(DoctorCheck c) {
        if (integration.why() != null) {
            return nangoUnknown(c);
        }
        return CheckResult.unknown(c, "Nango has no integration '" + request.nangoIntegration() + "'.",
                "Create the integration first (see " + NANGO_INTEGRATION_EXISTS.id() + ").");
    }

    private CheckResult providerFits() throws Exception {
        NangoClient.Integration i = integrationOrNull();
        if (i == null) {
            return noIntegration(NANGO_PROVIDER_FITS_ORG);
        }
        Boolean sandbox = target.isSandbox();
        if (sandbox == null) {
            return CheckResult.unknown(NANGO_PROVIDER_FITS_ORG, targetName() + " did not tell whether it is a"
                    + " sandbox.", "Check that the integration's provider is salesforce-sandbox for a sandbox and"
                    + " salesforce otherwise.");
        }
        String wanted = NangoProvider.forOrg(sandbox).id();
        if (wanted.equals(i.provider())) {
            return CheckResult.ok(NANGO_PROVIDER_FITS_ORG, "provider " + i.provider() + " for " + (sandbox
                    ? "a sandbox" : "a production or developer org") + ".");
        }
        return CheckResult.failed(NANGO_PROVIDER_FITS_ORG, "the integration's provider is " + i.provider() + ", but "
                + targetName() + " is " + (sandbox ? "a sandbox (logins go through test.salesforce.com)"
                : "not a sandbox") + ".", "Create the integration with provider " + wanted
                + " (mvn eca:credentials against this org) and connect again.");
    }

    private CheckResult clientIdMatches() throws Exception {
        NangoClient.Integration i = integrationOrNull();
        if (i == null) {
            return noIntegration(NANGO_CLIENT_ID_MATCHES);
        }
        if (i.credentials() == null || i.credentials().clientId() == null) {
            return CheckResult.unknown(NANGO_CLIENT_ID_MATCHES, "Nango did not send the integration's credentials.",
                    "Give the API key the scope environment:integrations:read_credentials.");
        }
        Boolean own = targetOwnsConsumer();
        OrgView owner = Boolean.FALSE.equals(own) ? source : target;
        if (own == null || owner == null) {
            if (own == null) {
                return CheckResult.unknown(NANGO_CLIENT_ID_MATCHES, "which org holds the app's consumer is unknown: "
                        + (retrieved.why() != null ? "the app could not be retrieved (" + retrieved.why() + ")."
                        : targetName() + " has none of the app's OAuth settings."), "Deploy the app into the org"
                        + " first (see " + ORG_APP_PRESENT.id() + "), then run eca:doctor again.");
            }
            return CheckResult.unknown(NANGO_CLIENT_ID_MATCHES, "the consumer is the source org's, and no source org"
                    + " was named.", "Pass -D" + PropertyNames.DOCTOR_SOURCE_ORG + "=<alias of the source org>.");
        }
        String key = owner.consumerKey(app);
        String ownerName = owner == target ? targetName() : "the source org";
        if (digest(key).equals(digest(i.credentials().clientId()))) {
            return CheckResult.ok(NANGO_CLIENT_ID_MATCHES, "Nango's client id is the consumer key of " + ownerName
                    + " (compared as SHA-256 digests).");
        }
        String whose = "";
        if (owner == target && source != null) {
            try {
                if (digest(source.consumerKey(app)).equals(digest(i.credentials().clientId()))) {
                    whose = " It is the consumer key of the source org.";
                }
            } catch (Exception e) {
                whose = "";
            }
        }
        return CheckResult.failed(NANGO_CLIENT_ID_MATCHES, "Nango's client id is not the consumer key of " + ownerName
                + " (compared as SHA-256 digests)." + whose, "Hand the right key to Nango: mvn eca:credentials -D"
                + PropertyNames.TARGET_ORG + "=<the org that holds the consumer>.");
    }

    private static String digest(String value) {
        return Sha256.hex(value.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The OAuth names of the scopes the app grants, refresh_token and offline_access as one. */
    private Set<String> grantedScopes() {
        EcaFile oauth = retrieved.why() == null && retrieved.value().containsKey(MetadataType.OAUTH_SETTINGS)
                ? retrieved.value().get(MetadataType.OAUTH_SETTINGS) : project.file(MetadataType.OAUTH_SETTINGS);
        if (oauth == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String token : OauthScopes.split(oauth.text("commaSeparatedOauthScopes"))) {
            OauthScope s = OauthScope.lenient(token);
            out.add(oauthName(s == null ? token : s.oauthName()));
        }
        return out;
    }

    private static String oauthName(String scope) {
        String s = scope.strip().toLowerCase(Locale.ROOT);
        return s.equals(OauthScope.OfflineAccess.oauthName()) ? OauthScope.RefreshToken.oauthName() : s;
    }

    private CheckResult scopesGranted() {
        NangoClient.Integration i = integrationOrNull();
        if (i == null) {
            return noIntegration(NANGO_SCOPES_GRANTED);
        }
        if (i.credentials() == null) {
            return CheckResult.unknown(NANGO_SCOPES_GRANTED, "Nango did not send the integration's scopes.",
                    "Give the API key the scope environment:integrations:read_credentials.");
        }
        Set<String> granted = grantedScopes();
        if (granted == null) {
            return CheckResult.unknown(NANGO_SCOPES_GRANTED, "neither the org nor the project has the app's OAuth"
                    + " settings.", "Run eca:generate for " + app + ".");
        }
        String asked = i.credentials().scopes() == null || i.credentials().scopes().isBlank()
                ? OauthScope.OfflineAccess.oauthName() : i.credentials().scopes();
        List<String> missing = new ArrayList<>();
        for (String s : asked.split("[,\\s]+")) {
            if (!s.isBlank() && !granted.contains(oauthName(s))) {
                missing.add(s.strip());
            }
        }
        if (missing.isEmpty()) {
            return CheckResult.ok(NANGO_SCOPES_GRANTED, "Nango asks for " + asked + "; the app grants them.");
        }
        return CheckResult.failed(NANGO_SCOPES_GRANTED, "Nango asks for " + String.join(", ", missing) + ", which the"
                + " app does not grant (it grants " + String.join(", ", granted) + ").", "Add the scopes to the"
                + " app's <scopes> and deploy, or hand Nango the app's scopes again with mvn eca:credentials.");
    }

    /** The global OAuth settings of the consumer: the retrieved ones, else the project's. */
    private EcaFile globalSettings() {
        if (retrieved.why() == null && retrieved.value().containsKey(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            return retrieved.value().get(MetadataType.GLOBAL_OAUTH_SETTINGS);
        }
        return project.file(MetadataType.GLOBAL_OAUTH_SETTINGS);
    }

    private CheckResult callbackRegistered() {
        EcaFile global = globalSettings();
        if (global == null) {
            return CheckResult.unknown(NANGO_CALLBACK_REGISTERED, "neither the org nor the project has the app's"
                    + " global OAuth settings (its callbacks).", "Keep the app's global OAuth settings in the project"
                    + " (mvn eca:generate writes them) or run eca:doctor against its source org.");
        }
        NangoCallback nangoCallback = NangoCallback.of(request.nangoUrl(), request.nangoCallbackUrl());
        String callback = nangoCallback.url();
        List<String> registered = SalesforceValues.splitCallbacks(global.text("callbackUrl"));
        if (nangoCallback.isAmong(registered)) {
            return CheckResult.ok(NANGO_CALLBACK_REGISTERED, callback + " (" + nangoCallback.origin()
                    + ") is one of the app's callbacks.");
        }
        return CheckResult.failed(NANGO_CALLBACK_REGISTERED, "Nango sends the callback " + callback + " ("
                + nangoCallback.origin() + "), which is not among the app's callbacks (" + (registered.isEmpty()
                ? "none" : String.join(", ", registered)) + ").", capitalised(nangoCallback.fix()) + ".");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private CheckResult pkceConsistent() {
        EcaFile global = globalSettings();
        if (global == null) {
            return CheckResult.unknown(NANGO_PKCE_CONSISTENT, "neither the org nor the project has the app's global"
                    + " OAuth settings.", "Keep the app's global OAuth settings in the project (mvn eca:generate writes them)"
                    + " or run eca:doctor against its source org.");
        }
        boolean required = Boolean.TRUE.equals(global.flag("isPkceRequired"));
        if (required == DoctorAssumptions.NANGO_SENDS_PKCE) {
            return CheckResult.ok(NANGO_PKCE_CONSISTENT, "the app requires PKCE and Nango sends an S256 code"
                    + " challenge.");
        }
        return CheckResult.failed(NANGO_PKCE_CONSISTENT, "the app does not require PKCE, while Nango sends a code"
                + " challenge and verifier.", "Turn PKCE on (<pkce>true</pkce>, isPkceRequired) and deploy to the"
                + " source org.");
    }

    // ---- timing

    private CheckResult propagation() throws Exception {
        Boolean own = targetOwnsConsumer();
        OrgView owner = Boolean.FALSE.equals(own) && source != null ? source : target;
        Map<String, String> records = new LinkedHashMap<>();
        records.put(MetadataType.EXTERNAL_CLIENT_APPLICATION.typeName(), app);
        EcaFile global = project.file(MetadataType.GLOBAL_OAUTH_SETTINGS);
        if (global != null) {
            records.put(MetadataType.GLOBAL_OAUTH_SETTINGS.typeName(), global.componentName());
        }
        Map<String, Instant> times = owner.lastModified(records);
        if (times.isEmpty()) {
            return CheckResult.unknown(TIMING_PROPAGATION, "the org did not tell when the app or its consumer last"
                    + " changed.", "If you created or changed the app in the last "
                    + DoctorAssumptions.PROPAGATION.toMinutes() + " minutes, wait and connect again.");
        }
        Instant last = times.values().stream().max(Instant::compareTo).orElseThrow();
        Duration age = Duration.between(last, clock.instant());
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(last) + " UTC";
        if (age.compareTo(DoctorAssumptions.PROPAGATION) >= 0) {
            return CheckResult.ok(TIMING_PROPAGATION, "the app last changed " + when + ".");
        }
        String ready = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC)
                .format(last.plus(DoctorAssumptions.PROPAGATION)) + " UTC";
        return CheckResult.failed(TIMING_PROPAGATION, "the app or its consumer changed " + Math.max(0, age.toMinutes())
                + " minute(s) ago (" + when + "); Salesforce takes up to " + DoctorAssumptions.PROPAGATION.toMinutes()
                + " minutes to distribute a change.", "Wait until " + ready + ", then connect again.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
