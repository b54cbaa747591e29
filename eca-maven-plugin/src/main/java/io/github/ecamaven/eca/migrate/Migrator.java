package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.text.Shortened;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.OutputFolder;
import io.github.ecamaven.eca.model.io.WriteJournal;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.project.WriteTargets;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.project.InterruptedWrites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * eca:migrate without Maven: selects the Connected Apps, decides each (convert, skip, refuse), converts, checks the
 * output, and writes all files or none.
 */
public final class Migrator {

    /** One app's outcome. */
    public record AppResult(ConnectedAppSource source, Verdict verdict, Conversion conversion, String report) {}

    private final EcaLog log;
    private final OutputCheck check;

    public Migrator(EcaLog log, OutputCheck check) {
        this.log = log;
        this.check = check;
    }

    /**
     * Runs the migration.
     *
     * @return the outcome per selected app
     * @throws MigrationException when an app is refused, a named app is missing, the username-password
     *     acknowledgement is missing or target files exist; nothing was written to the project then
     */
    public List<AppResult> run(MigrateRequest req) throws IOException, MigrationException {
        WriteJournal journal = WriteJournal.in(req.buildDir());
        if (!req.dryRun()) {
            InterruptedWrites.recover(journal, log); // before reading: a killed run's set is finished first
        }
        ProjectLayout layout = ProjectLayout.of(req.projectDir());
        WriteScope scope = WriteScope.of(req.projectDir(), req.buildDir());
        WriteTargets.of(req.projectDir(), req.buildDir()).check(PropertyNames.REPORT_DIRECTORY, req.reportDir());
        // a package directory ../x or /abs in sfdx-project.json must not carry the new files out of the project
        scope.check(layout.packageDir(), "The package directory of sfdx-project.json ("
                + MigrationReport.rel(req.projectDir(), layout.packageDir()) + ")");
        ApiVersion api = layout.apiVersion();
        if (req.apiVersion() != null && !req.apiVersion().isBlank()) {
            api = ApiVersion.tryParse(req.apiVersion());
            if (api == null) {
                throw new MigrationException(PropertyNames.API_VERSION + " '" + req.apiVersion()
                        + "' is not an API version");
            }
        }
        List<ConnectedAppSource> selected = select(layout, req);
        if (selected.isEmpty()) {
            log.info("eca:migrate: no Connected App in " + req.projectDir());
            return List.of();
        }
        Map<String, String> permSets = layout.permissionSetsByLabel();
        List<AppResult> results = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (ConnectedAppSource s : selected) {
            AppResult r = analyse(s, api, permSets, req, layout);
            results.add(r);
            if (r.verdict().outcome() == Verdict.Outcome.REFUSE) {
                refusals.add("[" + r.verdict().rule() + "] " + Shortened.withLength(r.verdict().reason(), 4000));
            }
        }
        Path reportDir = OutputFolder.prepareReports(scope, req.reportDir(), PropertyNames.REPORT_DIRECTORY);
        Map<Path, byte[]> reports = new LinkedHashMap<>();
        for (AppResult r : results) {
            reports.put(reportDir.resolve(reportName(r)), r.report().getBytes(StandardCharsets.UTF_8));
        }
        AtomicFiles.writeAll(reports, scope);
        // the console: one line per app, naming its report; the report itself stays in its file
        for (AppResult r : results) {
            summarise(r, MigrationReport.rel(req.projectDir(), reportDir.resolve(reportName(r))));
        }
        if (!refusals.isEmpty()) {
            String refused = refusals.size() + " of " + selected.size() + " Connected App(s) refused";
            if (!req.dryRun() || req.failOnRefused()) {
                throw new MigrationException(refused + "; nothing was written (all or nothing):\n  "
                        + String.join("\n  ", refusals) + "\nSelect the others with -D" + PropertyNames.APP_NAMES
                        + "=Name,...");
            }
            log.warn("eca:migrate: " + refused + " (" + names(results.stream()
                    .filter(r -> r.verdict().outcome() == Verdict.Outcome.REFUSE).toList())
                    + "): a run that writes would write nothing (all or nothing); select the others with -D"
                    + PropertyNames.APP_NAMES + "=Name,... (-D" + PropertyNames.MIGRATE_FAIL_ON_REFUSED
                    + "=true fails a dry run on a refusal)");
        }
        List<AppResult> converting = results.stream()
                .filter(r -> r.verdict().outcome() == Verdict.Outcome.CONVERT).toList();
        if (converting.isEmpty()) {
            log.info("eca:migrate: nothing to convert; reports in " + MigrationReport.rel(req.projectDir(), reportDir));
            return results;
        }
        log.warn("E3: the username-password flow cannot be seen in metadata and does not work with External Client"
                + " Apps; make sure no integration of " + names(converting) + " uses it");
        if (req.emitPom()) {
            log.info("eca:generate configuration of " + names(converting) + " (the plugin's <configuration>, no"
                    + " secrets):\n" + PomSnippet.of(converting.stream().map(AppResult::conversion).toList())
                            .stripTrailing());
        }
        if (req.dryRun()) {
            log.info("eca:migrate: dry run (" + PropertyNames.MIGRATE_DRY_RUN + "=true), nothing written; reports in "
                    + MigrationReport.rel(req.projectDir(), reportDir));
            return results;
        }
        if (!req.confirm()) {
            throw new MigrationException("eca:migrate needs the acknowledgement -D" + PropertyNames.MIGRATE_CONFIRM
                    + "=true that no"
                    + " integration of " + names(converting) + " uses the username-password flow (External Client"
                    + " Apps do not support it; metadata cannot show it); nothing was written");
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<String> existing = new ArrayList<>();
        List<Path> same = new ArrayList<>();
        for (AppResult r : converting) {
            for (Conversion.EcaComponent c : r.conversion().components()) {
                Path p = c.type().sourcePath(layout.packageDir(), c.fullName());
                byte[] content = MetadataXml.toBytes(c.model());
                if (Files.isRegularFile(p) && Arrays.equals(Files.readAllBytes(p), content)) {
                    same.add(p); // already as converted (an earlier run wrote it): nothing to overwrite
                    continue;
                }
                files.put(p, content);
                if (Files.exists(p)) {
                    existing.add(p.toString());
                }
            }
        }
        if (!existing.isEmpty() && !req.overwrite()) {
            throw new MigrationException("eca:migrate would overwrite existing ECA files; nothing was written (run"
                    + " with -D" + PropertyNames.MIGRATE_OVERWRITE + "=true to replace them):\n  "
                    + String.join("\n  ", existing));
        }
        Map<Path, byte[]> manifests = manifestUpdates(layout, converting, req.removeSource());
        Map<Path, byte[]> all = new LinkedHashMap<>(files);
        all.putAll(manifests);
        if (req.removeSource()) {
            for (AppResult r : converting) {
                scope.check(r.source().file(), "The Connected App file to remove");
            }
        }
        // the ECA files and the manifest updates together, all or nothing (normal permissions, rw-r--r--)
        AtomicFiles.writeAll(all, scope, journal);
        same.forEach(p -> log.info("Kept " + MigrationReport.rel(req.projectDir(), p) + " (already as converted)"));
        files.keySet().forEach(p -> log.info("Wrote " + MigrationReport.rel(req.projectDir(), p)));
        manifests.keySet().forEach(p -> log.info("Updated " + MigrationReport.rel(req.projectDir(), p)));
        if (req.removeSource()) {
            for (AppResult r : converting) {
                Files.deleteIfExists(r.source().file());
                log.info("Removed " + MigrationReport.rel(req.projectDir(), r.source().file()));
            }
        }
        return results;
    }

    private static String reportName(AppResult r) {
        return "migrate-" + r.source().name() + ".md";
    }

    /** The app's one console line: its outcome, why (shortened; the report has it all) and its report. */
    private void summarise(AppResult r, String report) {
        Verdict v = r.verdict();
        String why = v.rule() == null ? "" : "[" + v.rule() + "] " + Shortened.withLength(v.reason(), 300)
                .replace('\n', ' ');
        String see = " (report: " + report + ")";
        switch (v.outcome()) {
            case CONVERT -> log.info(r.source().name() + ": converts into " + r.conversion().components().size()
                    + " ECA file(s)" + see);
            case SKIP -> log.info("Skipped " + r.source().name() + ": " + why + see);
            case REFUSE -> log.error(r.source().name() + " refused: " + why + see);
        }
    }

    /** The decision, conversion and report of one app (no writing). */
    public AppResult analyse(ConnectedAppSource s, ApiVersion api, Map<String, String> permSets, MigrateRequest req,
            ProjectLayout layout) {
        String handler = req.apexHandlers().get(s.name());
        Verdict v = Eligibility.check(s, api, handler, req.includeDevHub());
        v = sourceVerdict(s, v); // also for an app that would be skipped: a committed key must be said
        Conversion c = null;
        String pom = null;
        if (v.outcome() == Verdict.Outcome.CONVERT) {
            c = ConnectedAppConverter.convert(s, new ConnectedAppConverter.Settings(api, permSets,
                    req.keepConsumerKey(), handler));
            List<String> problems = new ArrayList<>(c.problems());
            boolean valueProblems = !problems.isEmpty();
            if (!valueProblems) {
                for (Conversion.EcaComponent e : c.components()) {
                    problems.addAll(check.check(e.type(), e.fullName(), e.model(), api));
                }
                c.problems().addAll(problems);
            }
            String unmapped = unmapped(s);
            if (!problems.isEmpty()) {
                v = Verdict.refuse(valueProblems ? "VALUE" : "SCHEMA", s.name() + " cannot be converted: "
                        + String.join("; ", problems) + (unmapped == null ? "" : "; and it " + unmapped));
            } else if (unmapped != null) {
                v = Verdict.refuse("UNMAPPED", s.name() + " " + unmapped);
            } else if (req.emitPom()) {
                pom = PomSnippet.of(c);
            }
        }
        String report = MigrationReport.render(s, v, c, api, layout.packageDir(), req.projectDir(),
                req.removeSource(), pom);
        return new AppResult(s, v, c, report);
    }

    /**
     * A private key anywhere refuses the app: it is never copied, and never shown.
     */
    private static Verdict sourceVerdict(ConnectedAppSource s, Verdict v) {
        List<String> keys = SourceChecks.privateKeys(s);
        if (!keys.isEmpty()) {
            return Verdict.refuse("PRIVATE_KEY", s.name() + " holds a private key in " + String.join(", ", keys)
                    + " of " + s.file() + ". A private key is never copied into an External Client App (nor shown"
                    + " here): remove it from the file (an app's certificate is the public certificate only) and"
                    + " replace the key, since it was committed");
        }
        return v;
    }

    /** What the elements the converter does not map are (they would be lost without a word), or null. */
    private static String unmapped(ConnectedAppSource s) {
        List<String> unmapped = SourceChecks.unmapped(s);
        if (unmapped.isEmpty()) {
            return null;
        }
        List<String> shown = unmapped.size() <= 20 ? unmapped : unmapped.subList(0, 20);
        return "has " + unmapped.size() + " element(s) eca:migrate does not know, which the conversion would lose: "
                + String.join("; ", shown)
                + (unmapped.size() > shown.size() ? "; and " + (unmapped.size() - shown.size()) + " more" : "")
                + ". Fix the spelling (element names are case-sensitive) or remove them, then run again";
    }

    private List<ConnectedAppSource> select(ProjectLayout layout, MigrateRequest req)
            throws IOException, MigrationException {
        Map<String, Path> all = new LinkedHashMap<>();
        for (Path p : layout.connectedAppFiles()) {
            all.putIfAbsent(ConnectedAppSource.componentName(p.getFileName().toString()), p);
        }
        List<String> names = req.apps().isEmpty() ? new ArrayList<>(all.keySet()) : req.apps();
        List<String> missing = names.stream().filter(n -> !all.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new MigrationException(PropertyNames.APP_NAMES + " names " + missing
                    + ", which the project does not have;"
                    + " its Connected Apps: " + all.keySet());
        }
        List<ConnectedAppSource> out = new ArrayList<>();
        for (String n : names) {
            out.add(read(n, all.get(n)));
        }
        return out;
    }

    /** Reads one Connected App file. */
    public static ConnectedAppSource read(String name, Path file) throws IOException, MigrationException {
        MetadataDocument<ConnectedApp> doc;
        try {
            doc = MetadataXml.read(file, ConnectedApp.class);
        } catch (EcaXmlException e) {
            throw new MigrationException(e.getMessage());
        }
        if (!doc.duplicates().isEmpty()) {
            // the model keeps the last copy only: converting would silently pick one of the values
            throw new MigrationException(doc.duplicates().get(0).summary(file)
                    + "; keep the one you mean and run again");
        }
        return of(name, file, doc);
    }

    static ConnectedAppSource of(String name, Path file, MetadataDocument<ConnectedApp> doc) {
        return new ConnectedAppSource(name, file, doc);
    }

    private Map<Path, byte[]> manifestUpdates(ProjectLayout layout, List<AppResult> apps, boolean removeSource)
            throws IOException, MigrationException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        for (Path m : layout.manifests()) {
            MetadataDocument<PackageManifest> doc;
            try {
                doc = MetadataXml.read(m, PackageManifest.class);
            } catch (EcaXmlException e) {
                throw new MigrationException(e.getMessage());
            }
            PackageManifest pm = doc.model();
            List<String> listed = pm.membersOf("ConnectedApp");
            boolean changed = false;
            for (AppResult r : apps) {
                String app = r.source().name();
                if (!listed.contains(app) && !listed.contains("*")) {
                    continue;
                }
                for (Conversion.EcaComponent c : r.conversion().components()) {
                    changed |= pm.addMember(c.type().typeName(), c.fullName());
                }
                if (removeSource) {
                    changed |= pm.removeMember("ConnectedApp", app);
                }
            }
            if (changed) {
                out.put(m, doc.toBytes());
            }
        }
        return out;
    }

    private static String names(List<AppResult> rs) {
        return String.join(", ", rs.stream().map(r -> r.source().name()).toList());
    }
}
