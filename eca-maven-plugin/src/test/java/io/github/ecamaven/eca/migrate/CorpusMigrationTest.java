package io.github.ecamaven.eca.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.model.connectedapp.ConnectedApp;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.testing.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code ../shared/corpus-connected-app}: eligible ones convert and pass the output check; refused and
 * skipped ones are refused or skipped for the documented reason, listed here. Prints the figures.
 */
class CorpusMigrationTest {

    /** file name → expected rule of the refused and skipped files; every other file converts. */
    static final Map<String, String> NOT_CONVERTED = Map.of(
            "HelloSend.connectedApp-meta.xml", "E1",          // developerName/version: installed package
            "DevOps_Center.connectedApp-meta.xml", "E1",      // startUrl into the sf_devops namespace, no OAuth
            "Thespis.connectedApp-meta.xml", "VALUE",         // scopes ID, ChatbotApi, SfapApi are not scope values
            "Azure_Data_Factory.connectedApp-meta.xml", "SCHEMA", // callback https://*.azure.com: ECAs take no wildcard
            "slackApp.connectedApp-meta.xml", "VALUE",        // template: certificate {CERTIFICATE} is no X.509
            "PEO_API_Connection.connectedApp-meta.xml", "E9", // only contactEmail and label
            "Tableau.connectedApp-meta.xml", "E9",            // only attributes and startUrl
            "ZB_Sales_Hub.connectedApp-meta.xml", "E9");      // only startUrl and mobileStartUrl

    private static final Pattern FENCE = Pattern.compile("```[a-z]*\\n(<\\?xml.*?</ConnectedApp>\\n?)```", Pattern.DOTALL);

    @Test
    void everyCorpusFileConvertsOrIsRefusedForItsDocumentedReason() throws Exception {
        Path corpus = Shared.require("corpus-connected-app");
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("INDEX.md"))
                    .sorted().toList();
        }
        Migrator migrator = new Migrator(io.github.ecamaven.eca.log.EcaLog.NONE, new ValidatorOutputCheck());
        MigrateRequest req = MigrateRequest.of(Path.of("corpus"));
        Map<String, Integer> figures = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            String name = ConnectedAppSource.componentName(fileName.replace(".md", ".connectedApp"));
            byte[] bytes = fileName.endsWith(".md") ? fenced(f) : Files.readAllBytes(f);
            @SuppressWarnings("unchecked")
            MetadataDocument<ConnectedApp> doc = (MetadataDocument<ConnectedApp>) (MetadataDocument<?>)
                    MetadataXml.read(f, bytes);
            Migrator.AppResult r = migrator.analyse(new ConnectedAppSource(name, f, doc),
                    ProjectLayout.DEFAULT_API_VERSION, Map.of(), req, ProjectLayout.of(Path.of("corpus")));
            String key = r.verdict().outcome() + (r.verdict().rule() == null ? "" : " " + r.verdict().rule());
            figures.merge(key, 1, Integer::sum);
            String expected = NOT_CONVERTED.get(fileName);
            if (expected == null ? r.verdict().outcome() != Verdict.Outcome.CONVERT
                    : !expected.equals(r.verdict().rule())) {
                wrong.add(corpus.relativize(f) + ": expected " + (expected == null ? "CONVERT" : expected) + ", got "
                        + key + ": " + r.verdict().reason());
            }
            if (r.verdict().outcome() == Verdict.Outcome.CONVERT) {
                assertThat(r.conversion().problems()).as(fileName).isEmpty();
                for (var c : r.conversion().components()) {
                    assertThat(new String(MetadataXml.toBytes(c.model()), StandardCharsets.UTF_8))
                            .as(c.fullName()).doesNotContain("<consumerSecret>").doesNotContain("<consumerKey>");
                }
                errorsFromTheValidator(fileName, r.conversion()).forEach(wrong::add);
            }
        }
        System.out.println("corpus-connected-app: " + files.size() + " files: " + figures);
        assertThat(wrong).isEmpty();
        assertThat(figures.get("CONVERT")).isEqualTo(files.size() - NOT_CONVERTED.size());
    }

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    /** The converted files, written into a fresh sfdx project and linted with the full eca:validate rule set. */
    private List<String> errorsFromTheValidator(String source, Conversion conversion) throws Exception {
        Path project = tmp.resolve(conversion.app());
        Files.createDirectories(project);
        Files.writeString(project.resolve("sfdx-project.json"), "{\n  \"packageDirectories\": [\n    {\n"
                + "      \"path\": \"force-app\",\n      \"default\": true\n    }\n  ],\n"
                + "  \"sourceApiVersion\": \"" + ProjectLayout.DEFAULT_API_VERSION + "\"\n}");
        for (var c : conversion.components()) {
            Path f = c.type().sourcePath(project.resolve("force-app"), c.fullName());
            Files.createDirectories(f.getParent());
            Files.write(f, MetadataXml.toBytes(c.model()));
        }
        var result = io.github.ecamaven.eca.validate.EcaValidator.validate(project);
        return result.findings().stream()
                .filter(f -> f.severity() == io.github.ecamaven.eca.validate.Severity.ERROR)
                .map(f -> source + " → eca:validate: " + f.toConsoleLine())
                .toList();
    }

    /**
     * migrate with emitPom, then the emitted {@code <app>} generated in a fresh project: every value migrate wrote in a
     * field of the settings table comes out of eca:generate the same.
     */
    @Test
    void emittedAppGeneratesTheSameManagedValues() throws Exception {
        Path corpus = Shared.require("corpus-connected-app");
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("INDEX.md"))
                    .sorted().toList();
        }
        Migrator migrator = new Migrator(io.github.ecamaven.eca.log.EcaLog.NONE, new ValidatorOutputCheck());
        MigrateRequest req = MigrateRequest.of(Path.of("corpus"));
        List<String> differences = new ArrayList<>();
        int apps = 0;
        int notOauth = 0;
        int compared = 0;
        List<io.github.ecamaven.eca.model.schema.MetadataType> generated5 = List.of(
                io.github.ecamaven.eca.model.schema.MetadataType.EXTERNAL_CLIENT_APPLICATION,
                io.github.ecamaven.eca.model.schema.MetadataType.OAUTH_SETTINGS,
                io.github.ecamaven.eca.model.schema.MetadataType.GLOBAL_OAUTH_SETTINGS,
                io.github.ecamaven.eca.model.schema.MetadataType.OAUTH_POLICIES,
                io.github.ecamaven.eca.model.schema.MetadataType.POLICIES);
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            String name = ConnectedAppSource.componentName(fileName.replace(".md", ".connectedApp"));
            byte[] bytes = fileName.endsWith(".md") ? fenced(f) : Files.readAllBytes(f);
            @SuppressWarnings("unchecked")
            MetadataDocument<ConnectedApp> doc = (MetadataDocument<ConnectedApp>) (MetadataDocument<?>)
                    MetadataXml.read(f, bytes);
            Migrator.AppResult r = migrator.analyse(new ConnectedAppSource(name, f, doc),
                    ProjectLayout.DEFAULT_API_VERSION, Map.of(), req, ProjectLayout.of(Path.of("corpus")));
            if (r.verdict().outcome() != Verdict.Outcome.CONVERT) {
                continue;
            }
            apps++;
            Conversion c = r.conversion();
            Path project = tmp.resolve("roundtrip-" + c.app());
            Files.createDirectories(project);
            io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings gos =
                    c.model(io.github.ecamaven.eca.model.schema.MetadataType.GLOBAL_OAUTH_SETTINGS);
            if (gos == null) { // a SAML or canvas app: <app> describes OAuth apps only
                notOauth++;
                continue;
            }
            if (gos.getCertificate() != null) { // the file the snippet points to
                Path crt = project.resolve("src/main/eca/" + c.app() + ".crt");
                Files.createDirectories(crt.getParent());
                Files.writeString(crt, "-----BEGIN CERTIFICATE-----\n" + gos.getCertificate().trim()
                        + "\n-----END CERTIFICATE-----\n");
            }
            io.github.ecamaven.eca.generate.EcaApp app = AppXml.parse(PomSnippet.of(c));
            try {
                new io.github.ecamaven.eca.generate.EcaGenerator(io.github.ecamaven.eca.log.EcaLog.NONE).generate(
                        new io.github.ecamaven.eca.generate.GenerateRequest(project, project, "force-app", "eca-org",
                                "manifest/package.xml", ProjectLayout.DEFAULT_API_VERSION.toString(),
                                "Packaged".equals(String.valueOf(app.getDistributionState())) ? "corpusns" : null,
                                null, "corpus", null, null, List.of(app), false));
            } catch (io.github.ecamaven.eca.generate.GenerateConfigException e) {
                differences.add(fileName + ": eca:generate refuses the emitted <app>: " + e.getMessage());
                continue;
            }
            for (var comp : c.components()) {
                if (!generated5.contains(comp.type())) {
                    continue; // canvas settings: no <app> element generates them
                }
                Path gen;
                try (Stream<Path> s = Files.walk(project)) {
                    gen = s.filter(p -> p.getFileName().toString().equals(comp.type().sourceFileName(
                            comp.type() == io.github.ecamaven.eca.model.schema.MetadataType.EXTERNAL_CLIENT_APPLICATION
                                    ? c.app() : comp.type().conventionalName(c.app())))).findFirst().orElse(null);
                }
                if (gen == null) {
                    differences.add(fileName + ": eca:generate wrote no " + comp.type().typeName());
                    continue;
                }
                Object generated = MetadataXml.read(gen).model();
                for (io.github.ecamaven.eca.generate.AppSettings.Setting s
                        : io.github.ecamaven.eca.generate.AppSettings.all()) {
                    if (s.target() != comp.type() || s.field().equals("fullName")) {
                        continue;
                    }
                    String migrated = text(comp.model(), s.field());
                    if (migrated == null) {
                        continue;
                    }
                    compared++;
                    String out = text(generated, s.field());
                    if (!migrated.equals(out)) {
                        differences.add(fileName + ": " + comp.type().typeName() + "." + s.field() + " migrate wrote '"
                                + migrated + "', generate from <" + s.element() + "> wrote '" + out + "'");
                    }
                }
            }
        }
        System.out.println("emitPom round trip: " + apps + " converted apps, " + notOauth + " without OAuth (not an"
                + " <app>), " + compared + " field values compared");
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(apps * 5);
    }

    /** A field's value as text, lists of callbacks and scopes compared item by item (whitespace aside). */
    private static String text(Object model, String field) throws Exception {
        java.lang.reflect.Field f = null;
        for (Class<?> k = model.getClass(); f == null && k != null; k = k.getSuperclass()) {
            try {
                f = k.getDeclaredField(field);
            } catch (NoSuchFieldException e) {
                // superclass
            }
        }
        f.setAccessible(true);
        Object v = f.get(model);
        if (v == null) {
            return null;
        }
        String t = v instanceof Enum<?> e ? e.name() : v.toString();
        if (field.equals("certificate")) {
            return t.replaceAll("\\s+", ""); // the same base64 body, wrapped or not
        }
        return t.lines().map(String::trim).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("")
                .replace(", ", ",");
    }

    private static byte[] fenced(Path f) throws Exception {
        Matcher m = FENCE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        return m.group(1).getBytes(StandardCharsets.UTF_8);
    }
}
