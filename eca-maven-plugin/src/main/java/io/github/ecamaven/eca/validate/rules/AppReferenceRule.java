package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.project.EcaFile;
import io.github.ecamaven.eca.validate.project.EcaProject;
import io.github.ecamaven.eca.validate.project.LinkedOutFile;
import java.util.Set;
import org.w3c.dom.Element;

/** ECA-REF-001: every satellite's {@code externalClientApplication} names an app of the project. */
public final class AppReferenceRule extends AbstractRule {

    public AppReferenceRule() {
        super("ECA-REF-001", Severity.ERROR, Category.NAMES, "Satellites name an existing app",
                "Each settings or policy file points at its app by API name; a name with no .eca-meta.xml in the"
                        + " project fails the deploy with INVALID_CROSS_REFERENCE_KEY.",
                META_API);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        Set<String> apps = project.apps().keySet();
        for (EcaFile f : project.readableFiles()) {
            Element ref = f.element("externalClientApplication");
            if (!f.type().isSatellite() || ref == null) {
                continue;
            }
            String name = ref.getTextContent().trim();
            if (!apps.contains(name)) {
                LinkedOutFile link = linkedOut(project, name);
                ctx.report(f, ref, link == null ? "<externalClientApplication> names '" + name
                        + "' but the project has no " + name + ".eca-meta.xml" + DidYouMean.of(name, apps)
                        : "<externalClientApplication> names '" + name + "', whose " + link.relativePath()
                        + " is a symbolic link leading outside the project (to " + link.target() + "), so it was"
                        + " not read; copy the file into the project or point the link inside it");
            }
        }
    }

    /** The app's header file when it is a link the scanner did not follow, or null. */
    private static LinkedOutFile linkedOut(EcaProject project, String app) {
        String header = app + ".eca-meta.xml";
        return project.linksOut().stream().filter(l -> l.path().getFileName().toString().equals(header)).findFirst()
                .orElse(null);
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PLCY, policies("""
                <externalClientApplication>MyApp</externalClientApplication>
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
