package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An sfdx project in memory: a clean Local nango app that passes every rule, plus edits for failing inputs. */
final class TestProject {

    static final String D = "force-app/main/default/";
    static final String ECA = D + "externalClientApps/Nango_App.eca-meta.xml";
    static final String OAUTH = D + "extlClntAppOauthSettings/Nango_App_oauth.ecaOauth-meta.xml";
    static final String GLOBAL = D + "extlClntAppGlobalOauthSets/Nango_App_glbloauth.ecaGlblOauth-meta.xml";
    static final String OAUTH_PLCY = D + "extlClntAppOauthPolicies/Nango_App_oauthPlcy.ecaOauthPlcy-meta.xml";
    static final String PLCY = D + "extlClntAppPolicies/Nango_App_plcy.ecaPlcy-meta.xml";
    static final String JSON = "sfdx-project.json";
    static final String MANIFEST = "manifest/package.xml";
    static final String CONNECTED_APP = D + "connectedApps/Old_App.connectedApp-meta.xml";

    /** A Connected App whose {@code <oauthConfig>} holds {@code oauthBody} (lines indented by 8). */
    static String connectedApp(String oauthBody) {
        return HEAD + "<ConnectedApp" + NS + ">\n    <contactEmail>ops@example.com</contactEmail>\n    <label>Old App</label>\n"
                + "    <oauthConfig>\n" + oauthBody + "    </oauthConfig>\n</ConnectedApp>\n";
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    private final Map<String, String> files = new LinkedHashMap<>();
    /** What the build says the package is ({@code eca.packageType}); null for unknown. */
    private String packageType;
    /** The Nango server the build declares ({@code eca.nangoUrl}, {@code eca.nangoCallbackUrl}); null for Nango Cloud. */
    private io.github.ecamaven.eca.project.NangoCallback nangoCallback;

    static TestProject clean() {
        TestProject p = new TestProject();
        p.files.put(JSON, """
                {
                  "packageDirectories": [
                    {
                      "path": "force-app",
                      "default": true
                    }
                  ],
                  "name": "nango",
                  "namespace": "",
                  "sfdcLoginUrl": "https://login.salesforce.com",
                  "sourceApiVersion": "64.0"
                }
                """);
        p.files.put(ECA, xml("ExternalClientApplication", """
                    <contactEmail>ops@example.com</contactEmail>
                    <distributionState>Local</distributionState>
                    <isProtected>false</isProtected>
                    <label>Nango App</label>
                """));
        p.files.put(OAUTH, xml("ExtlClntAppOauthSettings", """
                    <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>
                    <externalClientApplication>Nango_App</externalClientApplication>
                    <label>Nango_App_oauth</label>
                """));
        p.files.put(GLOBAL, xml("ExtlClntAppGlobalOauthSettings", """
                    <callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>
                    <externalClientApplication>Nango_App</externalClientApplication>
                    <isConsumerSecretOptional>false</isConsumerSecretOptional>
                    <isIntrospectAllTokens>true</isIntrospectAllTokens>
                    <isPkceRequired>true</isPkceRequired>
                    <isRefreshTokenRotationEnabled>true</isRefreshTokenRotationEnabled>
                    <isSecretRequiredForRefreshToken>true</isSecretRequiredForRefreshToken>
                    <label>Nango_App_glbloauth</label>
                """));
        p.files.put(OAUTH_PLCY, xml("ExtlClntAppOauthConfigurablePolicies", """
                    <externalClientApplication>Nango_App</externalClientApplication>
                    <ipRelaxationPolicyType>Enforce</ipRelaxationPolicyType>
                    <label>Nango_App_oauthPlcy</label>
                    <permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>
                    <refreshTokenPolicyType>SpecificInactivity</refreshTokenPolicyType>
                    <refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>
                    <refreshTokenValidityUnit>Days</refreshTokenValidityUnit>
                """));
        p.files.put(PLCY, xml("ExtlClntAppConfigurablePolicies", """
                    <externalClientApplication>Nango_App</externalClientApplication>
                    <isEnabled>true</isEnabled>
                    <isOauthPluginEnabled>true</isOauthPluginEnabled>
                    <label>Nango_App_plcy</label>
                """));
        p.files.put(MANIFEST, xml("Package", """
                    <types>
                        <members>Nango_App</members>
                        <name>ExternalClientApplication</name>
                    </types>
                    <types>
                        <members>Nango_App_plcy</members>
                        <name>ExtlClntAppConfigurablePolicies</name>
                    </types>
                    <types>
                        <members>Nango_App_glbloauth</members>
                        <name>ExtlClntAppGlobalOauthSettings</name>
                    </types>
                    <types>
                        <members>*</members>
                        <name>ExtlClntAppOauthConfigurablePolicies</name>
                    </types>
                    <types>
                        <members>Nango_App_oauth</members>
                        <name>ExtlClntAppOauthSettings</name>
                    </types>
                    <version>64.0</version>
                """));
        return p;
    }

    static String xml(String root, String body) {
        return HEAD + "<" + root + NS + ">\n" + body + "</" + root + ">\n";
    }

    String text(String path) {
        return files.get(path);
    }

    TestProject put(String path, String content) {
        files.put(path, content);
        return this;
    }

    TestProject remove(String path) {
        files.remove(path);
        return this;
    }

    /** Replaces {@code from} (which must occur) by {@code to} in {@code path}. */
    TestProject edit(String path, String from, String to) {
        String c = files.get(path);
        assertThat(c).as("%s contains %s", path, from).contains(from);
        files.put(path, c.replace(from, to));
        return this;
    }

    /** Whether this project has the same files, with the same content, and package type as {@code other}. */
    boolean sameAs(TestProject other) {
        return files.equals(other.files) && java.util.Objects.equals(packageType, other.packageType)
                && java.util.Objects.equals(nangoCallback, other.nangoCallback);
    }

    /** The build's package type, {@code Managed} or {@code Unlocked}. */
    TestProject packageType(String type) {
        packageType = type;
        return this;
    }

    /** The build's {@code eca.nangoUrl} and {@code eca.nangoCallbackUrl} (null or blank: not set). */
    TestProject nango(String nangoUrl, String callbackUrl) {
        nangoCallback = io.github.ecamaven.eca.project.NangoCallback.of(nangoUrl, callbackUrl);
        return this;
    }

    /** Moves a file. */
    TestProject move(String from, String to) {
        files.put(to, files.remove(from));
        return this;
    }

    /** The line of the global OAuth settings that turns the developer switch for idle refresh tokens on. */
    static final String IDLE_LIMIT_ON = "    <isEnforceRefreshTokenTTL>true</isEnforceRefreshTokenTTL>\n";

    static final String PACKAGED_GLOBAL = "config-eca/main/default/extlClntAppGlobalOauthSets/"
            + "Nango_App_glbloauth.ecaGlblOauth-meta.xml";

    /**
     * A Packaged app in a namespaced package directory; the global settings in an unpackaged directory, with the
     * developer switch that limits idle refresh tokens in every org (at an API version that has it).
     */
    TestProject packaged() {
        edit(ECA, "Local", "Packaged");
        edit(GLOBAL, "    <isIntrospectAllTokens>", IDLE_LIMIT_ON + "    <isIntrospectAllTokens>");
        move(GLOBAL, PACKAGED_GLOBAL);
        files.put(JSON, """
                {
                  "packageDirectories": [
                    {
                      "path": "force-app",
                      "default": true,
                      "package": "Nango",
                      "versionNumber": "0.1.0.NEXT"
                    },
                    {
                      "path": "config-eca"
                    }
                  ],
                  "name": "nango",
                  "namespace": "nango",
                  "sourceApiVersion": "67.0",
                  "packageAliases": {
                    "Nango": "0Ho000000000001AAA"
                  }
                }
                """);
        return this;
    }

    Path write(Path dir) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path f = dir.resolve(e.getKey());
                Files.createDirectories(f.getParent() == null ? dir : f.getParent());
                String link = RuleExample.linkTarget(e.getValue());
                if (link != null) {
                    Files.createSymbolicLink(f, Path.of(link));
                } else {
                    Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> validate(Path dir, Profile profile) {
        try {
            return EcaValidator.validate(ValidationRequest.of(write(dir)).withProfile(profile)
                            .withPackageType(packageType).withNangoCallback(nangoCallback),
                    io.github.ecamaven.eca.log.EcaLog.NONE).findings();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
