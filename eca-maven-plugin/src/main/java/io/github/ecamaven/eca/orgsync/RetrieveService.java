package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.project.EcaFileFinder;
import io.github.ecamaven.eca.config.PropertyNames;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecamaven.eca.drift.DriftDetector;
import io.github.ecamaven.eca.drift.DriftReport;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.OutputFolder;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.project.WriteTargets;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import io.github.ecamaven.eca.model.manifest.PackageTypeMembers;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCliException;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.TargetOrgs;
import io.github.ecamaven.eca.sf.SfOption;
import io.github.ecamaven.eca.sf.SfResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Retrieves the configured apps from an org into a separate folder with {@code sf project retrieve start}, keeps
 * only their components, fails on what the org does not have (sf exits 0 for that), and reports drift against the
 * repository.
 */
public final class RetrieveService {

    /** The parameter that sets the output folder, named in errors. */
    static final String OUTPUT_DIR = PropertyNames.RETRIEVE_OUTPUT_DIRECTORY;

    private final SfCli sf;
    private final EcaLog log;

    public RetrieveService(SfCli sf, EcaLog log) {
        this.sf = sf;
        this.log = log;
    }

    public RetrieveResult retrieve(RetrieveRequest r)
            throws OrgSyncException, SfCliException, IOException, EcaXmlException, SfdxProjectException {
        SfOption.atLeast(PropertyNames.WAIT, r.waitMinutes(), 1, "minute");
        Path projectDir = r.projectDir();
        WriteScope scope = WriteScope.of(projectDir, r.buildDir());
        List<Path> packageDirs = EcaFileFinder.packageDirectories(projectDir);
        List<Path> expected = r.repositoryRoots() != null ? r.repositoryRoots() : packageDirs;
        WriteTargets.of(projectDir, r.buildDir()).check(PropertyNames.REPORT_DIRECTORY, r.reportDir());
        Path reportDir = OutputFolder.prepareReports(scope, r.reportDir(), PropertyNames.REPORT_DIRECTORY);
        Path manifest = r.manifest() != null ? projectDir.resolve(r.manifest())
                : writeManifest(r, expected, scope, reportDir);
        if (!Files.isRegularFile(manifest)) {
            throw new OrgSyncException("the manifest " + manifest + " does not exist; run eca:generate or set"
                    + " -D" + PropertyNames.RETRIEVE_MANIFEST + " to an existing package.xml");
        }
        Path out = r.outputDir();
        Path realOut = scope.check(out, OUTPUT_DIR);
        boolean intoSource = false;
        for (Path d : packageDirs) {
            intoSource |= realOut.startsWith(WriteScope.real(d));
        }
        if (intoSource) {
            log.warn("Retrieving into a package directory (" + out + "): files there are overwritten; nothing is"
                    + " deleted there");
            Files.createDirectories(realOut);
        } else {
            // never empties what the plugin did not create: an unmarked folder with files is refused
            OutputFolder.prepareEmpty(scope, out, OUTPUT_DIR);
        }
        String org = TargetOrgs.named(sf, r.targetOrg());
        SfCommand cmd = SfCommand.of("project", "retrieve", "start")
                .option("--manifest", projectDir.relativize(manifest.toAbsolutePath()).toString())
                .option("--target-org", r.targetOrg())
                .option("--output-dir", projectDir.relativize(out.toAbsolutePath()).toString())
                .option("--wait", r.waitMinutes())
                .minimumTimeout(Duration.ofMinutes(r.waitMinutes()).plusMinutes(1))
                .waitsFor("the retrieve from " + org, Duration.ofMinutes(r.waitMinutes()), PropertyNames.WAIT)
                .build();
        log.info("Retrieving " + (r.apps().isEmpty() ? "the manifest's apps" : String.join(", ", r.apps()))
                + " from " + org + " into "
                + projectDir.relativize(out.toAbsolutePath()));
        SfResult result = sf.run(cmd);
        checkRetrieve(result);
        List<Path> kept = new ArrayList<>();
        List<Path> dropped = new ArrayList<>();
        keepOnlyConfiguredApps(out, r.apps(), kept, dropped, !intoSource);
        // a run-as user template matches the org's user when it gives that user for this org
        DriftReport drift = new DriftDetector(new RunAsUsers(sf, log).resolverFor(r.targetOrg(),
                EcaFile.find(projectDir, expected, r.apps()))).compare(projectDir, expected, out, r.apps());
        Path json = reportDir.resolve("drift.json");
        Path md = reportDir.resolve("drift.md");
        Map<Path, byte[]> reports = new LinkedHashMap<>();
        reports.put(json, drift.toJson().getBytes(StandardCharsets.UTF_8));
        reports.put(md, drift.toMarkdown().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(reports, scope);
        return new RetrieveResult(kept, dropped, drift, json, md);
    }

    /** Retrieve failures: a Failed status (exit 0 with --json) or components the org does not have. */
    static void checkRetrieve(SfResult result) throws OrgSyncException {
        JsonNode res = result.result();
        List<String> problems = new ArrayList<>();
        JsonNode files = res.path("files");
        for (JsonNode f : files) {
            if ("Failed".equals(f.path("state").asText())) {
                problems.add(f.path("type").asText() + " " + f.path("fullName").asText() + ": "
                        + f.path("error").asText("not found in the org"));
            }
        }
        boolean failed = "Failed".equals(SfResult.text(res, "status")) || res.path("success").asBoolean(true) == false;
        if (failed && problems.isEmpty()) {
            for (JsonNode m : res.path("messages")) {
                problems.add(m.path("fileName").asText() + ": " + m.path("problem").asText());
            }
            if (problems.isEmpty()) {
                problems.add("the org reported status " + SfResult.text(res, "status"));
            }
        }
        if (!problems.isEmpty()) {
            throw new OrgSyncException("the retrieve did not bring every configured component (sf exits 0 for this):\n  "
                    + String.join("\n  ", problems)
                    + "\nCheck that the app exists in the target org and is named as in the configuration.");
        }
    }

    private Path writeManifest(RetrieveRequest r, List<Path> packageDirs, WriteScope scope, Path reportDir)
            throws IOException, EcaXmlException, OrgSyncException, SfdxProjectException {
        Map<String, Set<String>> members = new TreeMap<>();
        for (EcaFile f : EcaFile.find(r.projectDir(), packageDirs, r.apps())) {
            members.computeIfAbsent(f.type().typeName(), k -> new TreeSet<>()).add(f.componentName());
        }
        for (String app : r.apps()) {
            members.computeIfAbsent(MetadataType.EXTERNAL_CLIENT_APPLICATION.typeName(), k -> new TreeSet<>()).add(app);
        }
        if (members.isEmpty()) {
            throw new OrgSyncException("nothing to retrieve: no External Client App files in " + packageDirs
                    + " and no apps configured; set -D" + PropertyNames.APP_NAMES + "=App1,App2 or -D"
                    + PropertyNames.RETRIEVE_MANIFEST);
        }
        PackageManifest m = new PackageManifest();
        members.forEach((type, names) -> m.getTypes().add(new PackageTypeMembers(type, List.copyOf(names))));
        m.setVersion(apiVersion(r.projectDir()));
        Path file = reportDir.resolve("retrieve-package.xml");
        AtomicFiles.writeAll(Map.of(file, MetadataXml.toBytes(m)), scope);
        return file;
    }

    /** The project's sourceApiVersion, else the newest version the plugin confirms. */
    static String apiVersion(Path projectDir) throws IOException, SfdxProjectException {
        if (SfdxProject.exists(projectDir)) {
            String v = SfdxProject.read(projectDir).sourceApiVersion();
            if (ApiVersion.tryParse(v) != null) {
                return v;
            }
        }
        return ApiVersion.CONFIRMED.toString();
    }

    /** Drops other apps' files, but only from the plugin's own folder: in a package directory they are the user's. */
    private static void keepOnlyConfiguredApps(Path out, Set<String> apps, List<Path> kept, List<Path> dropped,
            boolean mayDelete) throws IOException, EcaXmlException {
        List<EcaFile> all = EcaFile.find(out, List.of(out), Set.of());
        for (EcaFile f : all) {
            if (apps.isEmpty() || apps.contains(f.appName())) {
                kept.add(f.path());
            } else if (mayDelete) {
                Files.delete(f.path());
                dropped.add(f.path());
            }
        }
    }

}
