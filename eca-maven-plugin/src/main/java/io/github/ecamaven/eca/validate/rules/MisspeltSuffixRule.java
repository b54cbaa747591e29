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
import java.util.Arrays;
import java.util.List;

/** ECA-FILE-001: a suffix that looks like an ECA suffix but is none ({@code .ecaGlobalOauth}). */
public final class MisspeltSuffixRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-FILE-001";

    private static final List<String> SUFFIXES = Arrays.stream(MetadataType.values())
            .map(MetadataType::suffix).toList();

    public MisspeltSuffixRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "ECA file suffixes are spelt as in the registry",
                "The sf CLI recognises files by suffix; a misspelt one (.ecaGlobalOauth for .ecaGlblOauth) is"
                        + " silently left out of convert and deploy.",
                SDR_REGISTRY);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.ecaFiles()) {
            if (f.type() == null) {
                String name = f.path().getFileName().toString();
                String suffix = name.substring(0, name.length() - MetadataType.META_SUFFIX.length());
                suffix = suffix.substring(suffix.lastIndexOf('.') + 1);
                ctx.report(f, SourcePosition.FILE, "'." + suffix + "' is not an External Client App suffix, so sf"
                        + " ignores this file" + DidYouMean.of(suffix, SUFFIXES));
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.moved(D + "extlClntAppGlobalOauthSets/My_App_glbloauth.ecaGlobalOauth-meta.xml",
                GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """))
                .with(APP, localApp()).with(OAUTH, oauthScopes("Api, RefreshToken"));
    }
}
