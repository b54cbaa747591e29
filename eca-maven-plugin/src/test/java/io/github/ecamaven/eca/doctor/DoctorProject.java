package io.github.ecamaven.eca.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small project with one Local app, Nango_App, of the source org {@link #SOURCE_ID}: header, OAuth settings and
 * global OAuth settings (Nango Cloud's callback, PKCE on, scopes Api and RefreshToken), OAuth policies (users
 * self-authorize, refresh tokens valid until revoked). The same files serve as what
 * an org answers to a retrieve ({@link #orgFiles}).
 */
final class DoctorProject {

    static final String APP = "Nango_App";
    static final String SOURCE_ID = "00D000000000001AAA";
    static final String OTHER_ID = "00D000000000002AAA";
    static final String HEADER = "force-app/main/default/externalClientApps/Nango_App.eca-meta.xml";
    static final String OAUTH = "force-app/main/default/extlClntAppOauthSettings/Nango_App_oauth.ecaOauth-meta.xml";
    static final String GLOBAL = "force-app/main/default/extlClntAppGlobalOauthSets/Nango_App_glbloauth"
            + ".ecaGlblOauth-meta.xml";
    static final String POLICIES = "force-app/main/default/extlClntAppOauthPolicies/Nango_App_oauthPlcy"
            + ".ecaOauthPlcy-meta.xml";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    final Map<String, String> files = new LinkedHashMap<>();

    static DoctorProject local() {
        DoctorProject p = new DoctorProject();
        p.files.put("sfdx-project.json", "{\n  \"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}],"
                + "\n"
                + "  \"sourceApiVersion\": \"65.0\"\n}\n");
        p.files.put(HEADER, xml("ExternalClientApplication", """
                    <contactEmail>ops@example.com</contactEmail>
                    <distributionState>Local</distributionState>
                    <isProtected>false</isProtected>
                    <label>Nango App</label>
                    <orgScopedExternalApp>00D000000000001:Nango_App</orgScopedExternalApp>
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
                    <isPkceRequired>true</isPkceRequired>
                    <isSecretRequiredForRefreshToken>true</isSecretRequiredForRefreshToken>
                    <label>Nango_App_glbloauth</label>
                """));
        p.files.put(POLICIES, xml("ExtlClntAppOauthConfigurablePolicies", """
                    <externalClientApplication>Nango_App</externalClientApplication>
                    <ipRelaxationPolicyType>Enforce</ipRelaxationPolicyType>
                    <label>Nango_App_oauthPlcy</label>
                    <permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>
                    <refreshTokenPolicyType>Infinite</refreshTokenPolicyType>
                """));
        return p;
    }

    static String xml(String root, String body) {
        return HEAD + "<" + root + NS + ">\n" + body + "</" + root + ">\n";
    }

    /** Replaces {@code from} (which must occur) by {@code to} in {@code path}. */
    DoctorProject edit(String path, String from, String to) {
        String c = files.get(path);
        if (c == null || !c.contains(from)) {
            throw new IllegalArgumentException(path + " has no '" + from + "'");
        }
        files.put(path, c.replace(from, to));
        return this;
    }

    DoctorProject remove(String path) {
        files.remove(path);
        return this;
    }

    DoctorProject copy() {
        DoctorProject p = new DoctorProject();
        p.files.putAll(files);
        return p;
    }

    /** The app's files as an org's retrieve writes them (paths below the output folder). */
    Map<String, String> orgFiles() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith("force-app/")) {
                out.put(path, text);
            }
        });
        return out;
    }

    Path write(Path root) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }
}
