package io.github.ecamaven.eca.validate.rules;

import static io.github.ecamaven.eca.validate.rules.Examples.*;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.model.io.WriteJournal;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.RuleExample;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaProject;
import io.github.ecamaven.eca.project.ProjectFile;
import java.util.Map;

/** ECA-PROJ-012: a temp file of an interrupted write ({@code .eca*.tmp}) lies in a package directory. */
public final class LeftoverTempFileRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "ECA-PROJ-012";

    public LeftoverTempFileRule() {
        super(ID, Severity.WARNING, Category.PROJECT,
                "No temp file of an interrupted write in a package directory",
                "The plugin writes a set of files through temp files named .eca<digits>.tmp and moves them into place"
                        + " at the end. A run killed in between leaves them: each holds a whole or partial copy of a"
                        + " metadata file, which version control then picks up and sf carries along with the"
                        + " package directory. eca:generate and eca:migrate keep their temp files under the build"
                        + " directory (" + WriteJournal.FOLDER + ") and finish or roll back an interrupted set at"
                        + " their next run; one in a package directory was left by an older plugin version, a set"
                        + " whose build directory was deleted since, or a single-file write.",
                PROJECT_JSON_DOC);
    }

    @Override
    public void check(EcaProject project, RuleContext ctx) {
        for (ProjectFile f : project.leftoverTemps()) { // found by the scanner's walk, not walked again
            ctx.report(f, SourcePosition.FILE, "this is a temp file an interrupted write of eca:generate or"
                    + " eca:migrate left; the file beside it with the real name holds the content in use: compare"
                    + " the two if in doubt, then delete this one");
        }
    }

    @Override
    public RuleExample example() {
        String temp = D + "externalClientApps/.eca4711-3.tmp";
        return new RuleExample(temp, app("    <contactEmail>ops@example.org</contactEmail>\n"), temp, null,
                Map.of(APP, localApp()), null, "A run was killed while it replaced My_App's files.");
    }
}
