package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleKind;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ManifestFile;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** ECA-MAN-001: a manifest that lists ECA types lists every ECA component of the project. */
public final class ManifestCompletenessRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-MAN-001";

    public ManifestCompletenessRule() {
        super(ID, Severity.WARNING, Category.PROJECT, "Manifests list every ECA component",
                "A deploy or retrieve by manifest takes only what the manifest names; an ECA component missing"
                        + " from it is silently left behind (and its satellites fail without it).",
                PACKAGE_XML_DOC);
    }

    /** A component left out of the manifest is silently left behind. */
    @Override
    public RuleKind kind() {
        return RuleKind.MAINTAINABILITY;
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (ManifestFile m : project.manifests()) {
            Map<String, List<String>> types = m.typeMembers();
            if (m.document() == null || !"Package".equals(m.document().rootName())) {
                continue;
            }
            boolean listsEca = types.keySet().stream().anyMatch(n -> MetadataType.ofTypeName(n) != null);
            if (!listsEca) {
                continue;
            }
            for (EcaFile f : project.ecaFiles()) {
                if (f.type() == null) {
                    continue;
                }
                List<String> members = types.getOrDefault(f.type().typeName(), List.of());
                if (!members.contains("*") && !members.contains(f.componentName())) {
                    ctx.report(m, anchor(m, f.type().typeName()), f.type().typeName() + " '" + f.componentName()
                            + "' (" + f.relativePath() + ") is not listed in this manifest");
                }
            }
        }
    }

    /** The {@code <types>} of the type, or the root. */
    private static Node anchor(ManifestFile m, String typeName) {
        for (Element t : m.document().elements("types")) {
            for (Element n : MetadataDocument.childElements(t, "name")) {
                if (typeName.equals(n.getTextContent().trim())) {
                    return t;
                }
            }
        }
        return m.document().root();
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(MANIFEST, manifest("""
                <types>
                    <members>My_App</members>
                    <name>ExternalClientApplication</name>
                </types>
                <version>64.0</version>
                """),
                manifest("""
                <types>
                    <members>My_App</members>
                    <name>ExternalClientApplication</name>
                </types>
                <types>
                    <members>My_App_oauth</members>
                    <name>ExtlClntAppOauthSettings</name>
                </types>
                <version>64.0</version>
                """))
                .with(APP, localApp()).with(OAUTH, oauthScopes("Api, RefreshToken"));
    }
}
