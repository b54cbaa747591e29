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
            "slackApp.connectedApp-meta.xml", "SCHEMA",       // callback template {HEROKUINSTANCE}: not a URL
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

    private static byte[] fenced(Path f) throws Exception {
        Matcher m = FENCE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        return m.group(1).getBytes(StandardCharsets.UTF_8);
    }
}
