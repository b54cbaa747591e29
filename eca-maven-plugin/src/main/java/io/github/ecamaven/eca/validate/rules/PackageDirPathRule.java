package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.PackageDir;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** ECA-PROJ-003: every package directory path exists, is relative and is no other's folder or subfolder. */
public final class PackageDirPathRule extends AbstractRule {

    /** The rule id; eca:generate cites it when it refuses the same value. */
    public static final String ID = "ECA-PROJ-003";

    public PackageDirPathRule() {
        super(ID, Severity.ERROR, Category.PROJECT, "Package directory paths exist and do not overlap",
                "sf stops with missingPackageDirectory for a path that does not exist and with"
                        + " invalidPackageDirectory for an absolute one; a package directory inside another (or"
                        + " the project root '.') makes sf read the same source files twice.",
                PROJECT_JSON_DOC);
    }

    @Override
    public RuleScope scope() {
        return RuleScope.PROJECT;
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        SfdxProject json = project.sfdxProject();
        if (json == null || json.syntaxError() != null) {
            return;
        }
        List<PackageDir> seen = new ArrayList<>();
        for (PackageDir d : project.packageDirs()) {
            String p = d.pointer() + "/path";
            String overlap = seen.stream().map(o -> SfdxProject.overlap(d.path(), o.path()))
                    .filter(o -> o != null).findFirst().orElse(null);
            seen.add(d);
            if (overlap != null) {
                ctx.report(json, json.valueAt(p), "package directory '" + d.path() + "' " + overlap + ", so sf"
                        + " reads the same source files twice; keep one entry per folder, folders side by side (e.g."
                        + " " + ProjectPaths.DEFAULT_PACKAGE_DIRECTORY + " and "
                        + ProjectPaths.DEFAULT_ORG_DIRECTORY + ")");
            } else if (Paths.get(d.path()).isAbsolute()) {
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
