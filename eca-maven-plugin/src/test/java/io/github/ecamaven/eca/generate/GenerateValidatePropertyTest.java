package io.github.ecamaven.eca.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Profile;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.ValidationRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate and validate agree, over seeded random configurations: every valid {@code <app>} (presets x distribution
 * states x API versions) is generated and then validates without an error; every invalid value is refused by
 * generate, nothing written, naming the rule id eca:validate reports when the same value is put into the files.
 */
class GenerateValidatePropertyTest {

    static final long SEED = 20261130L;
    static final int VALID_CASES = 900;
    /** Every n-th valid case is also written to disk and validated from there, not only as planned bytes. */
    static final int ON_DISK_EVERY = 7;
    static final int INVALID_CASES = 300;

    private static final String[] PRESETS = {null, "nango", "jwt-ci"};
    private static final String[] SCOPES = {"Api", "Web", "Full", "RefreshToken", "OpenID", "Basic", "Chatter",
            "refresh_token", "api", "offline_access", "CustomPermissions", "Chatbot", "MCP", "SFApiPlatform",
            "DataCloudUserClaims"};
    private static final String[] GOOD_CALLBACKS = {"https://app.example.com/oauth/callback",
            "http://localhost:1717/OauthRedirect", "http://127.0.0.2:8080/cb", "http://[::1]/cb",
            "myapp://auth/success", "sfdc://oauth/jwt/success", "https://api.nango.dev/oauth/callback"};

    @TempDir
    Path tmp;

    private final List<String> disagreements = new ArrayList<>();
    private int caseNo;

    /** CPU time of this thread, for the printed figures (the machine may be shared; wall time says little). */
    private static long cpuMillis() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    @Test
    void validConfigurationsGenerateFilesThatValidate() throws Exception {
        long cpu = cpuMillis();
        Random r = new Random(SEED);
        for (int i = 0; i < VALID_CASES; i++) {
            Case c = validCase(r);
            Path dir = tmp.resolve("v" + caseNo);
            boolean onDisk = caseNo++ % ON_DISK_EVERY == 0;
            try {
                // without writing, generate validates the bytes it would write (the gate); that is the check here
                new EcaGenerator(EcaLog.NONE).generate(c.request(dir, !onDisk));
            } catch (GenerateConfigException e) {
                disagreements.add("valid case refused by generate: " + c + "\n    " + e.getMessage());
                continue;
            }
            if (onDisk) {
                List<Finding> errors = errors(dir, c.profile);
                if (!errors.isEmpty()) {
                    disagreements.add("generated files fail validate: " + c + "\n    " + errors);
                }
            }
        }
        System.out.println("property test: " + VALID_CASES + " valid configurations, " + (cpuMillis() - cpu)
                + " ms CPU");
        assertThat(disagreements).as("generate/validate disagreements (seed " + SEED + ")").isEmpty();
        assertThat(caseNo).isEqualTo(VALID_CASES);
    }

    @Test
    void invalidValuesAreRefusedWithTheRuleIdValidateReports() throws Exception {
        long cpu = cpuMillis();
        Random r = new Random(SEED + 1);
        Set<String> seenRules = new LinkedHashSet<>();
        for (int i = 0; i < INVALID_CASES; i++) {
            Case c = validCase(r);
            Bad bad = badValue(r, c);
            Path valid = tmp.resolve("b" + caseNo + "-files");
            Path refused = tmp.resolve("b" + caseNo++ + "-refused");
            // what validate says about the value, written straight into files generated from the valid case
            new EcaGenerator(EcaLog.NONE).generate(c.request(valid));
            bad.intoFiles.accept(valid);
            Set<String> validateIds = new LinkedHashSet<>();
            errors(valid, c.profile).forEach(f -> validateIds.add(f.ruleId()));
            if (validateIds.isEmpty()) {
                disagreements.add("validate accepts " + bad + " in the files: " + c);
                continue;
            }
            bad.intoConfig.accept(c);
            try {
                new EcaGenerator(EcaLog.NONE).generate(c.request(refused));
                disagreements.add("generate accepts " + bad + " that validate rejects with " + validateIds + ": " + c);
            } catch (GenerateConfigException e) {
                if (validateIds.stream().noneMatch(id -> e.getMessage().contains(id))) {
                    disagreements.add("generate refuses " + bad + " without naming " + validateIds + ": "
                            + e.getMessage());
                }
                seenRules.addAll(validateIds);
                if (Files.exists(refused)) {
                    try (Stream<Path> s = Files.list(refused)) {
                        if (s.findAny().isPresent()) {
                            disagreements.add("generate wrote files although it refused " + bad);
                        }
                    }
                }
            }
        }
        System.out.println("property test: " + INVALID_CASES + " invalid values, " + (cpuMillis() - cpu)
                + " ms CPU, rules seen " + seenRules);
        assertThat(disagreements).as("generate/validate disagreements (seed " + (SEED + 1) + ")").isEmpty();
        assertThat(seenRules).contains("ECA-NAME-001", "ECA-CB-001", "ECA-CB-002", "ECA-CB-003", "ECA-SCOPE-001",
                "ECA-PROJ-006", "ECA-PROJ-007", "ECA-SEC-004");
    }

    private static List<Finding> errors(Path dir, Profile profile) throws IOException {
        return EcaValidator.findings(ValidationRequest.of(dir).withProfile(profile), java.util.Map.of()).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
    }

    // ------------------------------------------------------------------ valid configurations

    /** One configuration: the app, the project parameters, and the profile validate runs with. */
    static final class Case {
        EcaApp app = new EcaApp();
        String api;
        String namespace;
        String versionNumber;
        Profile profile = Profile.DEFAULT;

        GenerateRequest request(Path dir) {
            return request(dir, false);
        }

        GenerateRequest request(Path dir, boolean checkOnly) {
            return new GenerateRequest(dir, dir, "force-app", "eca-org", "manifest/package.xml", api, namespace,
                    null, "prop-app", null, versionNumber, List.of(app), checkOnly)
                    .withValidation(profile.name(), java.util.Map.of());
        }

        boolean packaged() {
            return "Packaged".equals(app.getDistributionState());
        }

        @Override
        public String toString() {
            return "api " + api + ", ns " + namespace + ", version " + versionNumber + ", profile " + profile.name()
                    + ", app " + describe(app);
        }
    }

    static String describe(EcaApp a) {
        StringBuilder b = new StringBuilder("{");
        for (var m : EcaApp.class.getMethods()) {
            if (m.getName().startsWith("get") && m.getParameterCount() == 0 && m.getDeclaringClass() == EcaApp.class) {
                try {
                    Object v = m.invoke(a);
                    if (v != null) {
                        b.append(m.getName().substring(3)).append('=').append(v).append(' ');
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return b.append('}').toString();
    }

    private static boolean available(MetadataType type, String field, ApiVersion api) {
        return type.schema().field(field).availableIn(api);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** true/false/null as the POM spells them (the {@code <app>} boolean elements take text). */
    private static String maybe(Random r) {
        int n = r.nextInt(3);
        return n == 0 ? null : String.valueOf(n == 1);
    }

    /** true/false/null, but never true when {@code field} is newer than the API version. */
    private static String flag(Random r, MetadataType type, String field, ApiVersion api) {
        String b = maybe(r);
        return "true".equals(b) && !available(type, field, api) ? "false" : b;
    }

    static String apiName(Random r, int maxLength) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        String tail = letters + "0123456789";
        int len = 1 + r.nextInt(maxLength);
        StringBuilder b = new StringBuilder().append(letters.charAt(r.nextInt(letters.length())));
        while (b.length() < len) {
            char c = r.nextInt(6) == 0 && b.charAt(b.length() - 1) != '_' && b.length() < len - 1 ? '_'
                    : tail.charAt(r.nextInt(tail.length()));
            b.append(c);
        }
        return b.toString();
    }

    Case validCase(Random r) {
        Case c = new Case();
        EcaApp a = c.app;
        ApiVersion api = ApiVersion.of(EcaGenerator.MIN_API_VERSION.major()
                + r.nextInt(ApiVersion.NEWEST_KNOWN.major() - EcaGenerator.MIN_API_VERSION.major() + 1));
        c.api = api.toString();
        String preset = pick(r, PRESETS);
        if ("nango".equals(preset) && api.isBefore(ApiVersion.of(61))) {
            preset = null; // the preset enables the code-credentials flow, which exists from 61.0 (refused before)
        }
        a.setPreset(preset);
        a.setName(apiName(r, 40));
        a.setLabel(r.nextBoolean() ? null : "Label " + r.nextInt(1000));
        a.setContactEmail("owner" + r.nextInt(100) + "@example.com");
        if (r.nextBoolean()) {
            a.setDescription("Integration number " + r.nextInt(1000));
        }
        if (r.nextInt(4) == 0) {
            a.setInfoUrl("https://info.example.com/" + r.nextInt(100));
        }
        boolean packaged = r.nextInt(3) == 0;
        if (packaged) {
            a.setDistributionState("Packaged");
            c.namespace = apiName(r, 15);
            c.versionNumber = r.nextBoolean() ? null : r.nextInt(3) + "." + r.nextInt(10) + ".0." + (r.nextBoolean()
                    ? "NEXT" : String.valueOf(r.nextInt(9)));
        } else if (r.nextInt(4) == 0) {
            a.setDistributionState("Local");
        }
        if ("jwt-ci".equals(preset) || r.nextInt(8) == 0) {
            a.setCertificateFile(GenerateTestSupport.resource("jwt-test.crt").toFile());
        }
        boolean keepNango = "nango".equals(preset) && r.nextBoolean();
        if (!keepNango) {
            if (preset == null || r.nextBoolean()) {
                List<String> cbs = new ArrayList<>();
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    cbs.add(pick(r, GOOD_CALLBACKS));
                }
                a.setCallbackUrls(cbs);
            }
            if (preset == null || r.nextBoolean()) {
                List<String> scopes = new ArrayList<>();
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    scopes.add(pick(r, SCOPES));
                }
                a.setScopes(scopes);
            }
        } else {
            c.profile = Profile.NANGO;
        }
        if (r.nextInt(5) == 0 && available(MetadataType.OAUTH_SETTINGS, "commaSeparatedCustomScopes", api)) {
            a.setCustomScopes(List.of(apiName(r, 30)));
        }
        MetadataType g = MetadataType.GLOBAL_OAUTH_SETTINGS;
        MetadataType p = MetadataType.OAUTH_POLICIES;
        a.setPkceRequired(packaged ? (r.nextBoolean() ? null : "true") : flag(r, g, "isPkceRequired", api));
        if (keepNango) { // the nango profile makes PKCE and the secrets errors
            a.setPkceRequired(r.nextBoolean() ? null : "true");
            a.setSecretRequiredForWebServerFlow(r.nextBoolean() ? null : "true");
            a.setSecretRequiredForRefreshToken(r.nextBoolean() ? null : "true");
        } else {
            a.setSecretRequiredForWebServerFlow(maybe(r));
            a.setSecretRequiredForRefreshToken(maybe(r));
        }
        a.setSecretRequiredForTokenExchange(flag(r, g, "isSecretRequiredForTokenExchange", api));
        a.setIntrospectAllTokens(flag(r, g, "isIntrospectAllTokens", api));
        a.setAuthorizationCodeAndCredentialsFlow(flag(r, g, "isCodeCredFlowEnabled", api));
        a.setDeviceFlow(flag(r, g, "isDeviceFlowEnabled", api));
        a.setTokenExchangeFlow(available(p, "isTokenExchangeFlowEnabled", api) ? maybe(r) : null);
        if (r.nextInt(4) == 0 && available(p, "clientCredentialsFlowUser", api)) {
            a.setClientCredentialsFlow("true");
            a.setClientCredentialsUser("integration" + r.nextInt(10) + "@example.com");
        }
        if (r.nextBoolean()) {
            a.setPermittedUsers("AdminApprovedPreAuthorized");
            if (r.nextBoolean()) {
                a.setPermissionSets(List.of(apiName(r, 20)));
            }
            if (r.nextBoolean() && available(p, "commaSeparatedProfile", api)) {
                a.setProfiles(List.of("System Administrator"));
            }
        } else if (r.nextBoolean() && a.getClientCredentialsFlow() == null) {
            a.setPermittedUsers("AllSelfAuthorized");
        }
        refreshTokenPolicy(r, c);
        a.setIpRelaxation(r.nextBoolean() ? null : pick(r, new String[] {"Enforce", "Bypass", "Bypass_2factor",
                "Enforce_relaxrefresh"}));
        if (r.nextInt(3) == 0) {
            a.setSessionLevel(pick(r, new String[] {"LOW", "STANDARD", "HIGH_ASSURANCE"}));
        }
        if (r.nextInt(3) == 0) {
            a.setSessionTimeoutInMinutes(1 + r.nextInt(720));
        }
        if (r.nextInt(4) == 0) {
            a.setStartUrl("https://start.example.com/home");
        }
        a.setPoliciesEnabled(maybe(r));
        a.setOauthPluginEnabled(maybe(r));
        if (r.nextInt(3) == 0 && available(MetadataType.POLICIES, "startPage", api)) {
            String page = pick(r, new String[] {"None", "Custom", "OAuth", "SAML"});
            if (!api.isBefore(io.github.ecamaven.eca.model.schema.EcaSchema.enumType("ExtlClntAppStartPage")
                    .since(page))) {
                a.setStartPage(page);
            }
        }
        if (r.nextInt(5) == 0) {
            a.setConsumerKey("3MVG9" + apiName(r, 20));
        }
        return c;
    }

    private static void refreshTokenPolicy(Random r, Case c) {
        EcaApp a = c.app;
        boolean rotationNeeded = c.packaged();
        switch (r.nextInt(5)) {
            case 0 -> { } // the preset's or the default
            case 1 -> a.setRefreshTokenPolicy(c.packaged() ? "Zero" : pick(r, new String[] {"Infinite", "Zero"}));
            case 2 -> {
                a.setRefreshTokenPolicy("SpecificInactivity");
                a.setRefreshTokenValidityPeriod(1 + r.nextInt(30));
                a.setRefreshTokenValidityUnit("Days");
            }
            case 3 -> {
                a.setRefreshTokenPolicy("SpecificInactivity");
                a.setRefreshTokenValidityPeriod(1 + r.nextInt(c.packaged() ? 720 : 5000));
                a.setRefreshTokenValidityUnit("Hours");
            }
            default -> {
                a.setRefreshTokenPolicy("SpecificLifetime");
                a.setRefreshTokenValidityPeriod(1 + r.nextInt(12));
                a.setRefreshTokenValidityUnit(pick(r, new String[] {"Hours", "Days", "Months"}));
            }
        }
        if (c.packaged() && a.getRefreshTokenPolicy() == null && !"nango".equals(a.getPreset())) {
            a.setRefreshTokenPolicy("SpecificInactivity"); // the documented default (Infinite) is not partner-safe
            a.setRefreshTokenValidityPeriod(30);
            a.setRefreshTokenValidityUnit("Days");
        }
        if (rotationNeeded && !("nango".equals(a.getPreset()) && a.getRefreshTokenPolicy() == null)) {
            a.setRefreshTokenRotation("true");
        } else if (!rotationNeeded) {
            a.setRefreshTokenRotation(maybe(r));
        }
        idleLimitIfPackaged(c);
    }

    /** The developer switch of the idle limit a Packaged app needs, where the API version has it. */
    private static void idleLimitIfPackaged(Case c) {
        if (c.packaged() && available(MetadataType.GLOBAL_OAUTH_SETTINGS, IDLE_LIMIT, ApiVersion.parse(c.api))) {
            c.app.setRefreshTokenIdleLimit("true");
        }
    }

    private static final String IDLE_LIMIT = "isEnforceRefreshTokenTTL";

    // ------------------------------------------------------------------ invalid values

    /** An invalid value: how to put it into the configuration, and how into files generated from a valid one. */
    record Bad(String what, Consumer<Case> intoConfig, Consumer<Path> intoFiles) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static final String[] BAD_NAMES = {"1App", "My__App", "My_App_", "A".repeat(41), "My-App", "_App",
            "Ab".repeat(25)};
    private static final String[] BAD_CALLBACKS = {"http://example.com/cb", "http://127.evil.example.com/cb",
            "javascript:alert(1)", "JavaScript:void(0)", "vbscript:msgbox", "file:///etc/passwd",
            "https://*.example.com/cb", "/relative/cb", "https:///nohost", "https://a.example.com/x y",
            "https://a.example.com/cb,https://b.example.com/cb"};
    private static final String[] BAD_NAMESPACES = {"abc_", "a__b", "1abc", "a".repeat(16), "my-ns", "_ns"};
    private static final String[] BAD_VERSIONS = {"1.0", "1.0.0", "1.0.0.next", "v1.0.0.1", "1.0.0.0.0", "1.0.0.LATEST"};
    private static final String[] BAD_SCOPES = {"apii", "Foo", "refresh-token", "Apis", "fulll"};

    Bad badValue(Random r, Case c) {
        switch (r.nextInt(7)) {
            case 0 -> {
                String name = pick(r, BAD_NAMES);
                String good = c.app.getName();
                return new Bad("name " + name, k -> k.app.setName(name), dir -> renameApp(dir, good, name));
            }
            case 1 -> {
                String cb = pick(r, BAD_CALLBACKS);
                return new Bad("callback " + cb, k -> k.app.setCallbackUrls(List.of(cb)),
                        dir -> replaceElement(dir, "ecaGlblOauth-meta.xml", "callbackUrl", cb));
            }
            case 2 -> {
                List<String> cbs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    cbs.add("https://tenant" + i + ".example.com/oauth/callback/" + "x".repeat(20));
                }
                return new Bad("2000+ characters of callbacks", k -> k.app.setCallbackUrls(cbs),
                        dir -> replaceElement(dir, "ecaGlblOauth-meta.xml", "callbackUrl", String.join("\n", cbs)));
            }
            case 3 -> {
                String scope = pick(r, BAD_SCOPES);
                return new Bad("scope " + scope, k -> k.app.setScopes(List.of("Api", scope)),
                        dir -> replaceElement(dir, "ecaOauth-meta.xml", "commaSeparatedOauthScopes", "Api, " + scope));
            }
            case 4 -> {
                String ns = pick(r, BAD_NAMESPACES);
                return new Bad("namespace " + ns, k -> k.namespace = ns, dir -> replaceJson(dir, "namespace", ns));
            }
            case 5 -> {
                String v = pick(r, BAD_VERSIONS);
                makePackaged(c);
                return new Bad("versionNumber " + v, k -> k.versionNumber = v,
                        dir -> replaceJson(dir, "versionNumber", v));
            }
            default -> {
                // at an API version that has the switch, with refresh tokens to limit
                ApiVersion since = MetadataType.GLOBAL_OAUTH_SETTINGS.schema().field(IDLE_LIMIT).since();
                if (ApiVersion.parse(c.api).isBefore(since)) {
                    c.api = since.toString();
                }
                c.app.setScopes(List.of("Api", "RefreshToken"));
                makePackaged(c);
                c.app.setRefreshTokenRotation("true");
                c.app.setRefreshTokenIdleLimit("true");
                return new Bad("Packaged app whose refresh tokens stay valid until revoked in the customers' orgs",
                        k -> k.app.setRefreshTokenIdleLimit("false"),
                        dir -> replaceElement(dir, "ecaGlblOauth-meta.xml", IDLE_LIMIT, "false"));
            }
        }
    }

    private static void makePackaged(Case c) {
        if (!c.packaged()) {
            c.app.setDistributionState("Packaged");
            c.namespace = "prop";
            c.app.setPkceRequired("true");
            c.app.setRefreshTokenPolicy("Zero");
            c.app.setRefreshTokenValidityPeriod(null);
            c.app.setRefreshTokenValidityUnit(null);
            c.app.setRefreshTokenRotation("true");
            idleLimitIfPackaged(c);
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static void edit(Path f, java.util.function.UnaryOperator<String> change) {
        try {
            Files.writeString(f, change.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    static void replaceElement(Path dir, String suffix, String element, String value) {
        try {
            for (Path f : files(dir, suffix)) {
                edit(f, s -> s.contains("<" + element + ">")
                        ? s.replaceFirst("<" + element + ">[^<]*</" + element + ">",
                                java.util.regex.Matcher.quoteReplacement("<" + element + ">" + xml(value) + "</"
                                        + element + ">"))
                        : s.replaceFirst("(\\n\\s*<label>)", java.util.regex.Matcher.quoteReplacement("\n    <"
                                + element + ">" + xml(value) + "</" + element + ">") + "$1"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void removeElement(Path dir, String suffix, String element) {
        try {
            for (Path f : files(dir, suffix)) {
                edit(f, s -> s.replaceFirst("\\n\\s*<" + element + ">[^<]*</" + element + ">", ""));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void replaceJson(Path dir, String key, String value) {
        Path f = dir.resolve("sfdx-project.json");
        edit(f, s -> s.contains("\"" + key + "\"")
                ? s.replaceFirst("\"" + key + "\": \"[^\"]*\"", "\"" + key + "\": \"" + value + "\"")
                : s.replaceFirst("\\{", "{\n  \"" + key + "\": \"" + value + "\","));
    }

    static void renameApp(Path dir, String good, String bad) {
        try {
            for (Path f : files(dir, ".eca-meta.xml")) {
                Files.move(f, f.resolveSibling(bad + ".eca-meta.xml"));
            }
            for (Path f : files(dir, "-meta.xml")) {
                edit(f, s -> s.replace("<externalClientApplication>" + good + "</externalClientApplication>",
                        "<externalClientApplication>" + bad + "</externalClientApplication>"));
            }
            edit(dir.resolve("manifest/package.xml"), s -> s.replace("<members>" + good + "</members>",
                    "<members>" + bad + "</members>"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
