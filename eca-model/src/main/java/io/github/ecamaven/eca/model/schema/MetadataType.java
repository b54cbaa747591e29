package io.github.ecamaven.eca.model.schema;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppCanvasSettings;
import io.github.ecamaven.eca.model.ExtlClntAppConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppMobileConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppMobileSettings;
import io.github.ecamaven.eca.model.ExtlClntAppNotificationSettings;
import io.github.ecamaven.eca.model.ExtlClntAppOauthConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSecuritySettings;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.ExtlClntAppPushConfigurablePolicies;
import io.github.ecamaven.eca.model.ExtlClntAppPushSettings;
import io.github.ecamaven.eca.model.ExtlClntAppSamlConfigurablePolicies;
import io.github.ecamaven.eca.model.MetadataComponent;
import java.nio.file.Path;

/**
 * The 13 External Client App metadata types as the sf CLI registry (source-deploy-retrieve) knows them: type name
 * (package.xml {@code <name>}), file suffix, folder, whether a 2GP package may contain it, and the API version that
 * has it. Source files are {@code <folder>/<fullName>.<suffix>-meta.xml}.
 */
public enum MetadataType {
    EXTERNAL_CLIENT_APPLICATION("ExternalClientApplication", "eca", "externalClientApps",
            ExternalClientApplication.class, true, 59, ""),
    OAUTH_SETTINGS("ExtlClntAppOauthSettings", "ecaOauth", "extlClntAppOauthSettings",
            ExtlClntAppOauthSettings.class, true, 59, "_oauth"),
    GLOBAL_OAUTH_SETTINGS("ExtlClntAppGlobalOauthSettings", "ecaGlblOauth", "extlClntAppGlobalOauthSets",
            ExtlClntAppGlobalOauthSettings.class, false, 59, "_glbloauth"),
    OAUTH_POLICIES("ExtlClntAppOauthConfigurablePolicies", "ecaOauthPlcy", "extlClntAppOauthPolicies",
            ExtlClntAppOauthConfigurablePolicies.class, false, 59, "_oauthPlcy"),
    POLICIES("ExtlClntAppConfigurablePolicies", "ecaPlcy", "extlClntAppPolicies",
            ExtlClntAppConfigurablePolicies.class, false, 60, "_plcy"),
    OAUTH_SECURITY_SETTINGS("ExtlClntAppOauthSecuritySettings", "ecaOauthSecurity", "extlClntAppOauthSecuritySettings",
            ExtlClntAppOauthSecuritySettings.class, false, 67, "_oauthSecurity"),
    NOTIFICATION_SETTINGS("ExtlClntAppNotificationSettings", "ecaNotifications", "extlClntAppNotifSettings",
            ExtlClntAppNotificationSettings.class, true, 60, "_notifications"),
    MOBILE_SETTINGS("ExtlClntAppMobileSettings", "ecaMobile", "extlClntAppMobileSettings",
            ExtlClntAppMobileSettings.class, true, 59, "_mobile"),
    MOBILE_POLICIES("ExtlClntAppMobileConfigurablePolicies", "ecaMobilePlcy", "extlClntAppMobilePolicies",
            ExtlClntAppMobileConfigurablePolicies.class, false, 59, "_mobilePlcy"),
    SAML_POLICIES("ExtlClntAppSamlConfigurablePolicies", "ecaSamlPlcy", "extlClntAppSamlConfigurablePolicies",
            ExtlClntAppSamlConfigurablePolicies.class, false, 63, "_samlPlcy"),
    PUSH_SETTINGS("ExtlClntAppPushSettings", "ecaPush", "extlClntAppPushSettings",
            ExtlClntAppPushSettings.class, true, 62, "_push"),
    PUSH_POLICIES("ExtlClntAppPushConfigurablePolicies", "ecaPushPlcy", "extlClntAppPushPolicies",
            ExtlClntAppPushConfigurablePolicies.class, false, 62, "_pushPlcy"),
    CANVAS_SETTINGS("ExtlClntAppCanvasSettings", "ecaCanvas", "extlClntAppCanvasSettings",
            ExtlClntAppCanvasSettings.class, true, 66, "_canvasSettings");

    /** The folder of the type folders inside a package directory, forward slashes. */
    public static final String SOURCE_FOLDER = "main/default";

    /** What follows the suffix of a source file: {@code X.ecaOauth-meta.xml}. */
    public static final String META_SUFFIX = "-meta.xml";

    private final String typeName;
    private final String suffix;
    private final String directoryName;
    private final Class<? extends MetadataComponent> modelClass;
    private final boolean packageable;
    private final ApiVersion since;
    private final String nameSuffix;

    MetadataType(String typeName, String suffix, String directoryName, Class<? extends MetadataComponent> modelClass,
            boolean packageable, int since, String nameSuffix) {
        this.typeName = typeName;
        this.suffix = suffix;
        this.directoryName = directoryName;
        this.modelClass = modelClass;
        this.packageable = packageable;
        this.since = ApiVersion.of(since);
        this.nameSuffix = nameSuffix;
    }

    /** package.xml {@code <name>} and XML root element. */
    public String typeName() {
        return typeName;
    }

    /** Suffix without dot, e.g. {@code ecaGlblOauth}. */
    public String suffix() {
        return suffix;
    }

    /** Folder under {@code main/default}, e.g. {@code extlClntAppGlobalOauthSets}. */
    public String directoryName() {
        return directoryName;
    }

    public Class<? extends MetadataComponent> modelClass() {
        return modelClass;
    }

    /** Whether {@code sf package version create} may include it (global settings and policies never). */
    public boolean isPackageable() {
        return packageable;
    }

    /** First API version where Salesforce documents the type as available. */
    public ApiVersion since() {
        return since;
    }

    /** The field table of this type. */
    public TypeSpec schema() {
        return EcaSchema.type(typeName);
    }

    /** Whether this is a satellite (it names its app in {@code <externalClientApplication>}). */
    public boolean isSatellite() {
        return this != EXTERNAL_CLIENT_APPLICATION;
    }

    /** The fullName Salesforce gives this component of app {@code appName}, e.g. {@code My_App_glbloauth}. */
    public String conventionalName(String appName) {
        return appName + nameSuffix;
    }

    /** {@code <fullName>.<suffix>-meta.xml}. */
    public String sourceFileName(String fullName) {
        return fullName + "." + suffix + META_SUFFIX;
    }

    /** {@code <packageDir>/main/default/<folder>/<fullName>.<suffix>-meta.xml}. */
    public Path sourcePath(Path packageDir, String fullName) {
        Path folder = packageDir;
        for (String part : SOURCE_FOLDER.split("/")) {
            folder = folder.resolve(part);
        }
        return folder.resolve(directoryName).resolve(sourceFileName(fullName));
    }

    /** The type of a source file name ({@code X.ecaOauth-meta.xml}) or MDAPI name ({@code X.ecaOauth}), or null. */
    public static MetadataType ofFileName(String fileName) {
        // asked for every file of every package directory: compares regions of the name, allocates nothing
        int end = fileName.endsWith(META_SUFFIX) ? fileName.length() - META_SUFFIX.length() : fileName.length();
        int dot = end == 0 ? -1 : fileName.lastIndexOf('.', end - 1);
        if (dot <= 0) {
            return null;
        }
        int length = end - dot - 1;
        for (MetadataType t : ALL) {
            if (t.suffix.length() == length && fileName.startsWith(t.suffix, dot + 1)) {
                return t;
            }
        }
        return null;
    }

    /** The component name of a file of this registry ({@code X} for {@code X.ecaOauth-meta.xml}), or null. */
    public static String componentName(String fileName) {
        if (ofFileName(fileName) == null) {
            return null;
        }
        String name = fileName.endsWith(META_SUFFIX) ? fileName.substring(0, fileName.length() - META_SUFFIX.length())
                : fileName;
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** By package.xml type name or XML root element; null when unknown. */
    public static MetadataType ofTypeName(String typeName) {
        for (MetadataType t : values()) {
            if (t.typeName.equals(typeName)) {
                return t;
            }
        }
        return null;
    }

    /** Whether a file name looks like an ECA file, including misspelt suffixes ({@code .ecaGlobalOauth}). */
    public static boolean looksLikeEcaFile(String fileName) {
        // `*.eca[a-z]*-meta.xml`, any case; asked for every file of every package directory, so it compares the
        // name's characters instead of lower-casing it and running a pattern
        int end = fileName.length() - META_SUFFIX.length();
        if (end < 0 || !fileName.regionMatches(true, end, META_SUFFIX, 0, META_SUFFIX.length())) {
            return false;
        }
        int dot = fileName.lastIndexOf('.', end - 1);
        if (dot < 0 || end - dot - 1 < ECA.length() || !fileName.regionMatches(true, dot + 1, ECA, 0, ECA.length())) {
            return false;
        }
        for (int i = dot + 1 + ECA.length(); i < end; i++) {
            char c = Character.toLowerCase(fileName.charAt(i));
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static final String ECA = "eca";
    /** {@link #values()} copies the array on every call. */
    private static final MetadataType[] ALL = values();
}
