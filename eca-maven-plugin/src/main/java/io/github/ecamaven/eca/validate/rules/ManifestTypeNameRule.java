package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ManifestFile;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/** ECA-MAN-002: ECA-like type names in a manifest are real type names. */
public final class ManifestTypeNameRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-MAN-002";

    private static final List<String> NAMES = Arrays.stream(MetadataType.values())
            .map(MetadataType::typeName).toList();

    public ManifestTypeNameRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "Manifests use valid ECA type names",
                "A misspelt type name in package.xml (ExtlClntAppGlobalOauthSetting, ExternalClientApp) is"
                        + " skipped or rejected, so the component is never retrieved or deployed.",
                PACKAGE_XML_DOC);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (ManifestFile m : project.manifests()) {
            if (m.document() == null) {
                continue;
            }
            for (Element t : m.document().elements("types")) {
                for (Element n : MetadataDocument.childElements(t, "name")) {
                    String name = n.getTextContent().trim();
                    if (MetadataType.ofTypeName(name) == null && looksLikeEca(name)) {
                        String hint = "ExternalClientAppSettings".equals(name)
                                ? "; the settings are type Settings with member ExternalClientApp"
                                : DidYouMean.of(name, NAMES);
                        ctx.report(m, n, "'" + name + "' is not a metadata type name" + hint);
                    }
                }
            }
        }
    }

    static boolean looksLikeEca(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        return l.startsWith("extlclnt") || l.startsWith("externalclient") || l.startsWith("extclient")
                || DidYouMean.closest(name, NAMES) != null;
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(MANIFEST, manifest("""
                <types>
                    <members>My_App_glbloauth</members>
                    <name>ExtlClntAppGlobalOauthSetting</name>
                </types>
                <version>64.0</version>
                """),
                manifest("""
                <types>
                    <members>My_App_glbloauth</members>
                    <name>ExtlClntAppGlobalOauthSettings</name>
                </types>
                <version>64.0</version>
                """));
    }
}
