package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.List;
import java.util.Map;

/** ECA-REF-002: OAuth satellites of an app that has no OAuth settings file (orphans). */
public final class OrphanPolicyRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-REF-002";

    private static final List<MetadataType> NEED_OAUTH = List.of(MetadataType.GLOBAL_OAUTH_SETTINGS,
            MetadataType.OAUTH_POLICIES, MetadataType.OAUTH_SECURITY_SETTINGS);

    public OrphanPolicyRule() {
        super(ID, Severity.WARNING, Category.NAMES, "OAuth policies come with OAuth settings",
                "OAuth policies and global OAuth settings can be deployed only for an app whose OAuth plugin is"
                        + " enabled by its .ecaOauth settings; without them the files are orphans.",
                OAUTH_POLICIES_DOC);
    }

    /** An orphan policy file is dead configuration. */
    @Override
    public RuleKind kind() {
        return RuleKind.MAINTAINABILITY;
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (MetadataType t : NEED_OAUTH) {
            for (EcaFile f : project.filesOf(t)) {
                String app = project.appOf(f);
                if (app != null && project.apps().containsKey(app)
                        && project.satellite(app, MetadataType.OAUTH_SETTINGS) == null) {
                    ctx.report(f, f.element("externalClientApplication"), "app '" + app + "' has a "
                            + t.typeName() + " but no ExtlClntAppOauthSettings (." + MetadataType.OAUTH_SETTINGS
                            .suffix() + "-meta.xml); the deploy needs both");
                }
            }
        }
    }

    @Override
    public RuleExample example() {
        return new RuleExample(OAUTH, null, OAUTH, oauthScopes("Api, RefreshToken"), Map.of(), null,
                "My_App has OAuth policies; the fix adds its OAuth settings.")
                .with(APP, localApp()).with(OAUTH_PLCY, oauthPolicies("""
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_oauthPlcy</label>
                """));
    }
}
