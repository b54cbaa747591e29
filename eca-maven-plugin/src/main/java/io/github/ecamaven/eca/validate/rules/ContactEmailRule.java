package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import org.w3c.dom.Element;

/** ECA-XML-010: an app's contactEmail is an e-mail address. */
public final class ContactEmailRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-XML-010";

    public ContactEmailRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "contactEmail is an e-mail address",
                "Salesforce writes to the app's contact e-mail about the app; a malformed address (an empty part"
                        + " as in a@example..com, no domain, a space) is refused on deploy or reaches nobody.",
                CREATE_ECA_HELP);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.filesOf(MetadataType.EXTERNAL_CLIENT_APPLICATION)) {
            Element e = f.element("contactEmail");
            if (e == null) {
                continue; // a missing contactEmail is ECA-XML-006's
            }
            String email = e.getTextContent().strip();
            String problem = SalesforceValues.emailProblem(email);
            if (problem != null) {
                ctx.report(f, e, "<contactEmail> '" + email + "' " + problem);
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(APP, app("<contactEmail>ops@example..com</contactEmail>\n<distributionState>Local"
                + "</distributionState>\n<isProtected>false</isProtected>\n<label>My App</label>"), localApp());
    }
}
