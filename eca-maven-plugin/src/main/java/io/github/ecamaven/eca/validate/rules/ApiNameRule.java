package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-NAME-001: API names are letters, digits and underscores, start with a letter, and are short enough. */
public final class ApiNameRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-NAME-001";

    public ApiNameRule() {
        super(ID, Severity.ERROR, Category.NAMES, "API names follow Salesforce's naming rules",
                "An ECA API name has only letters, digits and underscores, starts with a letter, does not end with"
                        + " an underscore, has no two underscores in a row, and is at most 40 characters (80 for"
                        + " the satellite components).",
                CREATE_ECA_HELP);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.ecaFiles()) {
            if (f.type() == null) {
                continue;
            }
            int max = f.type() == MetadataType.EXTERNAL_CLIENT_APPLICATION ? SalesforceValues.APP_NAME_MAX
                    : SalesforceValues.COMPONENT_NAME_MAX;
            String p = SalesforceValues.apiNameProblem(f.componentName(), max);
            if (p != null) {
                ctx.report(f, SourcePosition.FILE, "the API name '" + f.componentName() + "' (from the file name) "
                        + p);
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.moved(D + "externalClientApps/My__App.eca-meta.xml", APP, localApp());
    }
}
