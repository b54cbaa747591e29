package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.FieldSpec;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** ECA-XML-006: required elements are present (e.g. {@code externalClientApplication} in every satellite). */
public final class RequiredElementRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-006";

    public RequiredElementRule() {
        super(ID, Severity.ERROR, Category.SCHEMA, "Required elements are present",
                "Every satellite file names its app in <externalClientApplication>; without it, or without another"
                        + " element the WSDL marks minOccurs=1, the deploy fails.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            SchemaWalk.walkTypes(f.root(), EcaSchema.type(f.root().getLocalName()), (e, spec) -> {
                for (FieldSpec req : spec.requiredFields()) {
                    if (MetadataDocument.childElements(e, req.name()).isEmpty()) {
                        ctx.report(f, e, "<" + e.getLocalName() + "> lacks the required element <" + req.name()
                                + ">");
                    }
                }
            });
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PLCY, policies("""
                <isEnabled>true</isEnabled>
                <isOauthPluginEnabled>true</isOauthPluginEnabled>
                <label>My_App_plcy</label>
                """), policies("""
                <externalClientApplication>My_App</externalClientApplication>
                <isEnabled>true</isEnabled>
                <isOauthPluginEnabled>true</isOauthPluginEnabled>
                <label>My_App_plcy</label>
                """)).with(APP, localApp());
    }
}
