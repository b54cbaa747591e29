package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.ExtlClntAppStartPage;
import io.github.ecamaven.eca.model.PermittedUsersPolicyType;
import io.github.ecamaven.eca.model.RefreshTokenPolicyType;
import io.github.ecamaven.eca.model.SessionSecurityLevel;
import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.project.RunAsUser;
import io.github.ecamaven.eca.text.Choices;
import io.github.ecamaven.eca.text.DidYouMean;
import io.github.ecamaven.eca.validate.report.Tool;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every {@code <app>} element in one table: its value type, its default (the documented Salesforce default the
 * generator writes when neither the configuration nor the preset sets it), the metadata type and field it sets, and
 * a one-line description. eca:generate takes its defaults from here, eca:migrate's POM snippet maps files back to
 * {@code <app>} elements with it, and the site's "App configuration reference" is rendered from it; the first API
 * version of each element is the schema's since table. Cross-field checks stay code ({@link AppMapper}).
 */
public final class AppSettings {

    /** How the value of a setting relates to its metadata field. */
    public enum Mapping {
        /** The same value. */
        SAME,
        /** The boolean negated ({@code secretRequiredForWebServerFlow} writes {@code isConsumerSecretOptional}). */
        NEGATED,
        /** A list: one line each in the field. */
        LINES,
        /** A list: comma-separated in the field. */
        COMMAS,
        /** Not written to a field by itself (a preset, a file the field is read from, a switch). */
        NONE
    }

    /**
     * One {@code <app>} element.
     *
     * @param element the element name in {@code <app>}
     * @param type the value the element takes, for readers ({@code text}, {@code true/false}, a list ...)
     * @param defaultValue what generate writes when nothing sets it (null: the field is left out)
     * @param target the metadata type it sets, or null
     * @param field the element of {@code target} it sets, or null
     * @param mapping how the value becomes the field
     * @param description one line for the reference page
     * @param values the values the element takes when it names one of a model enum's values (eca:generate reads it
     *     in any case); empty otherwise
     */
    public record Setting(String element, String type, Object defaultValue, MetadataType target, String field,
            Mapping mapping, String description, List<? extends Enum<?>> values) {

        /** The first API version that has the target field; null when the setting writes no field. */
        public ApiVersion since() {
            if (target == null) {
                return null;
            }
            // the name is the component's: as old as the type
            return "fullName".equals(field) ? target.schema().since() : EcaSchema.since(target.typeName(), field);
        }
    }

    private static final MetadataType ECA = MetadataType.EXTERNAL_CLIENT_APPLICATION;
    private static final MetadataType OS = MetadataType.OAUTH_SETTINGS;
    private static final MetadataType GOS = MetadataType.GLOBAL_OAUTH_SETTINGS;
    private static final MetadataType OP = MetadataType.OAUTH_POLICIES;
    private static final MetadataType CP = MetadataType.POLICIES;

    private static final List<Setting> SETTINGS = List.of(
            s("name", "API name", null, ECA, "fullName", Mapping.NONE,
                    "API name of the app and of its files: letters, digits and single underscores, at most 40"),
            s("label", "text", null, ECA, "label", Mapping.SAME, "Display name; defaults to the API name"),
            s("contactEmail", "e-mail", null, ECA, "contactEmail", Mapping.SAME,
                    "E-mail Salesforce uses to contact the app owner (required)"),
            s("contactPhone", "text", null, ECA, "contactPhone", Mapping.SAME, "Contact phone"),
            s("description", "text", null, ECA, "description", Mapping.SAME, "Short description"),
            s("infoUrl", "http(s) URL", null, ECA, "infoUrl", Mapping.SAME, "Info URL"),
            s("iconUrl", "http(s) URL", null, ECA, "iconUrl", Mapping.SAME, "Icon URL"),
            s("logoUrl", "http(s) URL", null, ECA, "logoUrl", Mapping.SAME, "Logo image URL"),
            e("distributionState", List.of(ExtlClntAppDistState.Local, ExtlClntAppDistState.Packaged),
                    ExtlClntAppDistState.Local.name(), ECA, "distributionState", Mapping.SAME,
                    "Local, or Packaged for an app other orgs install from a 2GP managed package"),
            s("preset", String.join(", ", Preset.ids()), null, null, null, Mapping.NONE,
                    "Named set of defaults; every element stays overridable"),
            s("callbackUrls", "list of <callbackUrl>", null, GOS, "callbackUrl", Mapping.LINES,
                    "OAuth callback URLs: https, a custom app scheme, or http on a loopback host; no user or"
                            + " password, no #fragment, a port from 1 to 65535, the host in ASCII (punycode)"),
            s("scopes", "list of <scope>", null, OS, "commaSeparatedOauthScopes", Mapping.COMMAS,
                    "OAuth scopes: metadata tokens (Api) or OAuth strings (api, refresh_token)"),
            s("customScopes", "list of <customScope>", null, OS, "commaSeparatedCustomScopes", Mapping.COMMAS,
                    "API names of custom scopes"),
            s("pkceRequired", "true/false", Boolean.TRUE, GOS, "isPkceRequired", Mapping.SAME,
                    "Require PKCE for the authorization code flow"),
            s("secretRequiredForWebServerFlow", "true/false", Boolean.TRUE, GOS, "isConsumerSecretOptional",
                    Mapping.NEGATED, "Require the client secret in the web-server flow"),
            s("secretRequiredForRefreshToken", "true/false", Boolean.TRUE, GOS, "isSecretRequiredForRefreshToken",
                    Mapping.SAME, "Require the client secret to refresh a token"),
            s("secretRequiredForTokenExchange", "true/false", Boolean.TRUE, GOS, "isSecretRequiredForTokenExchange",
                    Mapping.SAME, "Require the client secret in the token-exchange flow"),
            s("introspectAllTokens", "true/false", Boolean.FALSE, GOS, "isIntrospectAllTokens", Mapping.SAME,
                    "Let the app introspect every token of the org, not only its own"),
            s("authorizationCodeAndCredentialsFlow", "true/false", Boolean.FALSE, GOS, "isCodeCredFlowEnabled",
                    Mapping.SAME, "Enable the Authorization Code and Credentials flow (headless)"),
            s("clientCredentialsFlow", "true/false", Boolean.FALSE, GOS, "isClientCredentialsFlowEnabled",
                    Mapping.SAME, "Enable the client-credentials flow; needs <clientCredentialsUser>"),
            s("clientCredentialsUser", "username, " + RunAsUser.LOGIN_USER + " or " + RunAsUser.MAP_START + " …}",
                    null, OP, "clientCredentialsFlowUser", Mapping.SAME,
                    "User the client-credentials flow runs as (API Only); a template is resolved for each target org"
                            + " when eca:deploy sends the file (see below)"),
            s("deviceFlow", "true/false", Boolean.FALSE, GOS, "isDeviceFlowEnabled", Mapping.SAME,
                    "Enable the device flow"),
            s("tokenExchangeFlow", "true/false", Boolean.FALSE, GOS, "isTokenExchangeEnabled", Mapping.SAME,
                    "Enable the token-exchange flow (also in the OAuth policies)"),
            s("jwtBearer", "true/false", null, null, null, Mapping.NONE,
                    "Enable the JWT bearer flow; it is on when a certificate is set"),
            s("certificateFile", "path of a PEM file", null, GOS, "certificate", Mapping.NONE,
                    "X.509 certificate for the JWT bearer flow (never a private key)"),
            s("refreshTokenRotation", "true/false", Boolean.FALSE, GOS, "isRefreshTokenRotationEnabled",
                    Mapping.SAME, "Issue a new refresh token on every refresh"),
            s("refreshTokenIdleLimit", "true/false", Boolean.FALSE, GOS, "isEnforceRefreshTokenTTL", Mapping.SAME,
                    "Developer switch of the source org: refresh tokens unused for "
                            + SalesforceValues.REFRESH_TOKEN_IDLE_DAYS_MAX + " days expire in every org that"
                            + " installs the app or links to it (the partner idle limit); the OAuth policies configure"
                            + " only the org they are deployed to"),
            s("consumerKey", "text", null, GOS, "consumerKey", Mapping.SAME,
                    "Consumer key (client id) to deploy; a consumer secret is never accepted"),
            e("permittedUsers", List.of(PermittedUsersPolicyType.values()),
                    PermittedUsersPolicyType.AllSelfAuthorized.name(), OP,
                    "permittedUsersPolicyType", Mapping.SAME, "Who may use the app"),
            s("permissionSets", "list of <permissionSet>", null, OP, "commaSeparatedPermissionSet", Mapping.COMMAS,
                    "Permission-set API names pre-authorized (with AdminApprovedPreAuthorized)"),
            s("profiles", "list of <profile>", null, OP, "commaSeparatedProfile", Mapping.COMMAS,
                    "Profile names pre-authorized (with AdminApprovedPreAuthorized)"),
            e("refreshTokenPolicy", List.of(RefreshTokenPolicyType.values()), RefreshTokenPolicyType.Infinite.name(),
                    OP,
                    "refreshTokenPolicyType", Mapping.SAME, "How long refresh tokens stay valid"),
            s("refreshTokenValidityPeriod", "number", null, OP, "refreshTokenValidityPeriod", Mapping.SAME,
                    "Period for " + Choices.either(RefreshTokenPolicyType.timed())),
            e("refreshTokenValidityUnit", List.of(RefreshTokenValidityUnit.values()), null, OP,
                    "refreshTokenValidityUnit", Mapping.SAME,
                    "Unit of the period"),
            e("ipRelaxation", List.of(IpRelaxationPolicy.values()), IpRelaxationPolicy.Enforce.xmlValue(), OP,
                    "ipRelaxationPolicyType", Mapping.SAME, "Whether the org's login IP ranges apply to tokens"),
            e("sessionLevel", List.of(SessionSecurityLevel.values()), null, OP, "requiredSessionLevel",
                    Mapping.SAME,
                    "Session security level the app requires"),
            s("sessionTimeoutInMinutes", "number", null, OP, "sessionTimeoutInMinutes", Mapping.SAME,
                    "Session timeout in minutes"),
            s("startUrl", "http(s) URL", null, OP, "startUrl", Mapping.SAME,
                    "URL users land on after authorization"),
            s("policiesEnabled", "true/false", Boolean.TRUE, CP, "isEnabled", Mapping.SAME,
                    "Master switch of the app's plugins"),
            s("oauthPluginEnabled", "true/false", Boolean.TRUE, CP, "isOauthPluginEnabled", Mapping.SAME,
                    "OAuth plugin switch"),
            e("startPage", List.of(ExtlClntAppStartPage.values()), null, CP, "startPage", Mapping.SAME,
                    "Start page of the app"));

    /** The element {@link EcaApp} takes only to refuse it by name: a consumer secret never goes into the POM. */
    private static final String CONSUMER_SECRET = "consumerSecret";

    private static final Map<String, Setting> BY_ELEMENT = new LinkedHashMap<>();

    static {
        for (Setting s : SETTINGS) {
            BY_ELEMENT.put(s.element(), s);
        }
    }

    private AppSettings() {}

    private static Setting s(String element, String type, Object dflt, MetadataType target, String field,
            Mapping mapping, String description) {
        return new Setting(element, type, dflt, target, field, mapping, description, List.of());
    }

    /** A setting that takes one of {@code values}: its type column lists them. */
    private static Setting e(String element, List<? extends Enum<?>> values, Object dflt, MetadataType target,
            String field, Mapping mapping, String description) {
        return new Setting(element, String.join(", ", Choices.names(values)), dflt, target, field, mapping,
                description, values);
    }

    /** Every setting, in reference order. */
    public static List<Setting> all() {
        return SETTINGS;
    }

    /** The setting of {@code element}, e.g. {@code pkceRequired}. */
    public static Setting get(String element) {
        Setting s = BY_ELEMENT.get(element);
        if (s == null) {
            throw new IllegalArgumentException("no <app> setting " + element);
        }
        return s;
    }

    /**
     * What is wrong with a child of {@code <app>} named {@code element}, or null when it is one of the table's
     * elements or {@code <consumerSecret>} (taken only to be refused by name, see {@link EcaApp}): the closest
     * element and the reference page, which lists every element.
     *
     * @param where how the message names the {@code <app>}, e.g. {@code <apps><app> Nango_Integration}
     */
    public static String unknownElement(String element, String where) {
        if (BY_ELEMENT.containsKey(element) || CONSUMER_SECRET.equals(element)) {
            return null;
        }
        String closest = DidYouMean.closest(element, BY_ELEMENT.keySet());
        return where + ": <" + element + "> is no element of <app>"
                + (closest == null ? "" : DidYouMean.phrase("<" + closest + ">"))
                + " Every element of <app> is on " + Tool.siteUrl() + "app-settings.html";
    }

    /** The value {@code preset} gives {@code element} (for a Local app), or null. */
    public static Object presetValue(Preset preset, String element) {
        return value(preset.defaults(false), element);
    }

    private static Object value(EcaApp app, String element) {
        try {
            Method m = EcaApp.class.getMethod("get" + Character.toUpperCase(element.charAt(0)) + element.substring(1));
            return m.invoke(app);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("EcaApp has no getter for <" + element + ">", e);
        }
    }

    /** The child element of a list setting: {@code <callbackUrls><callbackUrl>}. */
    public static String itemElement(Setting s) {
        return s.element().substring(0, s.element().length() - 1);
    }

    /**
     * The {@code <app>} values that reproduce the given files (the reverse of eca:generate, for eca:migrate's POM
     * snippet): element to its texts, one for a single value, several for a list. Values equal to the default are
     * left out; settings that write no field of their own are not derived.
     *
     * @param models the model of each metadata type, or null for a type without a file
     */
    public static Map<String, List<String>> fromFiles(Function<MetadataType, Object> models) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Setting s : SETTINGS) {
            Object model = s.target() == null || s.mapping() == Mapping.NONE ? null : models.apply(s.target());
            String v = model == null ? null : ModelFields.text(ModelFields.get(model, s.field()));
            if (v == null || v.isBlank()) {
                continue;
            }
            List<String> values = switch (s.mapping()) {
                case SAME -> List.of(v.trim());
                case NEGATED -> List.of(String.valueOf(!Boolean.parseBoolean(v.trim())));
                case LINES -> SalesforceValues.splitCallbacks(v);
                case COMMAS -> Arrays.stream(v.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
                case NONE -> List.of();
            };
            if (values.isEmpty() || values.size() == 1 && values.get(0).equals(String.valueOf(s.defaultValue()))) {
                continue;
            }
            out.put(s.element(), values);
        }
        return out;
    }

    // ---------------------------------------------------------------- the reference page

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String t = v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                : String.valueOf(v);
        return "`" + t.replace("|", "\\|") + "`";
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }

    /**
     * What {@code preset} sets otherwise for a Packaged app, split by where it acts: the global OAuth settings (the
     * source org's developer switches, which reach every org that installs the app or links to it) and the OAuth
     * policies (the org the file is deployed to); empty when the preset sets nothing else.
     */
    static String packagedValues(Preset preset) {
        StringBuilder global = new StringBuilder();
        StringBuilder policies = new StringBuilder();
        for (Setting s : SETTINGS) {
            Object local = value(preset.defaults(false), s.element());
            Object packaged = value(preset.defaults(true), s.element());
            if (packaged == null || packaged.equals(local)) {
                continue;
            }
            StringBuilder to = s.target() == MetadataType.GLOBAL_OAUTH_SETTINGS ? global : policies;
            to.append(to.length() == 0 ? "" : ", ").append("`").append(s.element()).append("` ").append(cell(packaged));
        }
        if (global.length() == 0 && policies.length() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(" For a Packaged app the `").append(preset.id()).append("` preset sets");
        if (global.length() > 0) {
            b.append(" ").append(global).append(" in the global OAuth settings: developer switches of the source")
                    .append(" org, which reach every org that installs the app or links to it");
        }
        if (policies.length() > 0) {
            b.append(global.length() > 0 ? "; and " : " ").append(policies).append(" in the OAuth policies, which")
                    .append(" configure only the org they are deployed to (each customer's admin sets their own)");
        }
        return b.append(".").toString();
    }

    /** The "App configuration reference" page as Markdown. */
    public static String markdown() {
        StringBuilder b = new StringBuilder("# App configuration reference\n\n");
        b.append("Every element of an `<app>` in the `<apps>` of eca:generate: the values it takes, what it is")
                .append(" when nothing sets it and under each preset, the metadata field it sets, and the first API")
                .append(" version that has that field (a setting newer than the project's `<apiVersion>` is")
                .append(" refused). Generated from the plugin's settings table, like the")
                .append(" [rule catalogue](rules.html). ").append(SETTINGS.size()).append(" elements.\n\n");
        b.append("| Element | Values | Default |");
        for (Preset p : Preset.values()) {
            b.append(" Preset `").append(p.id()).append("` |");
        }
        b.append(" Sets | Since | Description |\n|---|---|---|");
        b.append("---|".repeat(Preset.values().length)).append("---|---|---|\n");
        for (Setting s : SETTINGS) {
            b.append("| `").append(s.element()).append("` | ").append(text(s.type())).append(" | ")
                    .append(cell(s.defaultValue())).append(" |");
            for (Preset p : Preset.values()) {
                b.append(" ").append(cell(presetValue(p, s.element()))).append(" |");
            }
            b.append(" ").append(s.target() == null ? "" : s.target().typeName() + "." + s.field()
                    + (s.mapping() == Mapping.NEGATED ? " (negated)" : "")).append(" | ")
                    .append(s.since() == null ? "" : s.since().toString()).append(" | ")
                    .append(text(s.description())).append(" |\n");
        }
        b.append("\nA preset's values apply to a Local app.").append(Arrays.stream(Preset.values())
                .map(AppSettings::packagedValues).collect(java.util.stream.Collectors.joining()))
                .append(" `tokenExchangeFlow` and `clientCredentialsFlow` are written to the OAuth policies as well.\n");
        runAsUser(b);
        return b.toString();
    }

    /** The forms of {@code <clientCredentialsUser>}: the syntax is {@link RunAsUser}'s. */
    private static void runAsUser(StringBuilder b) {
        b.append("\n## The run-as user in each org\n\n")
                .append("Usernames are org-specific (a sandbox adds a suffix), and a deploy whose")
                .append(" `clientCredentialsFlowUser` names a user the org lacks fails with \"Enter a valid execution")
                .append(" user for the OAuth client credentials flow.\" So `<clientCredentialsUser>` takes one of:\n\n")
                .append("| Value | Example | The org gets |\n|---|---|---|\n")
                .append("| a username | `integration@acme.com` | that user, in every org (checked there before each deploy"
                        + " too) |\n")
                .append("| `").append(RunAsUser.LOGIN_USER).append("` | `").append(RunAsUser.LOGIN_USER)
                .append("` | the user sf is logged in to the target org with |\n")
                .append("| a per-org map `").append(RunAsUser.MAP_START).append(" key=username, …}` | `")
                .append(RunAsUser.MAP_EXAMPLE).append("` | the entry whose key is the alias you pass")
                .append(" (`-D").append(PropertyNames.TARGET_ORG).append("`), else the org's alias, else the username sf is logged in with, else `")
                .append(RunAsUser.FALLBACK).append("`; a value may be `").append(RunAsUser.LOGIN_USER)
                .append("`; entries are separated by commas or new lines |\n\n")
                .append("eca:generate writes a template into the committed OAuth policies file as it is, never a")
                .append(" resolved username. eca:deploy resolves it for the target org, checks with")
                .append(" `sf data query` that the user exists and is active there (else it refuses before sending")
                .append(" anything, naming the map entry to add or the user to create with API Only), and writes the")
                .append(" username only into the copy it deploys from `target/eca/deploy`. eca:retrieve counts the")
                .append(" org's user as no drift when it is the one the template gives for that org.\n\n")
                .append("The templates start with `@{`, not `${`: Maven replaces `${…}` in the POM before the plugin")
                .append(" sees it, and a whole value such as `${targetOrg.username}` that no property defines becomes")
                .append(" nothing at all, so the plugin refuses `${targetOrg…}` and names the `@{…}` form.\n");
    }

    /** Writes the Markdown page to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AppSettings <output.md>");
        }
        Path out = Paths.get(args[0]);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, markdown(), StandardCharsets.UTF_8);
    }
}
