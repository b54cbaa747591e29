package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.generate.AppSettings;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import io.github.ecamaven.eca.model.manifest.PackageTypeMembers;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaFileFinder;
import io.github.ecamaven.eca.project.OrgFormation;
import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.project.SourceOrg;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The customer bundle of an app: what a customer's Salesforce admin deploys to link the app into their org
 * ({@link OrgFormation#LINKED}, the same selection as eca:deploy's), as one zip: the header and the OAuth settings in
 * source format, {@code sfdx-project.json}, {@code manifest/package.xml} listing exactly these two components, and a
 * README with the two sf commands and what the admin chooses afterwards. No secret, no global OAuth settings, no
 * policies. The zip is the same for the same files: entries in a fixed order, each with {@link #ENTRY_TIME}.
 */
public final class CustomerBundle {

    /** The Maven artifact type of a bundle. */
    public static final String TYPE = "zip";
    /** The time every entry carries, so that a build of the same files gives the same bytes. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** The alias the README's commands use for the customer's org. */
    static final String ALIAS = "my-org";
    static final String README = "README.md";

    private CustomerBundle() {}

    /** The classifier of {@code app}'s bundle, and its file name without {@code .zip}: {@code <App>-customer-org}. */
    public static String classifier(String app) {
        return app + "-customer-org";
    }

    /**
     * Writes {@code <buildDir>/eca/<App>-customer-org.zip} for each app, atomically.
     *
     * @param apps the apps; empty means every app of the project's files
     * @param sourceOrgId {@code eca.sourceOrgId}, or null: what each {@code oauthLink} is checked against
     * @return app → its zip
     * @throws OrgSyncException when an app has no files, no header, or OAuth settings without a link to its source
     *     org (as eca:deploy's linked formation refuses them)
     */
    public static Map<String, Path> write(Path projectDir, Path buildDir, Set<String> apps, String sourceOrgId,
            EcaLog log) throws OrgSyncException, IOException, EcaXmlException, SfdxProjectException {
        List<EcaFile> files = EcaFile.find(projectDir, EcaFileFinder.packageDirectories(projectDir), apps);
        Set<String> names = new LinkedHashSet<>(apps);
        if (names.isEmpty()) {
            files.stream().map(EcaFile::appName).filter(Objects::nonNull).forEach(names::add);
        }
        if (names.isEmpty()) {
            throw new OrgSyncException("nothing to bundle: no External Client App files in the package directories;"
                    + " run eca:generate, deploy to the source org, then bring its <oauthLink> into the OAuth settings: "
                    + SourceOrg.linkRetrieval("<App>_oauth", null));
        }
        String apiVersion = RetrieveService.apiVersion(projectDir);
        Map<String, Path> out = new LinkedHashMap<>();
        Map<Path, byte[]> zips = new LinkedHashMap<>();
        for (String app : names) {
            List<EcaFile> own = files.stream().filter(f -> app.equals(f.appName())).toList();
            if (own.isEmpty()) {
                throw new OrgSyncException("nothing to bundle for app " + app + ": the package directories hold no"
                        + " External Client App file of it; check " + PropertyNames.describe(PropertyNames.APP_NAMES)
                        + ", or run eca:generate first");
            }
            FormationFiles selection = FormationFiles.select(OrgFormation.LINKED, false, sourceOrgId, own);
            List<FormationFiles.Outgoing> going = selection.outgoing();
            if (going.stream().noneMatch(o -> o.file().type() == MetadataType.EXTERNAL_CLIENT_APPLICATION)) {
                throw new OrgSyncException("app " + app + " has no header file (" + ProjectPaths.sourceFile(
                        ProjectPaths.DEFAULT_PACKAGE_DIRECTORY, MetadataType.EXTERNAL_CLIENT_APPLICATION
                                .directoryName(), MetadataType.EXTERNAL_CLIENT_APPLICATION.sourceFileName(app))
                        + ") in the package directories; run eca:generate first");
            }
            Path zip = ProjectPaths.buildFolder(buildDir).resolve(classifier(app) + "." + TYPE);
            zips.put(zip, zip(app, selection, apiVersion));
            out.put(app, zip);
            log.info("Customer bundle of " + app + ": " + zip + " (" + going.stream().map(o -> o.file()
                    .relativePath()).reduce((a, b) -> a + ", " + b).orElse("") + "; linked to the consumer of org "
                    + SalesforceValues.orgIdOf(selection.links().get(app)) + ")");
        }
        AtomicFiles.writeAll(zips, WriteScope.of(projectDir, buildDir));
        return out;
    }

    /** The zip of one app: README, sfdx-project.json, the manifest, then the files, always in this order. */
    static byte[] zip(String app, FormationFiles selection, String apiVersion) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(README, readme(app, selection).getBytes(StandardCharsets.UTF_8));
        entries.put(SfdxProject.FILE_NAME, StagedProject.sfdxProjectJson(Path.of("."), apiVersion)
                .getBytes(StandardCharsets.UTF_8));
        PackageManifest manifest = new PackageManifest();
        for (FormationFiles.Outgoing o : selection.outgoing()) {
            manifest.getTypes().add(new PackageTypeMembers(o.file().type().typeName(),
                    List.of(o.file().componentName())));
        }
        manifest.setVersion(apiVersion);
        entries.put(ProjectPaths.DEFAULT_MANIFEST, MetadataXml.toBytes(manifest));
        for (FormationFiles.Outgoing o : selection.outgoing()) {
            entries.put(o.stagedPath(), o.content());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                z.putNextEntry(entry);
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The README for the customer's Salesforce admin. */
    static String readme(String app, FormationFiles selection) {
        String link = selection.links().get(app);
        StringBuilder s = new StringBuilder();
        s.append("# Connect your Salesforce org to ").append(app).append("\n\n")
                .append("This folder adds the External Client App `").append(app).append("` to your Salesforce org,"
                        + " linked to the app's OAuth consumer in the org of its publisher (org `")
                .append(SalesforceValues.orgIdOf(link)).append("`, named by `<oauthLink>` in the OAuth settings)."
                        + " You deploy it yourself with your own login: nobody needs your Salesforce credentials,"
                        + " and you give none to anyone.\n\n")
                .append("It holds no secret, no global OAuth settings (the consumer key and secret stay in the"
                        + " publisher's org) and no policies (you choose them, below):\n\n");
        for (FormationFiles.Outgoing o : selection.outgoing()) {
            s.append("- `").append(o.stagedPath()).append("`: ").append(o.file().type().typeName()).append(' ')
                    .append(o.file().componentName()).append('\n');
        }
        s.append("- `").append(ProjectPaths.DEFAULT_MANIFEST).append("`: exactly these two components\n")
                .append("- `").append(SfdxProject.FILE_NAME).append("`: makes this folder a Salesforce DX project\n\n")
                .append("## Deploy it\n\n")
                .append("Unzip the bundle, then, with the Salesforce CLI (`sf`), in the unzipped folder:\n\n")
                .append("1. Log in to your org with an alias (a sandbox adds"
                        + " `--instance-url https://test.salesforce.com`):\n\n")
                .append("       sf org login web --alias ").append(ALIAS).append("\n\n")
                .append("2. Deploy the two components:\n\n")
                .append("       sf project deploy start --manifest ").append(ProjectPaths.DEFAULT_MANIFEST)
                .append(" --target-org ").append(ALIAS).append("\n\n")
                .append("## After the deploy: your choices\n\n")
                .append("The app's policies are yours. In Setup, open the External Client App Manager, then `")
                .append(app).append("`, and edit its policies: who may use the app, and how long its sessions and"
                        + " tokens last. Until you change them Salesforce gives them its defaults. The settings,"
                        + " with the field names a metadata file of them uses:\n\n");
        for (AppSettings.Setting setting : AppSettings.all()) {
            if (setting.target() != null && FormationFiles.isPolicies(setting.target())) {
                // what the setting is: the part of its description before "; ", the rest speaks of the POM
                String what = setting.description();
                what = what.contains("; ") ? what.substring(0, what.indexOf("; ")) : what;
                s.append("- ").append(what).append(" (`").append(setting.field()).append("`")
                        .append(setting.values().isEmpty() ? "" : ": " + setting.type()).append(")\n");
            }
        }
        return s.toString();
    }
}
