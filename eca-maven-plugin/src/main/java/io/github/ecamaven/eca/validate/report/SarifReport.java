package io.github.ecamaven.eca.validate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 with one run: the rules with help text, links and {@code security-severity}, and the results with
 * region, level and a stable {@code partialFingerprints} entry. Paths are relative to {@code %SRCROOT%}.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {}

    public static void write(Path out, List<Rule> rules, List<Finding> findings) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), build(rules, findings));
    }

    public static ObjectNode build(List<Rule> rules, List<Finding> findings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "eca-maven-plugin");
        driver.put("informationUri", "https://github.com/ecamaven/eca-maven-plugin");
        String version = SarifReport.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("semanticVersion", version);
        }
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : rules) {
            index.put(r.id(), index.size());
            ObjectNode n = ruleArray.addObject();
            n.put("id", r.id());
            n.put("name", camel(r.title()));
            n.putObject("shortDescription").put("text", r.title());
            n.putObject("fullDescription").put("text", r.rationale());
            ObjectNode help = n.putObject("help");
            help.put("text", r.rationale() + " Source: " + r.source());
            help.put("markdown", r.rationale() + "\n\nSource: " + (r.helpUri() != null
                    ? "[" + r.helpUri() + "](" + r.helpUri() + ")" : r.source()));
            if (r.helpUri() != null) {
                n.put("helpUri", r.helpUri());
            }
            n.putObject("defaultConfiguration").put("level", r.defaultSeverity().sarifLevel());
            ObjectNode props = n.putObject("properties");
            props.put("security-severity", r.securitySeverity());
            props.putArray("tags").add("security").add(r.category().title());
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : findings) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.ruleId());
            Integer i = index.get(f.ruleId());
            if (i != null) {
                res.put("ruleIndex", i);
            }
            res.put("level", f.severity().sarifLevel());
            res.putObject("message").put("text", f.message());
            ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode art = phys.putObject("artifactLocation");
            art.put("uri", f.path());
            art.put("uriBaseId", "%SRCROOT%");
            ObjectNode region = phys.putObject("region");
            region.put("startLine", f.line());
            if (f.column() > 0) {
                region.put("startColumn", f.column());
            }
            res.putObject("partialFingerprints").put("ecaFindingHash/v1", f.fingerprint());
        }
        run.put("columnKind", "unicodeCodePoints");
        return root;
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
