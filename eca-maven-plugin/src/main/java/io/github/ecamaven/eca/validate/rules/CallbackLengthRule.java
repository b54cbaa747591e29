package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.w3c.dom.Element;

/** ECA-CB-003: the callback list is at most 2000 characters. */
public final class CallbackLengthRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-CB-003";

    public CallbackLengthRule() {
        super(ID, Severity.ERROR, Category.OAUTH, "Callback URLs total at most 2000 characters",
                "All callback URLs of an app share a 2000-character limit; a longer list is rejected.",
                CONNECTED_APP_DOC);
    }

    /** Salesforce rejects the list; nothing is exposed. */
    @Override
    public RuleKind kind() {
        return RuleKind.CORRECTNESS;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.GLOBAL_OAUTH_SETTINGS)) {
            Element e = f.element("callbackUrl");
            String problem = e == null ? null : SalesforceValues.callbacksLengthProblem(e.getTextContent());
            if (problem != null) {
                ctx.report(f, e, "<callbackUrl> " + problem);
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("<callbackUrl>" + IntStream.rangeClosed(1, 30)
                        .mapToObj(i -> "https://tenant-%02d.example.com/integrations/salesforce/oauth/callback"
                                .formatted(i))
                        .collect(Collectors.joining("\n")) + """
                </callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """), global("""
                <callbackUrl>https://app.example.com/integrations/salesforce/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """)).withNote("One callback per tenant adds up; let the tenants share one callback"
                        + " and carry the tenant in the state parameter.");
    }
}
