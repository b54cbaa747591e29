package io.github.ecamaven.eca.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The differences between what the repository declares and what an org holds, per app. */
public final class DriftReport {

    private final List<FieldDrift> drifts;
    private final List<String> missingInOrg;

    public DriftReport(List<FieldDrift> drifts, List<String> missingInOrg) {
        this.drifts = List.copyOf(drifts);
        this.missingInOrg = List.copyOf(missingInOrg);
    }

    public List<FieldDrift> drifts() {
        return drifts;
    }

    /** Components the repository has and the org does not ({@code app/component}). */
    public List<String> missingInOrg() {
        return missingInOrg;
    }

    public boolean hasDrift() {
        return !drifts.isEmpty() || !missingInOrg.isEmpty();
    }

    /** Drifts grouped by app, in report order. */
    public Map<String, List<FieldDrift>> byApp() {
        Map<String, List<FieldDrift>> out = new LinkedHashMap<>();
        for (FieldDrift d : drifts) {
            out.computeIfAbsent(d.app(), k -> new ArrayList<>()).add(d);
        }
        return out;
    }

    /** drift.json: stable key order, values as strings, no secret (secret fields are never compared). */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("drift", hasDrift());
        ArrayNode items = root.putArray("fields");
        for (FieldDrift d : drifts) {
            ObjectNode o = items.addObject();
            o.put("app", d.app());
            o.put("component", d.component());
            o.put("field", d.field());
            o.put("repository", d.repository());
            o.put("org", d.org());
        }
        ArrayNode missing = root.putArray("missingInOrg");
        missingInOrg.forEach(missing::add);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Markdown summary for a CI job page. */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder("# External Client App drift\n\n");
        if (!hasDrift()) {
            return b.append("The org matches the repository for every managed field.\n").toString();
        }
        for (Map.Entry<String, List<FieldDrift>> e : byApp().entrySet()) {
            b.append("## ").append(e.getKey()).append("\n\n| field | repository | org |\n|---|---|---|\n");
            for (FieldDrift d : e.getValue()) {
                b.append("| `").append(d.component()).append('.').append(d.field()).append("` | ")
                        .append(cell(d.repository())).append(" | ").append(cell(d.org())).append(" |\n");
            }
            b.append('\n');
        }
        if (!missingInOrg.isEmpty()) {
            b.append("## Missing in the org\n\n");
            missingInOrg.forEach(m -> b.append("- ").append(m).append('\n'));
        }
        return b.toString();
    }

    private static String cell(String v) {
        return v == null ? "_(absent)_" : v.replace("|", "\\|").replace("\n", "<br>");
    }
}
