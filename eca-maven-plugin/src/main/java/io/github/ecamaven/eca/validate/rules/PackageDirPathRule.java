package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.project.EcaProject;
import io.github.ecamaven.eca.validate.project.PackageDir;
import io.github.ecamaven.eca.validate.project.SfdxProjectFile;
import java.nio.file.Paths;

/** ECA-PROJ-003: every package directory path exists and is relative. */
public final class PackageDirPathRule extends AbstractRule {

    public PackageDirPathRule() {
        super("ECA-PROJ-003", Severity.ERROR, Category.PROJECT, "Package directory paths exist",
                "sf stops with missingPackageDirectory for a path that does not exist and with"
                        + " invalidPackageDirectory for an absolute one.",
                PROJECT_JSON_DOC);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        SfdxProjectFile json = project.sfdxProject();
        if (json == null || json.syntaxError() != null) {
            return;
        }
        for (PackageDir d : project.packageDirs()) {
            String p = d.pointer() + "/path";
            if (Paths.get(d.path()).isAbsolute()) {
                ctx.report(json, json.valueAt(p), "package directory '" + d.path() + "' is absolute; use a path"
                        + " relative to the project root");
            } else if (!d.dir().startsWith(project.root())) {
                ctx.report(json, json.valueAt(p), "package directory '" + d.path() + "' is outside the project");
            } else if (!project.isDirectory(d.dir())) {
                ctx.report(json, json.valueAt(p), "package directory '" + d.path() + "' does not exist");
            }
        }
    }

    @Override
    public RuleExample example() {
        return RuleExample.of(PROJECT, RuleExample.MINIMAL_PROJECT.replace("\"force-app\"", "\"force-ap\""),
                RuleExample.MINIMAL_PROJECT).with(APP, localApp());
    }
}
