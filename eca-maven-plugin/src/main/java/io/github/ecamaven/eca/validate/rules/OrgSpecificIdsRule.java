package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import org.w3c.dom.Element;

/** ECA-SEC-003: org-specific ids ({@code oauthLink}, {@code orgScopedExternalApp}) in a Packaged app. */
public final class OrgSpecificIdsRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-SEC-003";

    public OrgSpecificIdsRule() {
        super(ID, Severity.WARNING, Category.SECRETS,
                "Packaged apps do not commit org-specific ids",
                "oauthLink and orgScopedExternalApp hold ids of the org the app was retrieved from (00D...:888...);"
                        + " in a package they dangle in every other org.",
                PACKAGE_ECA_HELP);
    }

    /** Org ids are not credentials; they make the package point at one org. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            if (!project.isPackaged(f.appName())) {
                continue;
            }
            String element = f.type() == MetadataType.EXTERNAL_CLIENT_APPLICATION ? "orgScopedExternalApp"
                    : f.type() == MetadataType.OAUTH_SETTINGS ? "oauthLink" : null;
            Element e = element == null ? null : f.element(element);
            if (e != null && !e.getTextContent().isBlank()) {
                ctx.report(f, e, "<" + element + "> holds an id of the org it was retrieved from; it dangles in"
                        + " every other org where the package is installed; remove it");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(APP, app("""
                <contactEmail>ops@example.com</contactEmail>
                <distributionState>Packaged</distributionState>
                <isProtected>false</isProtected>
                <label>My App</label>
                <orgScopedExternalApp>00D000000000001:My_App</orgScopedExternalApp>
                """), packagedApp()).with(PROJECT, PACKAGED_PROJECT);
    }
}
