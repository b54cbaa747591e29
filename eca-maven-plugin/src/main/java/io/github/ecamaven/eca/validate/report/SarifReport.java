package io.github.ecamaven.eca.validate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 with one run, in the shape GitHub and Azure DevOps code scanning read: the tool with its version,
 * {@link AutomationDetails}, artifact URIs relative to
 * {@code SRCROOT} = the repository root, rules tagged by their kind (only security rules carry
 * {@code security-severity}) and linked to their section of the rule catalogue, and results with region, level, a
 * stable fingerprint and, when a baseline was applied, their {@code baselineState} and an external suppression.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The uriBaseId of every artifact location. */
    public static final String SRCROOT = "SRCROOT";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {}

    public static void write(Path out, ReportInput in) throws IOException {
        AtomicFiles.write(out, content(in));
    }

    /** The report's bytes (UTF-8 JSON). */
    public static byte[] content(ReportInput in) throws IOException {
        return JSON.writeValueAsBytes(build(in));
    }

    public static ObjectNode build(ReportInput in) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Tool.NAME);
        driver.put("fullName", Tool.NAME + " " + Tool.version() + " (eca:validate)");
        driver.put("version", Tool.version());
        driver.put("semanticVersion", Tool.version());
        driver.put("informationUri", Tool.siteUrl());
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : in.rules()) {
            index.put(r.id(), index.size());
            rule(ruleArray.addObject(), r, in.helpUri(r));
        }
        AutomationDetails.write(run, in);
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", in.sourceRoot().toUri().toString());
        ArrayNode results = run.putArray("results");
        for (Finding f : in.findings()) {
            result(results.addObject(), f, index.get(f.ruleId()), in);
        }
        run.put("columnKind", "unicodeCodePoints");
        return root;
    }

    private static void rule(ObjectNode n, Rule r, String helpUri) {
        n.put("id", r.id());
        n.put("name", camel(r.title()));
        n.putObject("shortDescription").put("text", sentence(r.title()));
        n.putObject("fullDescription").put("text", sentence(r.rationale()));
        ObjectNode help = n.putObject("help");
        String source = r.sourceUri() != null ? "[" + r.sourceUri() + "](" + r.sourceUri() + ")" : r.source();
        help.put("text", sentence(r.rationale()) + " The failing and the fixed example: " + helpUri
                + ". Salesforce source: " + r.source() + ".");
        help.put("markdown", sentence(r.rationale()) + "\n\n[The failing and the fixed example](" + helpUri
                + ")\n\nSalesforce source: " + source);
        n.put("helpUri", helpUri);
        n.putObject("defaultConfiguration").put("level", r.defaultSeverity().sarifLevel());
        ObjectNode props = n.putObject("properties");
        props.putArray("tags").add(r.kind().tag()).add(r.category().title());
        if (r.securitySeverity() != null) {
            props.put("security-severity", r.securitySeverity());
        }
    }

    private static void result(ObjectNode res, Finding f, Integer ruleIndex, ReportInput in) {
        res.put("ruleId", f.ruleId());
        if (ruleIndex != null) {
            res.put("ruleIndex", ruleIndex);
        }
        res.put("level", f.severity().sarifLevel());
        res.putObject("message").put("text", sentence(f.message()));
        ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode art = phys.putObject("artifactLocation");
        art.put("uri", in.path(f));
        art.put("uriBaseId", SRCROOT);
        ObjectNode region = phys.putObject("region");
        region.put("startLine", f.line());
        if (f.column() > 0) {
            region.put("startColumn", f.column());
        }
        res.putObject("partialFingerprints").put("ecaFindingHash/v1", f.fingerprint());
        if (in.baseline() != null) {
            boolean accepted = in.baselined(f);
            res.put("baselineState", accepted ? "unchanged" : "new");
            if (accepted) {
                ObjectNode s = res.putArray("suppressions").addObject();
                s.put("kind", "external");
                s.put("status", "accepted");
                s.put("justification", "recorded in the baseline " + in.baselinePath());
            }
        }
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
