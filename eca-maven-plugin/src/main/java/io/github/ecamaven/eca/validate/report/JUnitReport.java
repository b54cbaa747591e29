package io.github.ecamaven.eca.validate.report;

import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * JUnit XML for CI test tabs (Jenkins, GitLab). One test case per finding, class name = rule id, name =
 * {@code path:line[:column]} relative to the repository root, and one passing case per rule without findings:
 * <ul>
 * <li>a finding that fails the build is a {@code <failure>}, so {@code failures} counts exactly those;</li>
 * <li>a finding below the fail threshold or accepted by the baseline is {@code <skipped>} with the reason: every
 * reader lists skipped cases with their message, and none counts them as failed (a {@code <system-out>} of a
 * passing case would hide them).</li>
 * </ul>
 * The failure text ends with a stack-frame line {@code at eca.validate(path:line)}: readers that look for a location
 * in the failure (Jenkins' analysis-model) take the full path and line from it. The frame's method has exactly one
 * dot on purpose: that reader prefixes the file with the frame's package, and {@code eca.validate} has none.
 */
public final class JUnitReport {

    private JUnitReport() {}

    public static void write(Path out, ReportInput in) throws IOException {
        AtomicFiles.write(out, content(in));
    }

    /** The report's bytes (UTF-8 XML). */
    public static byte[] content(ReportInput in) {
        StringBuilder cases = new StringBuilder();
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (Rule r : in.rules()) {
            boolean any = false;
            for (Finding f : in.findings()) {
                if (!f.ruleId().equals(r.id())) {
                    continue;
                }
                any = true;
                tests++;
                String path = in.path(f);
                cases.append("    <testcase classname=\"").append(Xml.esc(r.id())).append("\" name=\"")
                        .append(Xml.esc(path + ":" + f.line() + (f.column() > 0 ? ":" + f.column() : "")))
                        .append("\" file=\"").append(Xml.esc(path)).append("\" line=\"").append(f.line())
                        .append("\" time=\"0\">\n");
                if (in.fails(f)) {
                    failures++;
                    cases.append("      <failure message=\"").append(Xml.esc(f.message())).append("\" type=\"")
                            .append(f.severity()).append("\">").append(f.severity()).append(" [").append(r.id())
                            .append("] ").append(Xml.esc(f.message())).append("\n    at eca.validate(")
                            .append(Xml.esc(path)).append(':').append(f.line()).append(")</failure>\n");
                } else {
                    skipped++;
                    String why = in.baselined(f) ? "accepted by the baseline " + in.baselinePath()
                            : "below failOnSeverity " + in.failOn().name().toLowerCase();
                    cases.append("      <skipped message=\"").append(Xml.esc(f.severity() + " (" + why + "): "
                            + f.message())).append("\"/>\n");
                }
                cases.append("    </testcase>\n");
            }
            if (!any) {
                tests++;
                cases.append("    <testcase classname=\"").append(Xml.esc(r.id())).append("\" name=\"")
                        .append(Xml.esc(r.title())).append("\" time=\"0\"/>\n");
            }
        }
        String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped
                + "\" time=\"0\"";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"eca-validate\"" + counts + ">\n"
                + "  <testsuite name=\"eca-validate\"" + counts + ">\n" + cases + "  </testsuite>\n</testsuites>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
