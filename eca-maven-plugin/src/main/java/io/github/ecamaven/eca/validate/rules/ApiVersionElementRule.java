package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.EnumSpec;
import io.github.ecamaven.eca.model.schema.ValueKind;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ManifestFile;

/** ECA-XML-007: an element or enum value newer than the project's sourceApiVersion. */
public final class ApiVersionElementRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-XML-007";

    public ApiVersionElementRule() {
        super(ID, Severity.ERROR, Category.SCHEMA,
                "Elements and values exist at the project's API version",
                "The CLI deploys with sourceApiVersion; an element added in a later version is rejected as"
                        + " unknown at that version. Raise sourceApiVersion or drop the element. An element orgs"
                        + " already emit at a version whose WSDL lacks it is only a warning.",
                META_API);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        ApiVersion version = project.sourceApiVersion();
        String from = SfdxProject.KEY_SOURCE_API_VERSION;
        if (version == null) {
            version = lowestManifestVersion(project);
            from = "the manifest version";
        }
        if (version == null) {
            return;
        }
        check(project, ctx, version, from);
    }

    /**
     * The API version the project's files are deployed at: {@code sourceApiVersion}, else the lowest manifest
     * version; null when neither says.
     */
    static ApiVersion deployVersion(EcaProject project) {
        ApiVersion v = project.sourceApiVersion();
        return v != null ? v : lowestManifestVersion(project);
    }

    /** Without sourceApiVersion, sf deploys a manifest at its {@code <version>}: the lowest one decides. */
    private static ApiVersion lowestManifestVersion(EcaProject project) {
        ApiVersion lowest = null;
        for (ManifestFile m : project.manifests()) {
            ApiVersion v = m.document() == null ? null : ApiVersion.tryParse(m.document().text("version"));
            if (v != null && (lowest == null || v.isBefore(lowest))) {
                lowest = v;
            }
        }
        return lowest;
    }

    private static void check(EcaProject project, RuleContext ctx, ApiVersion version, String from) {
        for (EcaFile f : project.readableFiles()) {
            if (version.isBefore(f.type().since())) {
                continue; // the whole type is too new: ECA-PROJ-009 says so once
            }
            SchemaWalk.walk(f, (e, field, parent) -> {
                if (!field.availableIn(version) && field.emittedBeyondWsdl(version)) {
                    // real retrieves at this version contain it: not wrong, but a deploy may still refuse it
                    ctx.report(f, e, "<" + field.name() + "> is dated API " + field.since() + " by the WSDL, but"
                            + " orgs already emit it at " + version + " (" + from + "); if a deploy refuses it,"
                            + " raise " + from + " to " + field.since(), Severity.WARNING);
                } else if (!field.availableIn(version)) {
                    ctx.report(f, e, "<" + field.name() + "> needs API " + field.since() + " but " + from + " is "
                            + version + "; raise it or remove the element");
                } else if (field.kind() == ValueKind.ENUM) {
                    EnumSpec spec = EcaSchema.enumType(field.valueType());
                    String v = e.getTextContent().trim();
                    ApiVersion since = spec == null ? null : spec.since(v);
                    if (since != null && version.isBefore(since)) {
                        ctx.report(f, e, "<" + field.name() + ">" + v + "</" + field.name() + "> needs API " + since
                                + " but " + from + " is " + version);
                    }
                }
            });
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(GLOBAL, global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <isRefreshTokenRotationEnabled>true</isRefreshTokenRotationEnabled>
                <label>My_App_glbloauth</label>
                """), global("""
                <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>
                <externalClientApplication>My_App</externalClientApplication>
                <label>My_App_glbloauth</label>
                """)).with(PROJECT, RuleExample.MINIMAL_PROJECT.replace("64.0", "59.0"))
                .withNote("In a project whose sourceApiVersion is 59.0; isRefreshTokenRotationEnabled arrived in"
                        + " 60.0 (or raise the version instead).");
    }
}
