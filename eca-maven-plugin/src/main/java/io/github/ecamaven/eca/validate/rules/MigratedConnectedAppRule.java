package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.project.ConnectedAppFile;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import java.util.Map;

/**
 * ECA-PROJ-013: a Connected App file is still in a package directory although the project has the External Client
 * App it was migrated to (an app of the same name).
 */
public final class MigratedConnectedAppRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-013";

    /** Salesforce Help, "Connected App to External Client App Migration". */
    static final String MIGRATION_HELP =
            "https://help.salesforce.com/s/articleView?id=xcloud.connected_app_to_external_client_app_migration.htm"
                    + "&type=5";

    public MigratedConnectedAppRule() {
        super(ID, Severity.WARNING, Category.PROJECT,
                "No Connected App beside the External Client App it was migrated to",
                "After the migration the Connected App stays in the org as a read-only version: every change is made"
                        + " on the External Client App, and a Connected App can no longer be created. Its file, left"
                        + " in a package directory, is still deployed (and fails, or looks like the place to edit"
                        + " the app) and keeps a second description of the same integration in the repository."
                        + " eca:migrate deletes it, and its package.xml entries, with -D"
                        + PropertyNames.MIGRATE_REMOVE_SOURCE + "=true.",
                MIGRATION_HELP);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (ConnectedAppFile f : project.connectedApps()) { // .forceignore'd ones are not listed: not deployed
            EcaFile eca = project.apps().get(f.appName());
            if (eca == null) {
                continue;
            }
            ctx.report(f, SourcePosition.FILE, "the Connected App " + f.appName() + " has been migrated: the External"
                    + " Client App " + eca.relativePath() + " has its name; delete this file and its entries in"
                    + " package.xml manifests (eca:migrate -D" + PropertyNames.APP_NAMES + "=" + f.appName() + " -D"
                    + PropertyNames.MIGRATE_REMOVE_SOURCE + "=true does both when it migrates), or keep it out of"
                    + " deploys with .forceignore");
        }
    }

    @Override
    public RuleExample example() {
        String connectedApp = D + "connectedApps/My_App" + ConnectedAppFile.SOURCE_SUFFIX;
        return new RuleExample(connectedApp, xml("ConnectedApp", """
                <contactEmail>ops@example.org</contactEmail>
                <label>My App</label>
                <oauthConfig>
                    <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                    <scopes>Api</scopes>
                </oauthConfig>
                """), connectedApp, null, Map.of(APP, localApp()), null,
                "eca:migrate wrote My_App's External Client App files and left the Connected App it came from.");
    }
}
