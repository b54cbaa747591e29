package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import org.w3c.dom.Element;

/** ECA-NAME-002: a {@code <fullName>} in a source file equals the file name. */
public final class FullNameRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-NAME-002";

    public FullNameRule() {
        super(ID, Severity.ERROR, Category.NAMES, "The file name is the component's API name",
                "In source format the file name is the API name; a different <fullName> inside the file makes the"
                        + " component deploy under one name and be referenced under another.",
                "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_source_file_format.htm");
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (EcaFile f : project.readableFiles()) {
            Element e = f.element("fullName");
            if (e != null && !e.getTextContent().trim().equals(f.componentName())) {
                ctx.report(f, e, "<fullName> is '" + e.getTextContent().trim() + "' but the file name says '"
                        + f.componentName() + "'; rename the file or remove <fullName>");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(APP, localApp().replace("    <label>", "    <fullName>Other_App</fullName>\n    <label>"),
                localApp());
    }
}
