package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.project.NangoCallback;
import io.github.ecamaven.eca.text.Choices;
import io.github.ecamaven.eca.text.DidYouMean;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.config.StrictBoolean;
import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppStartPage;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.PermittedUsersPolicyType;
import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.SessionSecurityLevel;
import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.EnumSpec;
import io.github.ecamaven.eca.model.schema.FieldSpec;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.schema.ValueKind;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.rules.ApiNameRule;
import io.github.ecamaven.eca.project.RunAsUser;
import io.github.ecamaven.eca.validate.rules.CallbackLengthRule;
import io.github.ecamaven.eca.validate.rules.CallbackSchemeRule;
import io.github.ecamaven.eca.validate.rules.CallbackSyntaxRule;
import io.github.ecamaven.eca.validate.rules.ClientCredentialsUserRule;
import io.github.ecamaven.eca.validate.rules.ContactEmailRule;
import io.github.ecamaven.eca.validate.rules.ScopeTokenRule;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one {@code <app>} into the five metadata files, checking every value on the way. Each value comes from the
 * configuration, else the preset, else the documented default; the origin is kept so that messages name the POM
 * element that decides a field. Problems are collected, never thrown one by one.
 */
final class AppMapper {

    /** The types of the files one app becomes, in the order {@link #map} returns them. */
    static final List<MetadataType> TYPES = List.of(MetadataType.EXTERNAL_CLIENT_APPLICATION,
            MetadataType.OAUTH_SETTINGS, MetadataType.GLOBAL_OAUTH_SETTINGS, MetadataType.OAUTH_POLICIES,
            MetadataType.POLICIES);

    private static final Pattern CONSUMER_KEY = Pattern.compile("[A-Za-z0-9._]+");

    /** Where the parts of an app go and which API version the files are for. */
    record Target(ApiVersion apiVersion, String packageDirectory, String orgDirectory, boolean packagedProject,
            Path baseDir, String apiVersionOrigin, NangoCallback nangoCallback) {

        Target {
            nangoCallback = nangoCallback == null ? NangoCallback.CLOUD : nangoCallback;
        }

        Target(ApiVersion apiVersion, String packageDirectory, String orgDirectory, boolean packagedProject,
                Path baseDir, String apiVersionOrigin) {
            this(apiVersion, packageDirectory, orgDirectory, packagedProject, baseDir, apiVersionOrigin, null);
        }

        Target(ApiVersion apiVersion, String packageDirectory, String orgDirectory, boolean packagedProject,
                Path baseDir) {
            this(apiVersion, packageDirectory, orgDirectory, packagedProject, baseDir,
                    PropertyNames.describe(PropertyNames.API_VERSION));
        }
    }

    private final EcaApp app;
    private final Preset preset;
    private final EcaApp presetValues;
    private final Target target;
    private final List<ConfigProblem> problems;
    private final String appName;

    private AppMapper(EcaApp app, Target target, List<ConfigProblem> problems) {
        this.app = app;
        this.target = target;
        this.problems = problems;
        this.appName = app.getName() == null ? "(no <name>)" : app.getName().trim();
        this.preset = Preset.of(app.getPreset());
        if (app.getPreset() != null && preset == null) {
            problem("<preset>", "unknown preset '" + app.getPreset() + "'"
                    + DidYouMean.orPeriod(app.getPreset(), Preset.ids()) + " Known presets: " + Preset.ids());
        }
        boolean packaged = app.getDistributionState() != null
                && app.getDistributionState().trim().equalsIgnoreCase(ExtlClntAppDistState.Packaged.name());
        this.presetValues = preset == null ? new EcaApp() : preset.defaults(packaged, target.nangoCallback());
    }

    /** The files of {@code app}; problems go to {@code problems} (the files are then incomplete). */
    static List<PlannedFile> map(EcaApp app, Target target, List<ConfigProblem> problems) {
        return new AppMapper(app, target, problems).map();
    }

    /** A value, where it came from, and the {@code <app>} element that changes it (null: none). */
    private record Val<T>(T value, String origin, boolean isDefault, String element) {
        Val(T value, String origin, boolean isDefault) {
            this(value, origin, isDefault, origin.matches("<[A-Za-z]+>") ? origin : null);
        }

        <R> Val<R> map(Function<T, R> f) {
            return new Val<>(value == null ? null : f.apply(value), origin, isDefault, element);
        }
    }

    /** The configured value, else the preset's, else the default of the settings table. */
    @SuppressWarnings("unchecked")
    private <T> Val<T> pick(String element, T configured, T fromPreset) {
        return pick(element, configured, fromPreset, (T) AppSettings.get(element).defaultValue());
    }

    private <T> Val<T> pick(String element, T configured, T fromPreset, T dflt) {
        String el = "<" + element + ">";
        if (configured != null) {
            return new Val<>(configured, el, false, el);
        }
        if (fromPreset != null) {
            return new Val<>(fromPreset, presetOrigin(), false, el);
        }
        return new Val<>(dflt, "default of " + el, true, el);
    }

    /** How a value's origin names the preset. */
    private String presetOrigin() {
        return "<preset>" + preset.id() + "</preset>";
    }

    /**
     * Whether {@code v} is the preset's value of an element the preset leaves out where the API version lacks it
     * ({@link Preset#optionalBelowItsVersion}), not the configuration's.
     */
    private boolean optionalHere(Val<?> v) {
        return preset != null && v.origin().equals(presetOrigin()) && v.element() != null
                && preset.optionalBelowItsVersion(v.element().substring(1, v.element().length() - 1));
    }

    /** The eca:validate rule that reports the same value in a file. */
    static String rule(String id) {
        return " (eca:validate " + id + ")";
    }

    private void problem(String element, String message) {
        problems.add(new ConfigProblem(appName, element, message));
    }

    private List<PlannedFile> map() {
        String name = checkName();
        ExtlClntAppDistState state = enumValue(ExtlClntAppDistState.class,
                pick("distributionState", app.getDistributionState(), null));
        boolean packaged = state == ExtlClntAppDistState.Packaged;
        String packagedDir = target.packageDirectory();
        String otherDir = target.packagedProject() ? target.orgDirectory() : target.packageDirectory();
        if (!packaged) {
            packagedDir = otherDir;
        }
        if (app.isConsumerSecretGiven()) {
            problem("<consumerSecret>", "a consumer secret never goes into the POM or the source tree (Salesforce"
                    + " generates it; copy it from Setup > External Client App Manager > Consumer Key and Secret into"
                    + " your secret store); remove <consumerSecret>");
        }
        // a typo such as <pkceRequired>ture</pkceRequired> must not turn a security setting off
        app.booleanTexts().forEach((element, text) -> {
            if (!StrictBoolean.isValid(text)) {
                problem("<apps><app><" + element + ">", StrictBoolean.problem(text));
            }
        });

        List<PlannedFile> files = new ArrayList<>();
        files.add(header(name, state, packagedDir));
        files.add(oauthSettings(name, packagedDir));
        files.add(globalSettings(name, otherDir));
        files.add(oauthPolicies(name, otherDir));
        files.add(pluginPolicies(name, otherDir));
        return files;
    }

    private String checkName() {
        String n = app.getName();
        if (n == null || n.isBlank()) {
            problem("<name>", "every <app> needs an API name, e.g. <name>Nango_Integration</name>");
            return "Unnamed";
        }
        n = n.trim();
        String bad = SalesforceValues.apiNameProblem(n, SalesforceValues.APP_NAME_MAX);
        if (bad != null) {
            String fixed = SalesforceValues.apiNameSuggestion(n, SalesforceValues.APP_NAME_MAX);
            problem("<name>", "'" + n + "' is not a valid API name: it " + bad + " (letters, digits and single"
                    + " underscores, beginning with a letter, not ending with '_', at most "
                    + SalesforceValues.APP_NAME_MAX + " characters)"
                    + (fixed == null || fixed.equals(n) ? "" : DidYouMean.quoted(fixed)) + rule(ApiNameRule.ID));
        }
        return n;
    }

    // ---------------------------------------------------------------- the five files

    private PlannedFile header(String name, ExtlClntAppDistState state, String dir) {
        Builder b = new Builder(MetadataType.EXTERNAL_CLIENT_APPLICATION, name, dir);
        Val<String> email = pick("contactEmail", trim(app.getContactEmail()), null, null);
        if (email.value() == null) {
            problem("<contactEmail>", "required: the e-mail Salesforce uses to contact the app owner, e.g."
                    + " <contactEmail>integrations@example.com</contactEmail>");
        } else if (SalesforceValues.emailProblem(email.value()) != null) {
            problem("<contactEmail>", "'" + email.value() + "' " + SalesforceValues.emailProblem(email.value())
                    + rule(ContactEmailRule.ID));
        }
        b.setting(email);
        b.settingIfPresent(pick("contactPhone", trim(app.getContactPhone()), null, null));
        b.settingIfPresent(pick("description", app.getDescription(), null));
        b.setting(new Val<>(state, "<distributionState>", false));
        b.settingIfPresent(url("iconUrl", app.getIconUrl()));
        b.settingIfPresent(url("infoUrl", app.getInfoUrl()));
        b.set("isProtected", new Val<>(false, "default (isProtected is for Salesforce's internal use)", true));
        b.setting(pick("label", trim(app.getLabel()), null, name));
        b.settingIfPresent(url("logoUrl", app.getLogoUrl()));
        return b.build();
    }

    private PlannedFile oauthSettings(String name, String dir) {
        Builder b = new Builder(MetadataType.OAUTH_SETTINGS, MetadataType.OAUTH_SETTINGS.conventionalName(name), dir);
        Val<List<String>> customScopes = pick("customScopes", emptyToNull(app.getCustomScopes()), null, null);
        if (customScopes.value() != null) {
            for (String s : customScopes.value()) {
                String bad = SalesforceValues.apiNameProblem(s.trim(), SalesforceValues.COMPONENT_NAME_MAX);
                if (bad != null) {
                    problem("<customScopes><customScope>", "'" + s + "' is not a custom scope API name: it " + bad);
                }
            }
            b.setting(customScopes.map(l -> String.join(", ", trimAll(l))));
        }
        b.setting(scopes());
        b.set("externalClientApplication", new Val<>(name, "<name>", false));
        b.set("isFirstPartyAppEnabled", new Val<>(false, "default", true));
        b.set("label", new Val<>(b.fullName, "<name>", false));
        return b.build();
    }

    private PlannedFile globalSettings(String name, String dir) {
        Builder b = new Builder(MetadataType.GLOBAL_OAUTH_SETTINGS,
                MetadataType.GLOBAL_OAUTH_SETTINGS.conventionalName(name), dir);
        b.setting(callbackUrls());
        certificate(b);
        Val<String> key = pick("consumerKey", trim(app.getConsumerKey()), null, null);
        if (key.value() != null && !CONSUMER_KEY.matcher(key.value()).matches()) {
            problem("<consumerKey>", "a consumer key has only letters, digits, '.' and '_'");
        }
        b.settingIfPresent(key);
        b.set("externalClientApplication", new Val<>(name, "<name>", false));
        Val<Boolean> clientCredentials = pick("clientCredentialsFlow", app.getClientCredentialsFlow(),
                presetValues.getClientCredentialsFlow());
        b.setting(clientCredentials);
        b.setting(pick("authorizationCodeAndCredentialsFlow", app.getAuthorizationCodeAndCredentialsFlow(),
                presetValues.getAuthorizationCodeAndCredentialsFlow()));
        b.set("isCodeCredPostOnly", new Val<>(false, "default", true));
        b.setting(pick("secretRequiredForWebServerFlow", app.getSecretRequiredForWebServerFlow(),
                presetValues.getSecretRequiredForWebServerFlow()));
        b.setting(pick("deviceFlow", app.getDeviceFlow(), presetValues.getDeviceFlow()));
        b.setting(pick("introspectAllTokens", app.getIntrospectAllTokens(), presetValues.getIntrospectAllTokens()));
        b.set("isNamedUserJwtEnabled", new Val<>(false, "default", true));
        b.setting(pick("pkceRequired", app.getPkceRequired(), presetValues.getPkceRequired()));
        b.setting(pick("refreshTokenRotation", app.getRefreshTokenRotation(),
                presetValues.getRefreshTokenRotation()));
        b.setting(pick("refreshTokenIdleLimit", app.getRefreshTokenIdleLimit(),
                presetValues.getRefreshTokenIdleLimit()));
        b.setting(pick("secretRequiredForRefreshToken", app.getSecretRequiredForRefreshToken(),
                presetValues.getSecretRequiredForRefreshToken()));
        b.setting(pick("secretRequiredForTokenExchange", app.getSecretRequiredForTokenExchange(),
                presetValues.getSecretRequiredForTokenExchange()));
        b.setting(pick("tokenExchangeFlow", app.getTokenExchangeFlow(), presetValues.getTokenExchangeFlow()));
        b.set("label", new Val<>(b.fullName, "<name>", false));
        b.set("shouldRotateConsumerKey", new Val<>(false, "default (rotation is never generated)", true));
        b.set("shouldRotateConsumerSecret", new Val<>(false, "default (rotation is never generated)", true));
        return b.build();
    }

    private PlannedFile oauthPolicies(String name, String dir) {
        Builder b = new Builder(MetadataType.OAUTH_POLICIES, MetadataType.OAUTH_POLICIES.conventionalName(name), dir);
        Val<Boolean> clientCredentials = pick("clientCredentialsFlow", app.getClientCredentialsFlow(),
                presetValues.getClientCredentialsFlow());
        Val<String> user = pick("clientCredentialsUser", trim(app.getClientCredentialsUser()), null, null);
        if (Boolean.TRUE.equals(clientCredentials.value()) && user.value() == null) {
            problem("<clientCredentialsUser>", "the client-credentials flow runs as a user; name it, e.g."
                    + " <clientCredentialsUser>integration@example.com</clientCredentialsUser>");
        }
        if (!Boolean.TRUE.equals(clientCredentials.value()) && user.value() != null) {
            problem("<clientCredentialsUser>", "only used by the client-credentials flow; add"
                    + " <clientCredentialsFlow>true</clientCredentialsFlow> or remove <clientCredentialsUser>");
        }
        b.settingIfPresent(runAsUser(user));

        PermittedUsersPolicyType permitted = enumValue(PermittedUsersPolicyType.class,
                pick("permittedUsers", app.getPermittedUsers(), presetValues.getPermittedUsers()));
        Val<List<String>> permissionSets = pick("permissionSets", emptyToNull(app.getPermissionSets()), null, null);
        Val<List<String>> profiles = pick("profiles", emptyToNull(app.getProfiles()), null, null);
        if (permitted == PermittedUsersPolicyType.AllSelfAuthorized
                && (permissionSets.value() != null || profiles.value() != null)) {
            problem(permissionSets.value() != null ? "<permissionSets>" : "<profiles>", "pre-authorized permission"
                    + " sets and profiles only apply to admin-approved users; add"
                    + " <permittedUsers>AdminApprovedPreAuthorized</permittedUsers> or remove them");
        }
        b.settingIfPresent(permissionSets.map(l -> String.join(",", trimAll(l))));
        b.settingIfPresent(profiles.map(l -> String.join(",", trimAll(l))));
        b.set("externalClientApplication", new Val<>(name, "<name>", false));

        Val<String> ip = pick("ipRelaxation", app.getIpRelaxation(), presetValues.getIpRelaxation());
        IpRelaxationPolicy ipPolicy = enumValue(IpRelaxationPolicy.class, ip);
        b.setting(ip.map(v -> ipPolicy == null ? v : ipPolicy.xmlValue()));
        b.set("isClientCredentialsFlowEnabled", clientCredentials);
        b.set("isGuestCodeCredFlowEnabled", new Val<>(false, "default", true));
        b.set("isTokenExchangeFlowEnabled", pick("tokenExchangeFlow", app.getTokenExchangeFlow(),
                presetValues.getTokenExchangeFlow()));
        b.set("label", new Val<>(b.fullName, "<name>", false));
        b.setting(new Val<>(permitted, "<permittedUsers>", false));
        refreshToken(b);
        SessionSecurityLevel level = enumValue(SessionSecurityLevel.class,
                pick("sessionLevel", app.getSessionLevel(), presetValues.getSessionLevel()));
        b.settingIfPresent(new Val<>(level, "<sessionLevel>", false));
        Val<Integer> timeout = pick("sessionTimeoutInMinutes", app.getSessionTimeoutInMinutes(), null);
        if (timeout.value() != null && timeout.value() <= 0) {
            problem("<sessionTimeoutInMinutes>", "must be a positive number of minutes");
        }
        b.settingIfPresent(timeout);
        b.settingIfPresent(url("startUrl", app.getStartUrl()));
        return b.build();
    }

    /**
     * A run-as user template goes into the committed file as it is (the map on one line), never resolved; a malformed
     * one is refused as ECA-OAUTH-003 ({@link ClientCredentialsUserRule#ID}) refuses it in the file.
     */
    private Val<String> runAsUser(Val<String> user) {
        String problem = RunAsUser.problem(user.value());
        if (problem != null) {
            problem("<clientCredentialsUser>", problem);
            return user;
        }
        RunAsUser template = RunAsUser.parse(user.value());
        return template == null ? user : user.map(v -> template.text());
    }

    private void refreshToken(Builder b) {
        Val<String> policyOrigin = pick("refreshTokenPolicy", app.getRefreshTokenPolicy(),
                presetValues.getRefreshTokenPolicy());
        RefreshTokenPolicyType policy = enumValue(RefreshTokenPolicyType.class, policyOrigin);
        b.setting(policyOrigin.map(v -> policy));
        // the preset's period and unit belong to the preset's policy: a configured policy takes neither
        boolean presetPolicy = app.getRefreshTokenPolicy() == null;
        Integer period = app.getRefreshTokenValidityPeriod() != null || !presetPolicy
                ? app.getRefreshTokenValidityPeriod() : presetValues.getRefreshTokenValidityPeriod();
        String unitText = app.getRefreshTokenValidityUnit() != null || !presetPolicy
                ? app.getRefreshTokenValidityUnit() : presetValues.getRefreshTokenValidityUnit();
        RefreshTokenValidityUnit unit = enumValue(RefreshTokenValidityUnit.class,
                new Val<>(unitText, "<refreshTokenValidityUnit>", false));
        boolean timed = policy != null && policy.isTimed();
        if (timed) {
            if (period == null || period <= 0) {
                problem("<refreshTokenValidityPeriod>", "refresh token policy " + policy + " needs a positive"
                        + " period, e.g. <refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>");
            }
            if (unitText == null) {
                problem("<refreshTokenValidityUnit>", "refresh token policy " + policy + " needs a unit: "
                        + Choices.either(RefreshTokenValidityUnit.values()));
            }
        } else if (policy != null && (period != null || unitText != null)) {
            problem(period != null ? "<refreshTokenValidityPeriod>" : "<refreshTokenValidityUnit>",
                    "only used with <refreshTokenPolicy>" + Choices.either(RefreshTokenPolicyType.timed())
                            + "; it is " + policy
                            + ", so remove the period and unit");
        }
        // managed even when absent: switching to Infinite must remove a stale period
        String periodOrigin = app.getRefreshTokenValidityPeriod() == null ? policyOrigin.origin()
                : "<refreshTokenValidityPeriod>";
        String unitOrigin = app.getRefreshTokenValidityUnit() == null ? policyOrigin.origin()
                : "<refreshTokenValidityUnit>";
        b.setting(new Val<>(timed ? period : null, periodOrigin, false, "<refreshTokenValidityPeriod>"));
        b.setting(new Val<>(timed && unit != null ? unit.name() : null, unitOrigin, false,
                "<refreshTokenValidityUnit>"));
    }

    private PlannedFile pluginPolicies(String name, String dir) {
        Builder b = new Builder(MetadataType.POLICIES, MetadataType.POLICIES.conventionalName(name), dir);
        b.set("externalClientApplication", new Val<>(name, "<name>", false));
        b.setting(pick("policiesEnabled", app.getPoliciesEnabled(), presetValues.getPoliciesEnabled()));
        b.setting(pick("oauthPluginEnabled", app.getOauthPluginEnabled(), presetValues.getOauthPluginEnabled()));
        b.set("label", new Val<>(b.fullName, "<name>", false));
        ExtlClntAppStartPage page = enumValue(ExtlClntAppStartPage.class,
                pick("startPage", app.getStartPage(), presetValues.getStartPage()));
        b.settingIfPresent(new Val<>(page, "<startPage>", false));
        return b.build();
    }

    // ---------------------------------------------------------------- values

    private Val<String> scopes() {
        Val<List<String>> raw = pick("scopes", emptyToNull(app.getScopes()), emptyToNull(presetValues.getScopes()),
                null);
        if (raw.value() == null) {
            if (app.getPreset() != null && preset == null) {
                return raw.map(l -> null); // reported as the unknown preset
            }
            problem("<scopes>", "no OAuth scopes; add at least one, e.g."
                    + " <scopes><scope>Api</scope><scope>RefreshToken</scope></scopes> (or use <preset>nango</preset>)");
            return raw.map(l -> null);
        }
        Map<String, String> candidates = new LinkedHashMap<>();
        for (OauthScope s : OauthScope.values()) {
            candidates.put(s.token(), s.token());
            candidates.put(s.oauthName(), s.token());
        }
        TreeSet<OauthScope> ordered = new TreeSet<>();
        Set<String> extra = new LinkedHashSet<>();
        for (String entry : raw.value()) {
            for (String item : OauthScopes.split(entry)) {
                OauthScope s = OauthScope.lenient(item);
                if (s == null && SalesforceValues.isScopeToken(item)) {
                    extra.add(item);
                } else if (s == null) {
                    String near = DidYouMean.closest(item, candidates.keySet());
                    problem("<scopes><scope>", "unknown scope '" + item + "'"
                            + (near == null ? "." : DidYouMean.quoted(candidates.get(near)))
                            + " Write a metadata token (Api, RefreshToken, Web, Full, OpenID ...) or the OAuth"
                            + " scope string (api, refresh_token, offline_access ...)" + rule(ScopeTokenRule.ID));
                } else {
                    ordered.add(s);
                }
            }
        }
        // retrieved files list the tokens in the order of Salesforce's scope list; so do we, whatever the POM order
        // tokens without an enum constant follow the known ones
        List<String> tokens = new ArrayList<>(ordered.stream().map(OauthScope::token).toList());
        tokens.addAll(extra);
        return raw.map(l -> tokens.isEmpty() ? null : String.join(OauthScopes.SEPARATOR, tokens));
    }

    private Val<String> callbackUrls() {
        Val<List<String>> raw = pick("callbackUrls", emptyToNull(app.getCallbackUrls()),
                emptyToNull(presetValues.getCallbackUrls()), null);
        if (raw.value() == null) {
            if (app.getPreset() != null && preset == null) {
                return raw.map(l -> null); // reported as the unknown preset
            }
            problem("<callbackUrls>", "no callback URL; add one, e.g."
                    + " <callbackUrls><callbackUrl>https://example.com/oauth/callback</callbackUrl></callbackUrls>");
            return raw.map(l -> null);
        }
        Set<String> urls = new LinkedHashSet<>();
        for (String u : raw.value()) {
            String t = u == null ? "" : u.trim();
            SalesforceValues.CallbackProblem bad = SalesforceValues.callbackProblem(t);
            if (bad != null) {
                problem("<callbackUrls><callbackUrl>", "'" + SalesforceValues.callbackForDisplay(t) + "' "
                        + bad.reason() + rule(bad.defect() == SalesforceValues.CallbackDefect.SCHEME
                                ? CallbackSchemeRule.ID : CallbackSyntaxRule.ID));
            }
            urls.add(t);
        }
        String joined = String.join("\n", urls);
        String tooLong = SalesforceValues.callbacksLengthProblem(joined);
        if (tooLong != null) {
            problem("<callbackUrls>", "the callback URLs, one per line, " + tooLong + rule(CallbackLengthRule.ID));
        }
        return raw.map(l -> joined);
    }

    private void certificate(Builder b) {
        File file = app.getCertificateFile();
        Val<Boolean> jwt = pick("jwtBearer", app.getJwtBearer(), presetValues.getJwtBearer());
        if (file == null) {
            if (Boolean.TRUE.equals(jwt.value())) {
                problem("<certificateFile>", "the JWT bearer flow (" + jwt.origin() + ") needs the PEM file of the"
                        + " certificate, e.g. <certificateFile>${project.basedir}/jwt/server.crt</certificateFile>");
            }
            return; // a certificate retrieved from the org stays untouched
        }
        if (Boolean.FALSE.equals(jwt.value())) {
            problem("<certificateFile>", "the certificate enables the JWT bearer flow, but <jwtBearer> is false;"
                    + " remove one of them");
            return;
        }
        Path path = file.toPath();
        if (!path.isAbsolute() && target.baseDir() != null) {
            path = target.baseDir().resolve(path);
        }
        try {
            b.setting(new Val<>(PemCertificate.body(path), "<certificateFile>", false));
        } catch (PemCertificate.BadCertificate e) {
            problem("<certificateFile>", e.getMessage());
        }
    }

    private Val<String> url(String element, String value) {
        String v = trim(value);
        if (v != null) {
            try {
                URI uri = new URI(v);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                    problem("<" + element + ">", "'" + v + "' is not an absolute http(s) URL");
                }
            } catch (URISyntaxException e) {
                problem("<" + element + ">", "'" + v + "' is not a URL: " + e.getReason());
            }
        }
        return pick(element, v, null, null);
    }

    /**
     * The value of {@code type} that {@code text} names, in any case, among the values the settings table allows
     * for its element; null, after a problem naming the allowed values, for any other text.
     */
    private <E extends Enum<E>> E enumValue(Class<E> type, Val<String> text) {
        if (text.value() == null) {
            return null;
        }
        List<E> allowed = allowed(type, AppSettings.get(elementName(text)));
        E e = Choices.lenient(allowed, text.value());
        if (e == null) {
            List<String> names = Choices.names(allowed);
            problem(text.element(), "unknown value '" + text.value() + "'"
                    + DidYouMean.orPeriod(text.value(), names) + " Allowed: " + names);
        }
        return e;
    }

    private static <E extends Enum<E>> List<E> allowed(Class<E> type, AppSettings.Setting setting) {
        if (setting.values().isEmpty()) {
            throw new IllegalStateException("the settings table lists no values for <" + setting.element() + ">");
        }
        return setting.values().stream().map(type::cast).toList();
    }

    /** {@code pkceRequired} of a value picked for {@code <pkceRequired>}. */
    private static String elementName(Val<?> v) {
        if (v.element() == null) {
            throw new IllegalStateException("a value from " + v.origin() + " names no <app> element");
        }
        return v.element().substring(1, v.element().length() - 1);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> emptyToNull(List<String> l) {
        if (l == null) {
            return null;
        }
        List<String> out = l.stream().filter(s -> s != null && !s.isBlank()).toList();
        return out.isEmpty() ? null : out;
    }

    private static List<String> trimAll(List<String> l) {
        return l.stream().map(String::trim).distinct().toList();
    }

    /** Fills one file's model and its managed-field table, gating each field by the API version. */
    private final class Builder {
        private final MetadataType type;
        private final String fullName;
        private final String dir;
        private final MetadataComponent model;
        private final Map<String, String> managed = new LinkedHashMap<>();
        private final Map<String, String> settings = new LinkedHashMap<>();

        Builder(MetadataType type, String fullName, String dir) {
            this.type = type;
            this.fullName = fullName;
            this.dir = dir;
            try {
                this.model = type.modelClass().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A managed field: written with this value, removed from the file when the value is null. */
        void set(String field, Val<?> v) {
            FieldSpec spec = type.schema().field(field);
            if (spec == null) {
                throw new IllegalStateException(type.typeName() + " has no element " + field);
            }
            if (!spec.availableIn(target.apiVersion())) {
                // a preset value the preset marks as optional below its version is left out like a default
                if (v.value() != null && !v.isDefault() && !Boolean.FALSE.equals(v.value()) && !optionalHere(v)) {
                    problem(v.origin(), "sets " + field + ", which exists from API " + spec.since() + " on; the"
                            + " External Client App files are written for API " + target.apiVersion() + " ("
                            + target.apiVersionOrigin() + "). To use it, raise sourceApiVersion in sfdx-project.json"
                            + " to " + spec.since() + " (sf deploys the files at that version), and <apiVersion> too"
                            + " if you set one; or leave the setting out");
                }
                return;
            }
            if (spec.kind() == ValueKind.ENUM && v.value() != null) {
                EnumSpec values = EcaSchema.enumType(spec.valueType());
                ApiVersion since = values == null ? null : values.since(String.valueOf(v.value()));
                if (since != null && target.apiVersion().isBefore(since)) {
                    problem(v.element() != null ? v.element() : v.origin(), v.value() + " exists from API " + since
                            + " on; the project's " + PropertyNames.describe(PropertyNames.API_VERSION) + " is "
                            + target.apiVersion()
                            + ". Raise <apiVersion> to " + since + " or choose another value");
                    return;
                }
            }
            ModelFields.set(model, field, v.value());
            managed.put(field, v.origin());
            if (v.element() != null) {
                settings.put(field, v.element());
            }
        }

        /** A field managed only when the configuration gives it: otherwise a hand-written value stays. */
        void setIfPresent(String field, Val<?> v) {
            if (v.value() != null) {
                set(field, v);
            }
        }

        /**
         * The field the settings table pairs with the value's {@code <app>} element, negated where the table says
         * so ({@code secretRequiredForWebServerFlow} writes {@code isConsumerSecretOptional}).
         */
        void setting(Val<?> v) {
            AppSettings.Setting s = AppSettings.get(elementName(v));
            if (s.target() != type || s.field() == null) {
                throw new IllegalStateException("the settings table writes <" + s.element() + "> to "
                        + (s.target() == null ? "no type" : s.target().typeName()) + ", not " + type.typeName());
            }
            set(s.field(), s.mapping() == AppSettings.Mapping.NEGATED
                    ? v.map(b -> b instanceof Boolean bool ? !bool : b) : v);
        }

        /** {@link #setting} when the configuration gives a value: otherwise a hand-written value stays. */
        void settingIfPresent(Val<?> v) {
            if (v.value() != null) {
                setting(v);
            }
        }

        PlannedFile build() {
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String f : type.schema().fieldNames()) {
                if (managed.containsKey(f)) {
                    ordered.put(f, managed.get(f));
                }
            }
            return new PlannedFile(type, fullName, dir, model, ordered, settings);
        }
    }
}
