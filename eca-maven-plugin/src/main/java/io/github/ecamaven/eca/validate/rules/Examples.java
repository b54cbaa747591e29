package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.project.ProjectPaths;
import java.util.stream.Collectors;

/** Paths and file skeletons for the rules' catalogue examples: one Local app, {@code My_App}, in force-app. */
final class Examples {

    static final String D = ProjectPaths.DEFAULT_PACKAGE_DIRECTORY + "/" + ProjectPaths.SOURCE_FOLDER + "/";
    static final String APP = D + "externalClientApps/My_App.eca-meta.xml";
    static final String OAUTH = D + "extlClntAppOauthSettings/My_App_oauth.ecaOauth-meta.xml";
    static final String GLOBAL = D + "extlClntAppGlobalOauthSets/My_App_glbloauth.ecaGlblOauth-meta.xml";
    static final String OAUTH_PLCY = D + "extlClntAppOauthPolicies/My_App_oauthPlcy.ecaOauthPlcy-meta.xml";
    static final String PLCY = D + "extlClntAppPolicies/My_App_plcy.ecaPlcy-meta.xml";
    /** Global OAuth settings of a Packaged app, outside the package directory. */
    static final String CONFIG_GLOBAL =
            "config-eca/" + ProjectPaths.SOURCE_FOLDER
                    + "/extlClntAppGlobalOauthSets/My_App_glbloauth.ecaGlblOauth-meta.xml";
    static final String PROJECT = "sfdx-project.json";
    static final String MANIFEST = ProjectPaths.DEFAULT_MANIFEST;
    static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    /** A namespaced project with a package in force-app and the unpackaged config-eca. */
    static final String PACKAGED_PROJECT = """
            {
              "packageDirectories": [
                {
                  "path": "force-app",
                  "default": true,
                  "package": "My Package",
                  "versionNumber": "1.0.0.NEXT"
                },
                {
                  "path": "config-eca"
                }
              ],
              "name": "my-app",
              "namespace": "mycompany",
              "sourceApiVersion": "64.0",
              "packageAliases": {
                "My Package": "0Ho000000000001AAA"
              }
            }
            """;

    /** The body of a real self-signed X.509 certificate (EC P-256, CN=My App; its key was not kept). */
    static final String CERTIFICATE = """
            MIIBeTCCAR+gAwIBAgIUTSgLBbkuo8GynA1yNACMnrnRTg0wCgYIKoZIzj0EAwIw
            ETEPMA0GA1UEAwwGTXkgQXBwMCAXDTI2MTIwNzIwNTY1N1oYDzIxMjYxMTEzMjA1
            NjU3WjARMQ8wDQYDVQQDDAZNeSBBcHAwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC
            AASanQZQu2YvnOb7+oT4+305pfs9qr2uTP6kOYCa5+pvIDg0e3kzD68gz6z65KkO
            OhjzU90dkLq1hIuT91Px0tuvo1MwUTAdBgNVHQ4EFgQUJumbgVCaL3iwaaI+Xjwd
            PPAQ+tswHwYDVR0jBBgwFoAUJumbgVCaL3iwaaI+XjwdPPAQ+tswDwYDVR0TAQH/
            BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEA6WA+ngbBbC1he7Hlmilk4axXiCmX
            mjPSrqLewuYoETYCIDhxBUkpySocVkpWQHYo2S2qA0UhKPrC3n6DF+nsZNg8
            """;

    private Examples() {}

    /** A metadata file: the XML declaration, {@code root} in the Metadata namespace, the body lines indented. */
    static String xml(String root, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + NS + ">\n"
                + body.strip().lines().map(l -> "    " + l).collect(Collectors.joining("\n")) + "\n</" + root
                + ">\n";
    }

    static String app(String body) {
        return xml("ExternalClientApplication", body);
    }

    static String oauth(String body) {
        return xml("ExtlClntAppOauthSettings", body);
    }

    static String global(String body) {
        return xml("ExtlClntAppGlobalOauthSettings", body);
    }

    static String oauthPolicies(String body) {
        return xml("ExtlClntAppOauthConfigurablePolicies", body);
    }

    static String policies(String body) {
        return xml("ExtlClntAppConfigurablePolicies", body);
    }

    static String manifest(String body) {
        return xml("Package", body);
    }

    /** My_App, distributed as {@code state} (Local or Packaged). */
    static String app(String state, String label) {
        return app("<contactEmail>ops@example.com</contactEmail>\n<distributionState>" + state
                + "</distributionState>\n<isProtected>false</isProtected>\n<label>" + label + "</label>");
    }

    static String localApp() {
        return app("Local", "My App");
    }

    static String packagedApp() {
        return app("Packaged", "My App");
    }

    /** My_App's OAuth settings with {@code scopes}. */
    static String oauthScopes(String scopes) {
        return oauth("<commaSeparatedOauthScopes>" + scopes + "</commaSeparatedOauthScopes>\n"
                + "<externalClientApplication>My_App</externalClientApplication>\n<label>My_App_oauth</label>");
    }
}
