package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.EnumSpec;
import io.github.ecamaven.eca.model.schema.ValueKind;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.project.EcaFile;
import io.github.ecamaven.eca.validate.project.EcaProject;

/** ECA-XML-007: an element or enum value newer than the project's sourceApiVersion. */
public final class ApiVersionElementRule extends AbstractRule {

    public ApiVersionElementRule() {
        super("ECA-XML-007", Severity.ERROR, Category.SCHEMA,
                "Elements and values exist at the project's API version",
                "The CLI deploys with sourceApiVersion; an element added in a later version is rejected as"
                        + " unknown at that version. Raise sourceApiVersion or drop the element.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        ApiVersion version = project.sourceApiVersion();
        if (version == null) {
            return;
        }
        for (EcaFile f : project.readableFiles()) {
            if (version.isBefore(f.type().since())) {
                continue; // the whole type is too new: ECA-PROJ-009 says so once
            }
            SchemaWalk.walk(f, (e, field, parent) -> {
                if (!field.availableIn(version)) {
                    ctx.report(f, e, "<" + field.name() + "> needs API " + field.since() + " but sourceApiVersion"
                            + " is " + version + "; raise sourceApiVersion in sfdx-project.json or remove it");
                } else if (field.kind() == ValueKind.ENUM) {
                    EnumSpec spec = EcaSchema.enumType(field.valueType());
                    String v = e.getTextContent().trim();
                    ApiVersion since = spec == null ? null : spec.since(v);
                    if (since != null && version.isBefore(since)) {
                        ctx.report(f, e, "<" + field.name() + ">" + v + "</" + field.name() + "> needs API " + since
                                + " but sourceApiVersion is " + version);
                    }
                }
            });
        }
    }
}
