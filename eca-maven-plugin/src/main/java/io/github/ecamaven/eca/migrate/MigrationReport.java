package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.text.Shortened;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import java.nio.file.Path;

/** The Markdown report of one app: mapping table, what was dropped, what needs a person, next steps. */
public final class MigrationReport {

    private MigrationReport() {}

    /**
     * The report text.
     *
     * @param pom the eca:generate configuration, or null
     */
    public static String render(ConnectedAppSource src, Verdict verdict, Conversion c, ApiVersion api,
            Path packageDir, Path projectDir, boolean removeSource, String pom) {
        StringBuilder b = new StringBuilder();
        String app = src.name();
        b.append("# eca:migrate ").append(app).append("\n\n");
        b.append("- Source: `").append(rel(projectDir, src.file())).append("`\n");
        b.append("- Target API version: ").append(api).append('\n');
        b.append("- Outcome: **").append(verdict.outcome()).append("**");
        if (verdict.rule() != null) {
            b.append(" [").append(verdict.rule()).append("] ").append(Shortened.withLength(verdict.reason(), 4000));
        }
        b.append("\n\n");
        if (c == null) {
            return b.toString();
        }
        b.append("## Files\n\n");
        for (Conversion.EcaComponent e : c.components()) {
            b.append("- `").append(rel(projectDir, e.type().sourcePath(packageDir, e.fullName()))).append("`\n");
        }
        b.append("\n## Mapping\n\n| Connected App field | ECA field | value | note |\n|---|---|---|---|\n");
        for (Conversion.Row r : c.rows()) {
            b.append("| ").append(cell(r.source())).append(" | ").append(cell(r.target())).append(" | ")
                    .append(cell(SourceChecks.shown(r.value()))).append(" | ").append(cell(r.note())).append(" |\n");
        }
        b.append("\n## Dropped\n\n");
        list(b, c.dropped());
        b.append("\n## Needs a person\n\n");
        list(b, c.needsPerson());
        b.append("- E11: after the migration the app no longer shows up in Notification Delivery Settings or the"
                + " Briefcase connected-app assignment; reassign it there if it was used\n");
        if (!c.problems().isEmpty()) {
            b.append("\n## Problems (nothing written)\n\n");
            list(b, c.problems());
        }
        b.append("\n## Next steps\n\n");
        b.append("1. Review the files above, then deploy them: `sf project deploy start --source-dir ")
                .append(rel(projectDir, packageDir)).append("`\n");
        b.append("2. In Setup, check the new External Client App ").append(app)
                .append(" (policies, permitted users, profiles, permission sets) and give the new consumer key and"
                        + " secret to every integration (unless the key was copied on purpose).\n");
        if (removeSource) {
            b.append("3. The Connected App file was removed; delete the Connected App in the org once nothing uses"
                    + " it.\n");
        } else {
            b.append("3. The Connected App file is still in `").append(rel(projectDir, src.file()))
                    .append("`. Keep it out of deploys (a Connected App can no longer be created, and a migrated one"
                            + " is read-only): delete it, or add `**/connectedApps/").append(app)
                    .append(".connectedApp*` to `.forceignore`, and remove it from package.xml manifests (or run"
                            + " again with -D" + PropertyNames.MIGRATE_REMOVE_SOURCE + "=true).\n");
        }
        if (pom != null) {
            b.append("\n## eca:generate configuration\n\n```xml\n").append(pom).append("```\n");
        }
        return b.toString();
    }

    private static void list(StringBuilder b, java.util.List<String> items) {
        if (items.isEmpty()) {
            b.append("- nothing\n");
        }
        for (String s : items) {
            b.append("- ").append(Shortened.withLength(s, 500)).append('\n');
        }
    }

    private static String cell(String s) {
        return s == null ? "" : Shortened.withLength(s, 300).replace("|", "\\|").replace("\n", " ");
    }

    static String rel(Path base, Path p) {
        try {
            return base.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }
}
