package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.config.PackageType;
import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.project.ClientSecretSetting;
import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.ExternalClientAppSettings;
import io.github.ecamaven.eca.model.ExtlClntAppDistState;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.WriteJournal;
import io.github.ecamaven.eca.model.io.WriteScope;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import io.github.ecamaven.eca.model.manifest.PackageTypeMembers;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.text.SecretLike;
import io.github.ecamaven.eca.validate.rules.DuplicateComponentRule;
import io.github.ecamaven.eca.validate.rules.NamespaceRule;
import io.github.ecamaven.eca.validate.rules.PackageDirPathRule;
import io.github.ecamaven.eca.validate.rules.VersionNumberRule;
import io.github.ecamaven.eca.project.InterruptedWrites;
import io.github.ecamaven.eca.project.JsonValue;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.project.SfdxProjectException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code eca:generate}: the configured apps become metadata files, package.xml and sfdx-project.json. Everything is
 * checked and computed first; only then are files written, each atomically and only when a managed value changes (a
 * file whose values match is left as it is, whatever its layout). Fields the configuration does not manage (oauthLink,
 * orgScopedExternalApp, a retrieved certificate, unknown elements, comments) are kept by merging into the file as
 * read. In check mode nothing is written and the differences are
 * returned.
 */
public final class EcaGenerator {

    /** The oldest API version that has every generated type: the latest first version among them in the since table. */
    public static final ApiVersion MIN_API_VERSION = AppMapper.TYPES.stream().map(MetadataType::since)
            .max(Comparator.naturalOrder()).orElseThrow();

    private static final Set<String> MASKED = Set.of("consumerKey", "certificate");

    private final EcaLog log;

    public EcaGenerator(EcaLog log) {
        this.log = log == null ? EcaLog.NONE : log;
    }

    /** One file to write: its path relative to the project, the new bytes, and the managed fields that change. */
    private record Output(String relativePath, byte[] content, List<FieldChange> changes, boolean existed,
            Map<String, String> values, Consumer<GeneratedValues> remember) {

        Output(String relativePath, byte[] content, List<FieldChange> changes, boolean existed) {
            this(relativePath, content, changes, existed, Map.of());
        }

        Output(String relativePath, byte[] content, List<FieldChange> changes, boolean existed,
                Map<String, String> values) {
            this(relativePath, content, changes, existed, values, v -> {});
        }

        /** What the next run must know of this file besides its values (the manifest members generate owns). */
        void record(GeneratedValues last) {
            values.forEach((field, value) -> last.record(relativePath, field, value));
            remember.accept(last);
        }

        /** Exists with every managed value as configured: nothing is written. */
        boolean upToDate() {
            return existed && changes.isEmpty();
        }
    }

    private Path valuesFile;

    /** What the last successful run saw (beside {@link #valuesFile}); null when nothing is remembered. */
    private GenerateStamp stamp;

    /**
     * Remembers in {@code file} (in the build directory) what each run wrote, to tell a value changed in the POM
     * (logged as info) from an overwritten hand edit (a warning). Without it every overwrite is a warning.
     */
    public EcaGenerator rememberingIn(Path file) {
        this.valuesFile = file;
        this.stamp = file == null ? null : new GenerateStamp(file.resolveSibling("generate-stamp.txt"));
        return this;
    }

    private WriteJournal journal;

    /**
     * Writes the files through {@code journal} (in the build directory): their temp files live there, and a set a
     * kill interrupted is finished or rolled back by the next run before it reads anything. Without it the temp
     * files lie beside the targets.
     */
    public EcaGenerator writingThrough(WriteJournal journal) {
        this.journal = journal;
        return this;
    }

    /**
     * Generates (or, with {@link GenerateRequest#checkOnly()}, compares) every file.
     *
     * @throws GenerateConfigException when the configuration or a file it reads is wrong; nothing was written
     * @throws IOException when a file cannot be read or written
     */
    public GenerateResult generate(GenerateRequest request) throws GenerateConfigException, IOException {
        if (journal != null && !request.checkOnly()) {
            InterruptedWrites.recover(journal, log);
        }
        if (stamp != null && !request.checkOnly()) {
            List<String> same = stamp.upToDate(request);
            if (same != null) {
                log.debug(() -> "eca:generate: configuration, plugin and all " + same.size() + " files as the last"
                        + " run left them (" + GenerateStamp.class.getSimpleName() + "); nothing to compare");
                return new GenerateResult(List.of(), same, List.of());
            }
            stamp.forget(); // a run that fails below must not leave an older stamp that could match again
        }
        GenerateResult result = generateAll(request);
        if (stamp != null && !request.checkOnly()) {
            List<String> outputs = new ArrayList<>(result.written());
            outputs.addAll(result.upToDate());
            stamp.record(request, outputs);
        }
        return result;
    }

    private GenerateResult generateAll(GenerateRequest request) throws GenerateConfigException, IOException {
        List<ConfigProblem> problems = new ArrayList<>();
        SfdxProject sfdx = readProject(request.projectDir(), problems);
        ApiChoice apiChoice = apiVersion(request.apiVersion(), sfdx, problems);
        ApiVersion api = apiChoice == null ? null : apiChoice.version();
        String packageDir = directory(PropertyNames.describe(PropertyNames.PACKAGE_DIRECTORY),
                request.packageDirectory(), problems);
        String orgDir = directory(PropertyNames.describe(PropertyNames.ORG_DIRECTORY), request.orgDirectory(),
                problems);
        if (packageDir != null && orgDir != null
                && (packageDir.equals(orgDir) || orgDir.startsWith(packageDir + "/"))) {
            problems.add(new ConfigProblem(null, PropertyNames.describe(PropertyNames.ORG_DIRECTORY), "'" + orgDir
                    + "' is inside"
                    + " the packaged directory '" + packageDir + "', and sf package version create uploads all of it;"
                    + " choose a separate directory such as " + ProjectPaths.DEFAULT_ORG_DIRECTORY));
        }
        if (sfdx != null) {
            nested(sfdx, PropertyNames.describe(PropertyNames.PACKAGE_DIRECTORY), packageDir, problems);
            if (orgDir != null && !orgDir.equals(packageDir)) {
                nested(sfdx, PropertyNames.describe(PropertyNames.ORG_DIRECTORY), orgDir, problems);
            }
        }
        String manifest = directory(PropertyNames.describe(PropertyNames.MANIFEST), request.manifest(), problems);
        WriteScope scope = WriteScope.of(request.projectDir());
        insideProject(scope, request.projectDir(), PropertyNames.describe(PropertyNames.PACKAGE_DIRECTORY), packageDir,
                problems);
        insideProject(scope, request.projectDir(), PropertyNames.describe(PropertyNames.ORG_DIRECTORY), orgDir,
                problems);
        insideProject(scope, request.projectDir(), PropertyNames.describe(PropertyNames.MANIFEST), manifest, problems);
        if (request.apps().isEmpty()) {
            problems.add(new ConfigProblem(null, "<apps>", "no app configured; add <apps><app><name>My_App</name>"
                    + "<label>My App</label><contactEmail>me@example.com</contactEmail><preset>nango</preset></app>"
                    + "</apps> to the plugin's <configuration>"));
        }
        boolean packagedProject = request.apps().stream().anyMatch(a -> a.getDistributionState() != null
                && a.getDistributionState().trim().equalsIgnoreCase(ExtlClntAppDistState.Packaged.name()));

        String namespace = blankToNull(request.namespace());
        if (namespace == null && sfdx != null) {
            namespace = sfdx.namespace();
        }
        if (namespace != null && SalesforceValues.namespaceProblem(namespace) != null) {
            problems.add(new ConfigProblem(null, PropertyNames.describe(PropertyNames.NAMESPACE), "'" + namespace + "' "
                    + SalesforceValues.namespaceProblem(namespace) + AppMapper.rule(NamespaceRule.ID)));
        }
        // an Unlocked package may have no namespace; a Managed one, or one of unknown type, needs it
        if (packagedProject && namespace == null
                && PackageType.parse(PropertyNames.PACKAGE_TYPE, request.packageType()) != PackageType.Unlocked) {
            problems.add(new ConfigProblem(null, PropertyNames.describe(PropertyNames.NAMESPACE),
                    "a Packaged app goes into a 2GP"
                    + " managed package, which needs the namespace registered for your Dev Hub; set"
                    + " <namespace>yourns</namespace> (or -D" + PropertyNames.NAMESPACE + "=yourns), build an"
                    + " Unlocked package (-D" + PropertyNames.PACKAGE_TYPE + "=Unlocked), or use"
                    + " <distributionState>Local</distributionState>"));
        }
        String versionNumber = blankToNull(request.versionNumber());
        if (versionNumber != null && SalesforceValues.versionNumberProblem(versionNumber) != null) {
            problems.add(new ConfigProblem(null, PropertyNames.describe(PropertyNames.VERSION_NUMBER), "'"
                    + versionNumber
                    + "' " + SalesforceValues.versionNumberProblem(versionNumber) + AppMapper.rule(VersionNumberRule.ID)));
        }

        List<PlannedFile> files = new ArrayList<>();
        if (api != null && packageDir != null && orgDir != null) {
            AppMapper.Target target = new AppMapper.Target(api, packageDir, orgDir, packagedProject,
                    request.baseDir(), apiChoice.origin(), request.nangoCallback());
            Map<String, String> names = new HashMap<>();
            for (EcaApp app : request.apps()) {
                String name = app.getName() == null ? null : app.getName().trim();
                String first = name == null ? null : names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                if (first != null && first.equals(name)) {
                    problems.add(new ConfigProblem(app.getName(), "<name>", "two <app> entries have this name"));
                } else if (first != null) {
                    problems.add(new ConfigProblem(name, "<name>", "'" + name + "' and '" + first + "' differ only in"
                            + " letter case: Salesforce API names are case-insensitive, so both name one app, and"
                            + " their files would be one file on case-insensitive file systems (Windows, macOS);"
                            + " rename one of them" + AppMapper.rule(DuplicateComponentRule.ID)));
                }
                files.addAll(AppMapper.map(app, target, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerateConfigException(problems);
        }

        List<Output> outputs = new ArrayList<>();
        for (PlannedFile f : files) {
            outputs.add(metadataFile(request.projectDir(), f, problems));
        }
        GeneratedValues last = GeneratedValues.load(valuesFile);
        outputs.add(manifest(request.projectDir(), manifest, files, api, last, problems));
        outputs.add(project(request, sfdx, packageDir, orgDir, packagedProject, namespace, versionNumber, api));
        if (request.clientSecretRestAccess() != null) {
            outputs.add(orgSettings(request.projectDir(), packagedProject ? orgDir : packageDir,
                    request.clientSecretRestAccess(), problems));
        }
        if (!problems.isEmpty()) {
            throw new GenerateConfigException(problems);
        }
        // only what would be written: a file whose managed values already match stays as it is on disk (see
        // write), so checking its planned bytes judged a layout nobody writes and made every up-to-date run of a
        // project whose files were formatted otherwise pay for a whole validation
        Map<String, byte[]> planned = new LinkedHashMap<>();
        outputs.stream().filter(o -> !o.upToDate()).forEach(o -> planned.put(o.relativePath(), o.content()));
        problems.addAll(ValidationGate.check(request, manifest, planned, files));
        if (!problems.isEmpty()) {
            throw new GenerateConfigException(problems);
        }
        return write(request, outputs, last);
    }

    private GenerateResult write(GenerateRequest request, List<Output> outputs, GeneratedValues last)
            throws IOException {
        List<String> written = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        List<FieldChange> changes = new ArrayList<>();
        Map<Path, byte[]> toWrite = new LinkedHashMap<>();
        List<Output> writing = new ArrayList<>();
        for (Output o : outputs) {
            Path path = request.projectDir().resolve(o.relativePath());
            // values, not layout: a file whose managed values all match stays byte for byte as it is, however a
            // formatter (prettier, an editor) or a person laid it out
            if (o.upToDate()) {
                upToDate.add(o.relativePath());
                if (!request.checkOnly()) {
                    o.record(last);
                }
                continue;
            }
            List<FieldChange> c = o.existed() ? o.changes()
                    : List.of(new FieldChange(o.relativePath(), "(file missing)", null, null, null));
            changes.addAll(c);
            if (!request.checkOnly()) {
                toWrite.put(path, o.content());
                writing.add(o);
            }
        }
        // every file or none: a folder that cannot be written leaves no new file behind
        AtomicFiles.writeAll(toWrite, WriteScope.of(request.projectDir()), journal);
        for (Output o : writing) {
            written.add(o.relativePath());
            if (o.existed()) {
                for (FieldChange fc : o.changes()) {
                    report(fc, o.values().isEmpty() ? Boolean.TRUE : last.wroteLast(o.relativePath(), fc.field(),
                            fc.before()));
                }
            }
            o.record(last);
            log.info((o.existed() ? "Updated " : "Created ") + o.relativePath());
        }
        if (!request.checkOnly()) {
            last.save();
        }
        return new GenerateResult(written, upToDate, changes);
    }

    /**
     * A change the POM asked for (the file still held what generate wrote last) is news: info. Overwriting anything
     * else, a hand edit, is a warning; so is a change whose origin is unknown (no record, e.g. after mvn clean).
     */
    private void report(FieldChange fc, Boolean fileHeldWhatGenerateWrote) {
        if (Boolean.TRUE.equals(fileHeldWhatGenerateWrote)) {
            String name = fc.file().substring(fc.file().lastIndexOf('/') + 1);
            String component = fc.file().endsWith(MetadataType.META_SUFFIX) ? name.substring(0, name.indexOf('.')) : fc.file();
            log.info(component + ": " + fc.field() + " " + plain(fc.before()) + " \u2192 " + plain(fc.after())
                    + " (from " + fc.managedBy().replaceFirst("^managed by ", "") + ")");
        } else {
            log.warn("Overwrote " + fc + (fileHeldWhatGenerateWrote == null ? "; the file's value may be a hand edit"
                    : "; the file's value was a hand edit (eca:generate had written another)"));
        }
    }

    private static String plain(String value) {
        return value == null ? "(absent)" : value.replace("\n", "\\n");
    }

    // ---------------------------------------------------------------- outputs

    private Output metadataFile(Path projectDir, PlannedFile f, List<ConfigProblem> problems) throws IOException {
        Path path = projectDir.resolve(f.relativePath());
        Map<String, String> values = new LinkedHashMap<>();
        f.managed().keySet().forEach(k -> values.put(k, show(k, ModelFields.get(f.model(), k))));
        if (!Files.exists(path)) {
            return new Output(f.relativePath(), MetadataXml.toBytes(f.model()), List.of(), false, values);
        }
        MetadataDocument<? extends MetadataComponent> doc;
        try {
            doc = MetadataXml.read(path, f.type().modelClass());
        } catch (EcaXmlException e) {
            problems.add(new ConfigProblem(null, f.relativePath(), "cannot merge into the existing file: "
                    + e.getMessage() + "; fix the file or delete it to have it generated again"));
            return new Output(f.relativePath(), new byte[0], List.of(), true);
        }
        if (!doc.duplicates().isEmpty()) {
            // the model holds one value of each: merging would keep the last copy and drop the others unseen
            problems.add(new ConfigProblem(null, f.relativePath(), "cannot merge into the existing file: "
                    + doc.duplicates().get(0).summary(path) + "; keep the one you mean and run again"));
            return new Output(f.relativePath(), new byte[0], List.of(), true);
        }
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> m : f.managed().entrySet()) {
            Object before = ModelFields.get(doc.model(), m.getKey());
            Object after = ModelFields.get(f.model(), m.getKey());
            if (!Objects.equals(ModelFields.text(before), ModelFields.text(after))) {
                ModelFields.set(doc.model(), m.getKey(), after);
                changes.add(new FieldChange(f.relativePath(), m.getKey(), show(m.getKey(), before),
                        show(m.getKey(), after), "managed by " + m.getValue()));
            }
        }
        return new Output(f.relativePath(), doc.toBytes(), changes, true, values);
    }

    /**
     * The org settings file with {@code enableClientSecretInRestApiAccess}: org-wide, so never in the packaged
     * directory; other elements of an existing file stay.
     */
    private Output orgSettings(Path projectDir, String dir, boolean on, List<ConfigProblem> problems)
            throws IOException {
        String file = ProjectPaths.sourceFile(dir, ClientSecretSetting.FOLDER, ClientSecretSetting.FILE_NAME);
        Path path = projectDir.resolve(file);
        ExternalClientAppSettings model = new ExternalClientAppSettings();
        MetadataDocument<ExternalClientAppSettings> doc = null;
        if (Files.exists(path)) {
            try {
                doc = MetadataXml.read(path, ExternalClientAppSettings.class);
                model = doc.model();
            } catch (EcaXmlException e) {
                problems.add(new ConfigProblem(null, file, "cannot merge into the existing file: " + e.getMessage()
                        + "; fix the file or delete it"));
                return new Output(file, new byte[0], List.of(), true);
            }
        }
        List<FieldChange> changes = new ArrayList<>();
        change(changes, file, ClientSecretSetting.ELEMENT, ModelFields.text(model.getEnableClientSecretInRestApiAccess()),
                String.valueOf(on), "<clientSecretRestAccess> (" + ClientSecretSetting.GENERATE_PROPERTY + ")");
        model.setEnableClientSecretInRestApiAccess(on);
        return new Output(file, doc != null ? doc.toBytes() : MetadataXml.toBytes(model), changes, doc != null);
    }

    /** A value as a change line shows it: long or secret-like ones ({@link SecretLike}) as length and digest. */
    private static String show(String field, Object value) {
        String t = ModelFields.text(value);
        if (t != null && field.equals("callbackUrl")) { // a password in a hand-edited callback is never logged
            return SalesforceValues.splitCallbacks(t).stream().map(SalesforceValues::callbackForDisplay)
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        return t != null && (MASKED.contains(field) || SecretLike.isSecret(field, t)) ? SecretLike.masked(t) : t;
    }

    /**
     * The manifest, edited member by member: the members of the configured apps are added; a member of an ECA type
     * goes only when the last run wrote it and no app configures it any more (remembered in {@link #valuesFile});
     * every other type and member, the comments and the order stay. A manifest that lists only what generate wrote
     * follows {@code <apiVersion>}; one that lists other components keeps its version unless it is too old for the
     * ECA types.
     */
    private Output manifest(Path projectDir, String manifest, List<PlannedFile> files, ApiVersion api,
            GeneratedValues last, List<ConfigProblem> problems) throws IOException {
        TreeMap<String, TreeSet<String>> byType = new TreeMap<>();
        for (PlannedFile f : files) {
            byType.computeIfAbsent(f.type().typeName(), k -> new TreeSet<>()).add(f.fullName());
        }
        Path path = projectDir.resolve(manifest);
        MetadataDocument<PackageManifest> doc = null;
        if (Files.exists(path)) {
            doc = ManifestTarget.read(path, manifest, problems);
            if (doc == null) {
                return new Output(manifest, new byte[0], List.of(), true);
            }
        }
        PackageManifest model = doc != null ? doc.model() : new PackageManifest();
        List<FieldChange> changes = new ArrayList<>();
        Set<String> owned = new TreeSet<>();
        Set<String> disowned = new TreeSet<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (PackageTypeMembers t : List.copyOf(model.getTypes())) {
            MetadataType type = t.getName() == null ? null : MetadataType.ofTypeName(t.getName().trim());
            if (type == null) {
                continue;
            }
            for (String member : List.copyOf(t.getMembers())) {
                String field = ManifestTarget.memberField(type.typeName(), member);
                boolean configured = byType.getOrDefault(type.typeName(), new TreeSet<>()).contains(member);
                if (!configured && Boolean.TRUE.equals(last.wroteLast(manifest, field, ManifestTarget.LISTED))) {
                    model.removeMember(type.typeName(), member);
                    disowned.add(field);
                    removed.add(type.typeName() + ":" + member);
                }
            }
        }
        byType.forEach((type, members) -> members.forEach(member -> {
            String field = ManifestTarget.memberField(type, member);
            owned.add(field);
            if (model.addMember(type, member)) {
                added.add(type + ":" + member);
            }
        }));
        if (!added.isEmpty()) {
            changes.add(new FieldChange(manifest, "members added", null, String.join(", ", added),
                    "managed by <apps>"));
        }
        if (!removed.isEmpty()) {
            changes.add(new FieldChange(manifest, "members removed", String.join(", ", removed), null,
                    "managed by <apps>: no <app> configures them any more; their files stay where they are (delete"
                            + " them, or configure the app again)"));
        }
        boolean foreign = model.getTypes().stream().anyMatch(t -> t.getName() == null || t.getMembers().stream()
                .anyMatch(m -> !owned.contains(ManifestTarget.memberField(t.getName().trim(), m))));
        ApiVersion listed = ApiVersion.tryParse(model.getVersion());
        if (!foreign || listed == null || listed.isBefore(MIN_API_VERSION)) {
            change(changes, manifest, "version", model.getVersion(), api.toString(), "<apiVersion>");
            model.setVersion(api.toString());
        }
        byte[] bytes = doc != null ? doc.toBytes() : MetadataXml.toBytes(model);
        return new Output(manifest, bytes, changes, doc != null, Map.of(), values -> {
            owned.forEach(field -> values.record(manifest, field, ManifestTarget.LISTED));
            disowned.forEach(field -> values.forget(manifest, field));
        });
    }

    private Output project(GenerateRequest r, SfdxProject existing, String packageDir, String orgDir,
            boolean packagedProject, String namespace, String versionNumber, ApiVersion api) {
        boolean existed = existing != null;
        SfdxProject p = existed ? existing : SfdxProject.create(r.projectDir());
        List<FieldChange> changes = new ArrayList<>();
        String file = SfdxProject.FILE_NAME;
        if (existed && p.packageDirectory(packageDir) == null) {
            change(changes, file, "packageDirectories[" + packageDir + "]", null, "added", "<packageDirectory>");
        }
        SfdxProject.PackageDirectory dir = p.ensurePackageDirectory(packageDir);
        if (!existed) {
            Path dirName = r.projectDir().toAbsolutePath().normalize().getFileName();
            String name = r.projectName() != null ? r.projectName() : dirName == null ? "eca" : dirName.toString();
            p.json().put("name", name);
            p.json().put(SfdxProject.KEY_NAMESPACE, namespace == null ? "" : namespace);
            p.json().put("sfdcLoginUrl", "https://login.salesforce.com");
        }
        // sourceApiVersion governs every metadata type of the project, so it belongs to the project: written only
        // where there is none yet, never changed
        if (p.sourceApiVersion() == null) {
            change(changes, file, SfdxProject.KEY_SOURCE_API_VERSION, null, api.toString(), "<apiVersion>");
            p.setSourceApiVersion(api.toString());
        }
        if (namespace != null && !namespace.equals(p.namespace())) {
            change(changes, file, SfdxProject.KEY_NAMESPACE, p.namespace(), namespace, "<namespace>");
            p.setNamespace(namespace);
        }
        if (packagedProject) {
            String pkg = firstNonNull(blankToNull(r.packageName()), dir.packageName(), r.projectName());
            String number = firstNonNull(versionNumber, dir.versionNumber(), "0.1.0.NEXT");
            String[] parts = number.split("\\.");
            String name = firstNonNull(blankToNull(r.versionName()), dir.versionName(),
                    "ver " + parts[0] + (parts.length > 1 ? "." + parts[1] : ""));
            setEntry(changes, dir, packageDir, SfdxProject.KEY_PACKAGE, pkg, "<packageName>");
            setEntry(changes, dir, packageDir, SfdxProject.KEY_VERSION_NAME, name, "<versionName>");
            setEntry(changes, dir, packageDir, SfdxProject.KEY_VERSION_NUMBER, number, "<versionNumber>");
            if (p.packageDirectory(orgDir) == null) {
                change(changes, file, "packageDirectories[" + orgDir + "]", null, "added", "<orgDirectory>");
            }
            p.ensurePackageDirectory(orgDir);
        }
        return new Output(file, p.toJson().getBytes(StandardCharsets.UTF_8), changes, existed);
    }

    private static void setEntry(List<FieldChange> changes, SfdxProject.PackageDirectory dir, String path,
            String key, String value, String element) {
        JsonValue old = dir.json().get(key);
        String before = old == null ? null : old.asText();
        change(changes, SfdxProject.FILE_NAME, "packageDirectories[" + path + "]." + key, before, value, element);
        dir.set(key, value);
    }

    private static void change(List<FieldChange> changes, String file, String field, String before, String after,
            String element) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(file, field, before, after, "managed by " + element));
        }
    }

    // ---------------------------------------------------------------- project parameters

    /** The API version of the ECA files and package.xml, and where it comes from (for messages). */
    record ApiChoice(ApiVersion version, String origin) {}

    /**
     * The configured {@code <apiVersion>}; without one the project's {@code sourceApiVersion}, as sf itself uses it;
     * without that {@link ApiVersion#CONFIRMED}.
     */
    private ApiChoice apiVersion(String configured, SfdxProject sfdx, List<ConfigProblem> problems) {
        String element = PropertyNames.describe(PropertyNames.API_VERSION);
        if (configured != null && !configured.isBlank()) {
            ApiVersion v = ApiVersion.tryParse(configured);
            if (v == null) {
                problems.add(new ConfigProblem(null, element, "'" + configured
                        + "' is not an API version; write it like 66.0, or leave it out to follow the project's"
                        + " sourceApiVersion"));
                return null;
            }
            if (!supported(v)) {
                problems.add(new ConfigProblem(null, element, "API " + v + " is not supported: " + supportedRange()));
                return null;
            }
            return new ApiChoice(v, element);
        }
        String source = sfdx == null ? null : sfdx.sourceApiVersion();
        if (source == null) {
            return new ApiChoice(ApiVersion.CONFIRMED, "the default, as sfdx-project.json has no sourceApiVersion");
        }
        String origin = "sourceApiVersion of " + SfdxProject.FILE_NAME;
        ApiVersion v = ApiVersion.tryParse(source);
        if (v == null) {
            problems.add(new ConfigProblem(null, SfdxProject.FILE_NAME, "sourceApiVersion '" + source + "' is not an"
                    + " API version; write it like 66.0"));
            return null;
        }
        if (v.isBefore(MIN_API_VERSION)) {
            problems.add(new ConfigProblem(null, SfdxProject.FILE_NAME, "sourceApiVersion " + v + " is older than "
                    + MIN_API_VERSION + ", the first API version with all " + AppMapper.TYPES.size()
                    + " generated External Client App types; raise"
                    + " sourceApiVersion to " + MIN_API_VERSION + " or newer (sf deploys the files at that version)"));
            return null;
        }
        if (ApiVersion.NEWEST_KNOWN.isBefore(v)) {
            log.info("sfdx-project.json's sourceApiVersion " + v + " is newer than " + ApiVersion.NEWEST_KNOWN
                    + ", the newest API version whose External Client App fields this plugin knows; the files and"
                    + " package.xml are written for " + ApiVersion.NEWEST_KNOWN + " (sourceApiVersion stays " + v + ")");
            return new ApiChoice(ApiVersion.NEWEST_KNOWN, "the newest known; " + origin + " is " + v);
        }
        return new ApiChoice(v, origin);
    }

    private static boolean supported(ApiVersion v) {
        return !v.isBefore(MIN_API_VERSION) && !ApiVersion.NEWEST_KNOWN.isBefore(v);
    }

    private static String supportedRange() {
        return "the " + AppMapper.TYPES.size() + " generated External Client App types exist together from "
                + MIN_API_VERSION + ", and the newest"
                + " version whose fields are known is " + ApiVersion.NEWEST_KNOWN + "; use a version in between, e.g. "
                + ApiVersion.CONFIRMED;
    }

    private static String directory(String element, String text, List<ConfigProblem> problems) {
        String t = text == null ? "" : text.trim().replace('\\', '/');
        while (t.startsWith("./")) {
            t = t.substring(2);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.startsWith("/") || t.matches("^[A-Za-z]:.*") || t.equals("..") || t.startsWith("../")
                || t.contains("/../") || t.endsWith("/..")) {
            problems.add(new ConfigProblem(null, element, "'" + text + "' must be a path inside the project,"
                    + " relative to its root, e.g. " + ProjectPaths.DEFAULT_PACKAGE_DIRECTORY));
            return null;
        }
        if (t.equals(".") || t.contains("/./") || t.endsWith("/.")) {
            problems.add(new ConfigProblem(null, element, "'" + text + "' " + (t.equals(".") ? "is the project"
                    + " root itself, which holds pom.xml, target and every other folder" : "has a '.' segment")
                    + "; name a folder inside the project, e.g. " + ProjectPaths.DEFAULT_PACKAGE_DIRECTORY));
            return null;
        }
        return t;
    }

    /**
     * A package directory generate adds to sfdx-project.json must not be inside another entry or hold one: sf would
     * read the same files twice, and generate would write to e.g. force-app/main/default/main/default.
     */
    private static void nested(SfdxProject sfdx, String element, String dir, List<ConfigProblem> problems) {
        if (dir == null || sfdx.packageDirectory(dir) != null) {
            return; // an entry of its own already
        }
        for (SfdxProject.PackageDirectory d : sfdx.packageDirectories()) {
            String overlap = d.path() == null ? null : SfdxProject.overlap(dir, d.path());
            if (overlap != null) {
                problems.add(new ConfigProblem(null, element, "'" + dir + "' " + overlap + " of "
                        + SfdxProject.FILE_NAME + ", so sf would read the same source files twice"
                        + AppMapper.rule(PackageDirPathRule.ID) + "; use '" + d.path() + "' itself, or a folder"
                        + " beside it such as " + ProjectPaths.DEFAULT_ORG_DIRECTORY));
                return;
            }
        }
    }

    /** A symlinked folder must not carry the files out of the project. */
    private static void insideProject(WriteScope scope, Path projectDir, String element, String dir,
            List<ConfigProblem> problems) throws IOException {
        if (dir != null && !scope.contains(projectDir.resolve(dir))) {
            problems.add(new ConfigProblem(null, element, "'" + dir + "' resolves to "
                    + WriteScope.real(projectDir.resolve(dir)) + " (through a symlink), outside the project;"
                    + " eca:generate writes only inside the project: replace the symlink by a folder"));
        }
    }

    private static SfdxProject readProject(Path projectDir, List<ConfigProblem> problems) throws IOException {
        if (!SfdxProject.exists(projectDir)) {
            return null;
        }
        try {
            return SfdxProject.read(projectDir);
        } catch (SfdxProjectException e) {
            problems.add(new ConfigProblem(null, SfdxProject.FILE_NAME, e.getMessage()));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
