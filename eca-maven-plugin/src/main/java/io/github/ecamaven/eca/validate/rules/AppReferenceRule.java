package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.text.DidYouMean;
import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.LinkedOutFile;
import io.github.ecamaven.eca.project.SfdxProject;
import java.util.Set;
import org.w3c.dom.Element;

/** ECA-REF-001: every satellite's {@code externalClientApplication} names an app of the project. */
public final class AppReferenceRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-REF-001";

    public AppReferenceRule() {
        super(ID, Severity.ERROR, Category.NAMES, "Satellites name an existing app",
                "Each settings or policy file points at its app by API name; a name with no .eca-meta.xml in the"
                        + " project fails the deploy with INVALID_CROSS_REFERENCE_KEY, unless the target org already"
                        + " has the app: policies and org settings (types a package cannot hold) naming an app that"
                        + " is not close to one of the project's are a warning. Names with a namespace"
                        + " prefix the project does not declare (files retrieved from a packaging org) are one"
                        + " finding on sfdx-project.json.",
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
            if (apps.contains(project.resolveApp(name))) {
                continue;
            }
            LinkedOutFile link = linkedOut(project, name);
            String suggestion = DidYouMean.of(name, apps);
            if (link != null) {
                ctx.report(f, ref, "<externalClientApplication> names '" + name + "', whose " + link.relativePath()
                        + " is a symbolic link leading outside the project (to " + link.target() + "), so it was"
                        + " not read; copy the file into the project or point the link inside it");
            } else if (suggestion.isEmpty() && !f.type().isPackageable()) {
                // policies and org settings of an app from another repository or an installed package
                ctx.report(f, ref, "<externalClientApplication> names '" + name + "', which has no .eca-meta.xml in"
                        + " this project; the deploy succeeds only where the target org already has " + name
                        + " (deployed from another repository or installed from a package)", Severity.WARNING);
            } else {
                ctx.report(f, ref, "<externalClientApplication> names '" + name + "' but the project has no "
                        + name + ".eca-meta.xml" + suggestion);
            }
        }
        // a retrieve from the packaging org prefixes every reference: one finding for the cause, not one per file
        SfdxProject json = project.sfdxProject();
        project.undeclaredNamespaces().forEach((prefix, files) -> {
            String example = files.get(0).appName();
            String message = files.size() + " satellite(s) name their app with the namespace prefix '" + prefix
                    + "' (" + example + " in " + files.get(0).relativePath() + (files.size() > 1 ? " and others" : "")
                    + "), as a retrieve from the namespace's packaging org writes them, but sfdx-project.json has no"
                    + " \"namespace\"; set \"namespace\": \"" + prefix + "\" (the project builds that namespace's"
                    + " package), or drop the prefix '" + prefix + "__' from <externalClientApplication>";
            if (json != null) {
                ctx.report(json, json.keyAt("/namespace"), message);
            } else {
                ctx.report(files.get(0), files.get(0).element("externalClientApplication"), message);
            }
        });
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
