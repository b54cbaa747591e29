package io.github.ecamaven.eca.validate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 with one run, in the shape GitHub and Azure DevOps code scanning read: the tool with its version,
 * {@link AutomationDetails}, artifact URIs relative to
 * {@code SRCROOT} = the repository root, rules tagged by their kind (only security rules carry
 * {@code security-severity}) and linked to their section of the rule catalogue, and results with region, level, a
 * stable fingerprint and, when a baseline was applied, their {@code baselineState} and an external suppression.
 * Written with jackson-core's streaming generator, so validate loads no data binding.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The uriBaseId of every artifact location. */
    public static final String SRCROOT = "SRCROOT";
    private static final JsonFactory JSON = new JsonFactory();

    private SarifReport() {}

    public static void write(Path out, ReportInput in) throws IOException {
        AtomicFiles.write(out, content(in));
    }

    /** The report's bytes (UTF-8 JSON, indented). */
    public static byte[] content(ReportInput in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, in);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, ReportInput in) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", Tool.NAME);
        g.writeStringField("fullName", Tool.NAME + " " + Tool.version() + " (eca:validate)");
        g.writeStringField("version", Tool.version());
        g.writeStringField("semanticVersion", Tool.version());
        g.writeStringField("informationUri", Tool.siteUrl());
        g.writeArrayFieldStart("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : in.rules()) {
            index.put(r.id(), index.size());
            rule(g, r, in.helpUri(r));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        AutomationDetails.write(g, in);
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        g.writeStringField("uri", in.sourceRoot().toUri().toString());
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        for (Finding f : in.findings()) {
            result(g, f, index.get(f.ruleId()), in);
        }
        g.writeEndArray();
        g.writeStringField("columnKind", "unicodeCodePoints");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, Rule r, String helpUri) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", camel(r.title()));
        text(g, "shortDescription", sentence(r.title()));
        text(g, "fullDescription", sentence(r.rationale()));
        g.writeObjectFieldStart("help");
        String source = r.sourceUri() != null ? "[" + r.sourceUri() + "](" + r.sourceUri() + ")" : r.source();
        g.writeStringField("text", sentence(r.rationale()) + " The failing and the fixed example: " + helpUri
                + ". Salesforce source: " + r.source() + ".");
        g.writeStringField("markdown", sentence(r.rationale()) + "\n\n[The failing and the fixed example](" + helpUri
                + ")\n\nSalesforce source: " + source);
        g.writeEndObject();
        g.writeStringField("helpUri", helpUri);
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", r.defaultSeverity().sarifLevel());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString(r.kind().tag());
        g.writeString(r.category().title());
        g.writeEndArray();
        if (r.securitySeverity() != null) {
            g.writeStringField("security-severity", r.securitySeverity());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, Integer ruleIndex, ReportInput in) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        if (ruleIndex != null) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", f.severity().sarifLevel());
        text(g, "message", sentence(f.message()));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", in.path(f));
        g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.line());
        if (f.column() > 0) {
            g.writeNumberField("startColumn", f.column());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("ecaFindingHash/v1", f.fingerprint());
        g.writeEndObject();
        if (in.baseline() != null) {
            boolean accepted = in.baselined(f);
            g.writeStringField("baselineState", accepted ? "unchanged" : "new");
            if (accepted) {
                g.writeArrayFieldStart("suppressions");
                g.writeStartObject();
                g.writeStringField("kind", "external");
                g.writeStringField("status", "accepted");
                g.writeStringField("justification", "recorded in the baseline " + in.baselinePath());
                g.writeEndObject();
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    /** SARIF messages are sentences: they end with a period. */
    static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    private static String camel(String title) {
        StringBuilder sb = new StringBuilder();
        for (String w : title.replaceAll("[^A-Za-z0-9 ]", " ").trim().split("\\s+")) {
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
