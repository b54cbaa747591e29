package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.util.regex.Pattern;

/**
 * The eligibility rules (E1 … E12; the usage-migrate page tabulates what each means for an app) that decide from the file alone whether an app converts, is skipped
 * or is refused. Warnings that never block (E3, E4, E8, E11) are the converter's.
 */
public final class Eligibility {

    /** SAML policies exist from their type's first API version on (E5); the since table has it. */
    public static final ApiVersion SAML_SINCE = MetadataType.SAML_POLICIES.since();
    /** Canvas settings exist from their type's first API version on (E6); the since table has it. */
    public static final ApiVersion CANVAS_SINCE = MetadataType.CANVAS_SETTINGS.since();

    private static final Pattern DEVHUB = Pattern.compile("DEVHUB_[A-Za-z0-9]+");
    /** A namespaced component in a start URL ({@code /lightning/n/sf_devops__DevOps_Center}). */
    private static final Pattern NAMESPACED_URL = Pattern.compile("(^|[/=.])[A-Za-z][A-Za-z0-9_]*?__[A-Za-z0-9]");

    private Eligibility() {}

    /** The verdict for {@code source} at {@code target}; {@code handler} is the named replacement ECA handler or null. */
    public static Verdict check(ConnectedAppSource source, ApiVersion target, String handler, boolean includeDevHub) {
        ConnectedApp app = source.app();
        String name = source.name();
        if (source.document().element("developerName") != null || source.document().element("version") != null) {
            return Verdict.refuse("E1", source.at("developerName") + ": '" + name + "' comes from an installed"
                    + " package (developerName/version shape); only local apps migrate: migrate it at the publisher");
        }
        if (name.contains("__")) {
            return Verdict.refuse("E1", source.at(null) + ": '" + name + "' has a namespace prefix: it comes from an"
                    + " installed package; only local apps migrate: migrate it at the publisher");
        }
        if (app.getStartUrl() != null && NAMESPACED_URL.matcher(app.getStartUrl()).find()
                && app.getOauthConfig() == null && app.getSamlConfig() == null) {
            return Verdict.refuse("E1", source.at("startUrl") + ": '" + name + "' starts a namespaced component ("
                    + app.getStartUrl().trim() + ") and has no OAuth or SAML settings of its own: it is the app of an"
                    + " installed package (like DevOps Center); only local apps migrate: migrate it at the publisher,"
                    + " or leave it out with -D" + PropertyNames.APP_NAMES);
        }
        if (DEVHUB.matcher(name).matches() && !includeDevHub) {
            return Verdict.skip("E10", name + " is a Dev Hub platform app; skipped (-D"
                    + PropertyNames.MIGRATE_INCLUDE_DEV_HUB + "=true"
                    + " migrates it)");
        }
        if (app.getOauthConfig() == null && app.getSamlConfig() == null && app.getCanvasConfig() == null) {
            return Verdict.skip("E9", name + " has no oauthConfig, samlConfig or canvasConfig: nothing to convert");
        }
        if (!ValueMappings.isValidApiName(name)) {
            return Verdict.refuse("NAME", source.at(null) + ": '" + name + "' is not a valid External Client App"
                    + " API name (letters, digits and _, starting with a letter, no __, not ending in _): rename the"
                    + " Connected App file first");
        }
        if (app.getPlugin() != null && !app.getPlugin().isBlank() && (handler == null || handler.isBlank())) {
            return Verdict.refuse("E7", source.at("plugin") + ": " + name + " runs the Apex plugin "
                    + app.getPlugin().trim() + " (Auth.ConnectedAppPlugin); ECA handlers extend"
                    + " Auth.ExternalClientAppOauthHandler: write one and name it with"
                    + " -D" + PropertyNames.MIGRATE_APEX_HANDLERS + "=" + name + ":YourHandlerClass");
        }
        if (app.getSamlConfig() != null) {
            if ("Triple_Des".equals(trim(app.getSamlConfig().getEncryptionType()))) {
                return Verdict.refuse("E5", source.at("samlConfig") + ": " + name + " encrypts SAML assertions with"
                        + " Triple_Des, which External Client Apps do not offer (AES_128, AES_256): change the"
                        + " encryption in the Connected App first");
            }
            if (target.isBefore(SAML_SINCE)) {
                return Verdict.refuse("E5", source.at("samlConfig") + ": " + name + " has SAML settings; External"
                        + " Client Apps have SAML from API " + SAML_SINCE + ", the project is at " + target
                        + ": raise sourceApiVersion (or -D" + PropertyNames.API_VERSION + ")");
            }
        }
        if (app.getCanvasConfig() != null && target.isBefore(CANVAS_SINCE)) {
            return Verdict.refuse("E6", source.at("canvasConfig") + ": " + name + " is a canvas app; External Client"
                    + " Apps have canvas settings from API " + CANVAS_SINCE + ", the project is at " + target
                    + ": raise sourceApiVersion (or -D" + PropertyNames.API_VERSION + ")");
        }
        return Verdict.CONVERT;
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
