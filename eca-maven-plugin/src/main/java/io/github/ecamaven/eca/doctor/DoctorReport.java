package io.github.ecamaven.eca.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of one doctor run, in report order: with an error, the checks its families' causes name come first.
 * doctor.json has stable field names: {@code app}, {@code checks[id, status, title, detail, fix, faq]},
 * {@code error{code, description, families[id, title, faq, causes[text, checks]]}} and
 * {@code summary{ok, failed, unknown, text}}. No text holds a secret or a consumer key.
 */
public final class DoctorReport {

    /** The report's file names in the report directory. */
    public static final String JSON = "doctor.json";
    public static final String MARKDOWN = "doctor.md";

    private final String app;
    private final String org;
    private final List<CheckResult> checks;
    private final OAuthErrors.ReportedError error;

    DoctorReport(String app, String org, Map<DoctorCheck, CheckResult> results, OAuthErrors.ReportedError error) {
        this.app = app;
        this.org = org;
        this.error = error;
        Set<DoctorCheck> order = new LinkedHashSet<>();
        if (error != null) {
            for (ErrorFamily f : error.families()) {
                for (ErrorFamily.Cause c : f.causes()) {
                    c.checkIds().forEach(id -> DoctorCheck.byId(id).ifPresent(order::add));
                }
            }
        }
        order.addAll(List.of(DoctorCheck.values()));
        List<CheckResult> list = new ArrayList<>();
        order.forEach(c -> list.add(results.get(c)));
        this.checks = List.copyOf(list);
    }

    public List<CheckResult> checks() {
        return checks;
    }

    /** The parsed error; null when none was given. */
    public OAuthErrors.ReportedError error() {
        return error;
    }

    public CheckResult check(DoctorCheck c) {
        return checks.stream().filter(r -> r.check() == c).findFirst().orElseThrow();
    }

    public long count(CheckStatus s) {
        return checks.stream().filter(c -> c.status() == s).count();
    }

    public List<CheckResult> failed() {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAILED).toList();
    }

    /** {@code App in org: 9 ✓, 2 ✗, 1 ?}. */
    public String summary() {
        return app + " in " + org + ": " + count(CheckStatus.OK) + " ✓, " + count(CheckStatus.FAILED) + " ✗, "
                + count(CheckStatus.UNKNOWN) + " ?";
    }

    /** The console lines: the error and its causes, then one block per check. */
    public List<String> consoleLines() {
        List<String> out = new ArrayList<>();
        out.add("Doctor: " + summary());
        if (error != null) {
            out.add("The error: " + errorLine());
            for (ErrorFamily f : error.families()) {
                out.add("  " + f.title() + " (faq.html#" + f.faqAnchor() + ")");
                for (ErrorFamily.Cause c : f.causes()) {
                    out.add("    - " + c.text() + " → " + (c.checkIds().isEmpty() ? "no check can see this"
                            : String.join(", ", c.checkIds())));
                }
            }
            if (error.families().isEmpty()) {
                out.add("  no known family; every check follows");
            }
        }
        for (CheckResult c : checks) {
            out.add(c.status().mark() + " " + c.check().id() + ": " + c.check().title());
            out.add("    " + c.detail());
            if (c.status() != CheckStatus.OK) {
                out.add("    fix: " + c.fix() + " (" + c.check().faq() + ")");
            }
        }
        return out;
    }

    private String errorLine() {
        String code = error.code() == null ? "" : error.code();
        String description = error.description() == null ? "" : error.description();
        return code.isEmpty() ? description : description.isEmpty() ? code : code + ": " + description;
    }

    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("app", app);
        root.put("org", org);
        ArrayNode items = root.putArray("checks");
        for (CheckResult c : checks) {
            ObjectNode o = items.addObject();
            o.put("id", c.check().id());
            o.put("status", c.status().json());
            o.put("title", c.check().title());
            o.put("detail", c.detail());
            o.put("fix", c.fix());
            o.put("faq", c.check().faq());
        }
        if (error == null) {
            root.putNull("error");
        } else {
            ObjectNode e = root.putObject("error");
            e.put("code", error.code());
            e.put("description", error.description());
            ArrayNode families = e.putArray("families");
            for (ErrorFamily f : error.families()) {
                ObjectNode fo = families.addObject();
                fo.put("id", f.name());
                fo.put("title", f.title());
                fo.put("faq", "faq.html#" + f.faqAnchor());
                ArrayNode causes = fo.putArray("causes");
                for (ErrorFamily.Cause c : f.causes()) {
                    ObjectNode co = causes.addObject();
                    co.put("text", c.text());
                    c.checkIds().forEach(co.putArray("checks")::add);
                }
            }
        }
        ObjectNode s = root.putObject("summary");
        s.put("ok", count(CheckStatus.OK));
        s.put("failed", count(CheckStatus.FAILED));
        s.put("unknown", count(CheckStatus.UNKNOWN));
        s.put("text", summary());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public String toMarkdown() {
        StringBuilder b = new StringBuilder("# eca:doctor\n\n").append(summary()).append("\n\n");
        if (error != null) {
            b.append("## The error\n\n`").append(errorLine().replace("`", "'")).append("`\n\n");
            for (ErrorFamily f : error.families()) {
                b.append("- [").append(f.title()).append("](faq.html#").append(f.faqAnchor()).append(")\n");
                for (ErrorFamily.Cause c : f.causes()) {
                    b.append("  - ").append(cell(c.text())).append(": ");
                    b.append(c.checkIds().isEmpty() ? "no check can see this" : String.join(", ", c.checkIds()
                            .stream().map(id -> "`" + id + "`").toList())).append('\n');
                }
            }
            b.append('\n');
        }
        b.append("## Checks\n\n| | check | detail | fix |\n|---|---|---|---|\n");
        for (CheckResult c : checks) {
            b.append("| ").append(c.status().mark()).append(" | `").append(c.check().id()).append("` ")
                    .append(cell(c.check().title())).append(" | ").append(cell(c.detail())).append(" | ")
                    .append(c.status() == CheckStatus.OK ? "" : cell(c.fix()) + " ([more](" + c.check().faq()
                            + "))").append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String v) {
        return v == null ? "" : v.replace("|", "\\|").replace("\n", "<br>");
    }
}
