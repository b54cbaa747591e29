package io.github.ecamaven.eca.validate.rules;

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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ECA-REF-003: one component per name and type; one satellite of each type per app. */
public final class DuplicateComponentRule extends AbstractRule {

    public static final String ID = "ECA-REF-003";

    public DuplicateComponentRule() {
        super(ID, Severity.ERROR, Category.NAMES, "Components and per-app settings are unique",
                "API names are unique per type (case-insensitively), and an app has at most one file of each"
                        + " settings or policy type; a second copy in another package directory overwrites the"
                        + " first on deploy.",
                CREATE_ECA_HELP);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        Map<String, EcaFile> byName = new HashMap<>();
        Map<String, EcaFile> byApp = new HashMap<>();
        for (EcaFile f : project.ecaFiles()) {
            if (f.type() == null) {
                continue;
            }
            String key = f.type() + ":" + f.componentName().toLowerCase(Locale.ROOT);
            EcaFile first = byName.putIfAbsent(key, f);
            if (first != null) {
                ctx.report(f, SourcePosition.FILE, f.type().typeName() + " '" + f.componentName() + "' "
                        + (first.componentName().equals(f.componentName()) ? "is already defined in "
                        + first.relativePath() : "and '" + first.componentName() + "' in " + first.relativePath()
                        + " differ only in letter case: API names are case-insensitive, so both name one component"
                        + " (and on case-insensitive file systems they are one file); keep one"));
                continue;
            }
            if (f.readable() && f.type() != MetadataType.EXTERNAL_CLIENT_APPLICATION && f.appName() != null) {
                EcaFile other = byApp.putIfAbsent(f.type() + ":" + project.appOf(f), f);
                if (other != null) {
                    ctx.report(f, f.element("externalClientApplication"), "app '" + f.appName() + "' already has"
                            + " a " + f.type().typeName() + " in " + other.relativePath());
                }
            }
        }
    }

    @Override
    public RuleExample example() {
        return new RuleExample(D + "externalClientApps/MY_APP.eca-meta.xml", app("Local", "My App copy"),
                D + "externalClientApps/My_Other_App.eca-meta.xml", app("Local", "My Other App"), Map.of(), null,
                "Next to My_App.eca-meta.xml: API names are compared case-insensitively.").with(APP, localApp());
    }
}
