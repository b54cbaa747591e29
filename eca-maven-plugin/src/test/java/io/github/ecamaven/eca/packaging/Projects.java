package io.github.ecamaven.eca.packaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sfdx projects for the packaging tests, in sf's own file format (no trailing newline). */
final class Projects {

    static final String BEFORE_CREATE = """
            {
              "packageDirectories": [
                {
                  "path": "force-app",
                  "default": true
                }
              ],
              "name": "eca",
              "namespace": "nangons",
              "sfdcLoginUrl": "https://login.salesforce.com",
              "sourceApiVersion": "67.0"
            }""";

    static final String AFTER_CREATE = """
            {
              "packageDirectories": [
                {
                  "versionName": "ver 0.1",
                  "versionNumber": "0.1.0.NEXT",
                  "path": "force-app",
                  "default": true,
                  "package": "Nango External App",
                  "versionDescription": ""
                }
              ],
              "name": "eca",
              "namespace": "nangons",
              "sfdcLoginUrl": "https://login.salesforce.com",
              "sourceApiVersion": "67.0",
              "packageAliases": {
                "Nango External App": "0Ho0000000000AAAAA"
              }
            }""";

    static final String APP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>dev@example.com</contactEmail>
                <distributionState>%s</distributionState>
                <isProtected>false</isProtected>
                <label>Nango</label>
            </ExternalClientApplication>
            """;

    static final String OAUTH = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <commaSeparatedOauthScopes>Api</commaSeparatedOauthScopes>
                <externalClientApplication>NangoEca</externalClientApplication>
                <label>NangoEca_oauth</label>
            </ExtlClntAppOauthSettings>
            """;

    private Projects() {}

    static Path write(Path root, String sfdxProject) throws Exception {
        Files.writeString(root.resolve("sfdx-project.json"), sfdxProject, StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("force-app/main/default"));
        return root;
    }

    /** A packageable app: the header with distributionState Packaged and its OAuth settings. */
    static void packageableApp(Path root) throws Exception {
        file(root, "force-app/main/default/externalClientApps/NangoEca.eca-meta.xml", APP.formatted("Packaged"));
        file(root, "force-app/main/default/extlClntAppOauthSettings/NangoEca_oauth.ecaOauth-meta.xml", OAUTH);
    }

    static Path file(Path root, String relative, String content) throws Exception {
        Path f = root.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
