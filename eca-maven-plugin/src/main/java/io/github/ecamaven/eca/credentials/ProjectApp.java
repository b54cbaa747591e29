package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.model.ExternalClientApplication;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.ExtlClntAppOauthSettings;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.oauth.OauthScope;
import io.github.ecamaven.eca.model.oauth.OauthScopes;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.SourceOrg;
import io.github.ecamaven.eca.sf.OrgIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the credentials goals need of an app in the project: its distribution state (a Packaged app's credentials are
 * read in its source org only), the files that tell its source org, and its OAuth scopes as clients request them
 * ({@code Api} → {@code api}), joined the way Nango stores them ({@code api,refresh_token}).
 *
 * @param scopes comma-separated OAuth scope strings without spaces; empty when the project has no OAuth settings
 * @param header the app's header file, or null when the project does not have the app
 * @param files the app's header, OAuth settings and global OAuth settings files as far as the project has them
 */
public record ProjectApp(String name, ExtlClntAppDistState distributionState, String scopes, Path header,
                         AppFiles files) {

    /** The files of the app that tell its source org; each null when the project does not have it. */
    public record AppFiles(EcaFile header, EcaFile oauthSettings, EcaFile globalSettings) {
    }

    /**
     * Reads the app's header and OAuth settings files from the package directories (less what the project's
     * {@code .forceignore} keeps out of the deploy).
     */
    public static ProjectApp read(Path projectDir, List<Path> packageDirectories, String name)
            throws IOException, EcaXmlException {
        ExtlClntAppDistState state = null;
        EcaFile header = null;
        EcaFile oauthFile = null;
        EcaFile global = null;
        List<String> scopes = new ArrayList<>();
        for (EcaFile f : EcaFile.find(projectDir, packageDirectories, Set.of(name))) {
            MetadataComponent m = f.document().model();
            if (f.type() == MetadataType.GLOBAL_OAUTH_SETTINGS) {
                global = f;
            }
            if (m instanceof ExternalClientApplication a) {
                state = a.getDistributionState();
                header = f;
            } else if (m instanceof ExtlClntAppOauthSettings o) {
                oauthFile = f;
                for (String token : OauthScopes.split(o.getCommaSeparatedOauthScopes())) {
                    OauthScope s = OauthScope.lenient(token);
                    String oauth = s == null ? token : s.oauthName();
                    if (!scopes.contains(oauth)) {
                        scopes.add(oauth);
                    }
                }
            }
        }
        return new ProjectApp(name, state, String.join(",", scopes), header == null ? null : header.path(),
                new AppFiles(header, oauthFile, global));
    }

    /** Whether the app is Packaged: its one consumer lives in its source org, shared by every other org. */
    public boolean packaged() {
        return distributionState == ExtlClntAppDistState.Packaged;
    }

    /**
     * The source org a Packaged app's credentials are read in ({@link SourceOrg#of}); null for a Local app, whose
     * credentials are those of the org the goal runs against.
     *
     * @param declared the value of {@value PropertyNames#SOURCE_ORG_ID}, or null
     * @throws CredentialsException when the app is Packaged and nothing tells its source org
     */
    public SourceOrg sourceOrg(String goal, String declared) throws CredentialsException {
        if (!packaged()) {
            return null;
        }
        SourceOrg source = SourceOrg.of(declared, files.header(), files.oauthSettings(), files.globalSettings());
        if (source == null) {
            throw new CredentialsException(header + ": " + name + " is a Packaged External Client App: its consumer"
                    + " key and secret live in its source org, and every linked or installed org shares them. The"
                    + " project does not tell which org that is (no " + PropertyNames.describe(PropertyNames.SOURCE_ORG_ID)
                    + ", no <oauthLink> in its OAuth settings, no global OAuth settings). Name it with -D"
                    + PropertyNames.SOURCE_ORG_ID + "=<00D… of the source org>, or bring the <oauthLink> into the OAuth settings ("
                    + SourceOrg.linkRetrieval(name + "_oauth", null) + "), then run eca:" + goal
                    + " against the source org.", false);
        }
        return source;
    }

    /**
     * Refuses to read a Packaged app's credentials in an org that is not its source org: such an org uses the
     * source org's consumer and cannot show or rotate it.
     *
     * @param org the org the goal runs against, as {@code sf org display} reported it
     * @param targetOrg how the user named it ({@value PropertyNames#TARGET_ORG}), or null
     */
    public void requireSourceOrg(String goal, SourceOrg source, OrgIdentity org, String targetOrg)
            throws CredentialsException {
        String id = org == null ? null : org.orgId();
        if (id == null) {
            throw new CredentialsException("sf org display did not give the id of " + (targetOrg == null
                    ? "sf's default org" : "'" + targetOrg + "'") + ", so eca:" + goal + " cannot tell whether it is"
                    + " the source org " + source.orgId() + " of the Packaged app " + name + ". Log in again: sf org"
                    + " login web --alias <alias>.", true);
        }
        if (!source.is(id)) {
            throw new CredentialsException(header + ": " + name + " is a Packaged External Client App whose consumer"
                    + " lives in its source org " + source.orgId() + " " + source.basis() + "; "
                    + org.describe() + " is another org: this org uses the source org's consumer; run the goal"
                    + " against " + source.orgId() + " " + source.basis() + " with -D" + PropertyNames.TARGET_ORG
                    + "=<alias of that org>. Its admins cannot see the key and secret, and every linked or installed"
                    + " org shares the one pair of the source org.", false);
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
