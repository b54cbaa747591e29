package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.project.EcaFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the credentials goals need of an app in the project: its distribution state (only Local apps) and its OAuth
 * scopes as clients request them ({@code Api} → {@code api}), joined the way Nango stores them ({@code api,refresh_token}).
 *
 * @param scopes comma-separated OAuth scope strings without spaces; empty when the project has no OAuth settings
 * @param header the app's header file, or null when the project does not have the app
 */
public record ProjectApp(String name, ExtlClntAppDistState distributionState, String scopes, Path header) {

    /**
     * Reads the app's header and OAuth settings files from the package directories (less what the project's
     * {@code .forceignore} keeps out of the deploy).
     */
    public static ProjectApp read(Path projectDir, List<Path> packageDirectories, String name)
            throws IOException, EcaXmlException {
        ExtlClntAppDistState state = null;
        Path header = null;
        List<String> scopes = new ArrayList<>();
        for (EcaFile f : EcaFile.find(projectDir, packageDirectories, Set.of(name))) {
            MetadataComponent m = f.document().model();
            if (m instanceof ExternalClientApplication a) {
                state = a.getDistributionState();
                header = f.path();
            } else if (m instanceof ExtlClntAppOauthSettings o) {
                for (String token : OauthScopes.split(o.getCommaSeparatedOauthScopes())) {
                    OauthScope s = OauthScope.lenient(token);
                    String oauth = s == null ? token : s.oauthName();
                    if (!scopes.contains(oauth)) {
                        scopes.add(oauth);
                    }
                }
            }
        }
        return new ProjectApp(name, state, String.join(",", scopes), header);
    }

    /** Refuses a Packaged app: its credentials belong to the subscriber org's installation, not to this flow. */
    public void requireLocal(String goal) throws CredentialsException {
        if (distributionState == ExtlClntAppDistState.Packaged) {
            throw new CredentialsException(header + ": " + name + " is a Packaged External Client App;" + " eca:" + goal
                    + " reads and rotates credentials of Local apps only (Salesforce's credentials REST API and"
                    + " staged rotation are for Local apps). Use the consumer key and secret shown in Setup of the org"
                    + " where the package is installed.", false);
        }
    }

    /** The app to work on: the one named, else the one configured; an error naming the fix otherwise. */
    public static String choose(String named, List<String> configured, String property) throws CredentialsException {
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        if (configured != null && configured.size() == 1) {
            return configured.get(0);
        }
        throw new CredentialsException("name the app: -D" + property + "=API_NAME"
                + (configured == null || configured.isEmpty() ? " (the plugin configuration has no <apps>)."
                : " (the plugin configuration has " + configured.size() + " apps: " + String.join(", ", configured)
                + ")."), false);
    }
}
