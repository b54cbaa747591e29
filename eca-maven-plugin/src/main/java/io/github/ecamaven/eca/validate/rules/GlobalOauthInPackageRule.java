package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-SEC-002: global OAuth settings inside a packaged package directory. */
public final class GlobalOauthInPackageRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-002";

    public GlobalOauthInPackageRule() {
        super(ID, Severity.ERROR, Category.SECRETS,
                "Global OAuth settings are not in a packaged directory",
                "ExtlClntAppGlobalOauthSettings cannot be packaged: it holds the consumer key and org-specific"
                        + " OAuth data that stay in the source org. Package version creation fails on it.",
                PACKAGE_ECA_HELP);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.ecaFiles()) {
            if (f.type() == MetadataType.GLOBAL_OAUTH_SETTINGS && f.packageDir() != null
                    && f.packageDir().isPackaged()) {
                ctx.report(f, SourcePosition.FILE, "global OAuth settings are in '" + f.packageDir().path()
                        + "', the directory of package '" + f.packageDir().packageName() + "'; they cannot be"
                        + " packaged, move them to a directory without \"package\", list them in .forceignore, or take them out"
                        + " of source control");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.moved(GLOBAL, CONFIG_GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """))
                .with(PROJECT, PACKAGED_PROJECT).with(APP, packagedApp()).with(OAUTH, oauthScopes("Api"))
                .withNote("force-app is the directory of package My Package (sfdx-project.json); config-eca has no"
                        + " \"package\".");
    }
}
