package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.Locale;

/** ECA-FILE-002: an ECA file in a folder that looks like an ECA folder but is not its type's. */
public final class MisspeltFolderRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-FILE-002";

    public MisspeltFolderRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "ECA files are in their type's folder",
                "Each type has a folder (extlClntAppGlobalOauthSets, not extlClntAppGlobalOauthSettings);"
                        + " retrieves write there and tools that look for the files by folder miss the others.",
                SDR_REGISTRY);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.ecaFiles()) {
            if (f.type() == null || f.path().getParent() == null) {
                continue;
            }
            String folder = f.path().getParent().getFileName().toString();
            if (!folder.equals(f.type().directoryName()) && looksLikeEcaFolder(folder)) {
                ctx.report(f, SourcePosition.FILE, "a ." + f.type().suffix() + " file belongs in a folder named "
                        + f.type().directoryName() + "/, not " + folder + "/");
            }
        }
    }

    static boolean looksLikeEcaFolder(String folder) {
        String l = folder.toLowerCase(Locale.ROOT);
        if (l.startsWith("extlclntapp") || l.startsWith("externalclientapp")) {
            return true;
        }
        for (MetadataType t : MetadataType.values()) {
            if (DidYouMean.distance(l, t.directoryName().toLowerCase(Locale.ROOT)) <= 3) {
                return true;
            }
        }
        return false;
    }

    @Override
    public RuleExample example() {
        return RuleExample.moved(D + "extlClntAppGlobalOauthSettings/My_App_glbloauth.ecaGlblOauth-meta.xml",
                GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """))
                .with(APP, localApp()).with(OAUTH, oauthScopes("Api, RefreshToken"));
    }
}
