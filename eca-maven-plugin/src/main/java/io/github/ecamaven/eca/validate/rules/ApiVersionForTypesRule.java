package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ManifestFile;
import io.github.ecamaven.eca.project.SfdxProject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/** ECA-PROJ-009: sourceApiVersion and manifest versions are at least what each ECA type present needs. */
public final class ApiVersionForTypesRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-009";

    public ApiVersionForTypesRule() {
        super(ID, Severity.ERROR, Category.PROJECT,
                "API versions are high enough for the ECA types used",
                "ExternalClientApplication exists from API 59.0 and ExtlClntAppConfigurablePolicies from 60.0; a"
                        + " retrieve or deploy at a lower version (a package.xml saying 58.0) silently skips them."
                        + " A type orgs already emit at a version whose WSDL lacks it is only a warning.",
                META_API);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        SfdxProject json = project.sfdxProject();
        Set<MetadataType> present = project.ecaFiles().stream().map(EcaFile::type)
                .filter(t -> t != null).collect(Collectors.toCollection(LinkedHashSet::new));
        if (json != null && json.sourceApiVersion() != null) {
            ApiVersion v = ApiVersion.tryParse(json.sourceApiVersion());
            if (v == null) {
                ctx.report(json, json.valueAt("/sourceApiVersion"), "sourceApiVersion '" + json.sourceApiVersion()
                        + "' is not an API version such as 66.0");
            } else {
                String msg = tooLow(v, present);
                if (msg != null) {
                    ctx.report(json, json.valueAt("/sourceApiVersion"), "sourceApiVersion " + v + msg);
                }
                String early = emittedEarly(v, present, SfdxProject.KEY_SOURCE_API_VERSION);
                if (early != null) {
                    ctx.report(json, json.valueAt("/sourceApiVersion"), early, Severity.WARNING);
                }
            }
        }
        for (ManifestFile m : project.manifests()) {
            if (m.document() == null || !"Package".equals(m.document().rootName())) {
                continue;
            }
            Set<MetadataType> listed = new LinkedHashSet<>();
            m.typeMembers().keySet().forEach(n -> {
                MetadataType mt = MetadataType.ofTypeName(n);
                if (mt != null) {
                    listed.add(mt);
                }
            });
            Element version = m.document().element("version");
            ApiVersion v = version == null ? null : ApiVersion.tryParse(version.getTextContent().trim());
            if (version != null && v != null) {
                String msg = tooLow(v, listed);
                if (msg != null) {
                    ctx.report(m, MetadataDocument.positionOf(version), "<version>" + v + "</version>" + msg);
                }
                String early = emittedEarly(v, listed, "<version>");
                if (early != null) {
                    ctx.report(m, MetadataDocument.positionOf(version), early, Severity.WARNING);
                }
            }
        }
    }

    /** The types the WSDL of {@code v} lacks although orgs emit them at {@code v} (the since table says so). */
    private static String emittedEarly(ApiVersion v, Collection<MetadataType> types, String what) {
        ApiVersion need = null;
        Set<String> names = new LinkedHashSet<>();
        for (MetadataType t : types) {
            if (v.isBefore(t.since()) && t.schema() != null && t.schema().emittedBeyondWsdl(v)) {
                names.add(t.typeName() + " (" + t.since() + ")");
                need = need == null || need.isBefore(t.since()) ? t.since() : need;
            }
        }
        return need == null ? null : String.join(", ", names) + (names.size() == 1 ? " is" : " are")
                + " dated by the WSDL after " + v + ", but orgs already emit " + (names.size() == 1 ? "it" : "them")
                + " at " + v + " (" + what + "); if a deploy refuses " + (names.size() == 1 ? "it" : "them")
                + ", raise " + what + " to " + need;
    }

    private static String tooLow(ApiVersion v, Collection<MetadataType> types) {
        ApiVersion need = null;
        Set<String> names = new LinkedHashSet<>();
        for (MetadataType t : types) {
            if (v.isBefore(t.since()) && !(t.schema() != null && t.schema().emittedBeyondWsdl(v))) {
                names.add(t.typeName() + " (" + t.since() + ")");
                need = need == null || need.isBefore(t.since()) ? t.since() : need;
            }
        }
        return need == null ? null : " is too low for " + String.join(", ", names) + "; use at least " + need;
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT, RuleExample.MINIMAL_PROJECT.replace("64.0", "58.0"), RuleExample.MINIMAL_PROJECT)
                .with(APP, localApp()).with(PLCY, policies("""
                <externalClientApplication>My_App</externalClientApplication>
                <isEnabled>true</isEnabled>
                <isOauthPluginEnabled>true</isOauthPluginEnabled>
                <label>My_App_plcy</label>
                """))
                .withNote("The project has " + MetadataType.POLICIES.typeName() + ", which arrived in API "
                        + MetadataType.POLICIES.since() + ".");
    }
}
