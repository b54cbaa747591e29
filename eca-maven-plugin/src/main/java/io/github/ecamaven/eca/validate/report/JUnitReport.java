package io.github.ecamaven.eca.validate.report;

import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.validate.project.EcaProject;
import io.github.ecamaven.eca.validate.project.ProjectFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JUnit XML: one test case per rule and file (class name = rule id, name = file). A case fails when the file has
 * findings of the rule at or above the fail threshold; lower findings go to its system-out.
 */
public final class JUnitReport {

    private JUnitReport() {}

    public static void write(Path out, List<Rule> rules, EcaProject project, List<Finding> findings,
            Severity failOn) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        project.allFiles().stream().map(ProjectFile::relativePath).forEach(files::add);
        findings.forEach(f -> files.add(f.path()));
        List<String> sortedFiles = files.stream().sorted().toList();
        StringBuilder cases = new StringBuilder();
        int tests = 0;
        int failures = 0;
        for (Rule r : rules) {
            for (String file : sortedFiles) {
                tests++;
                List<Finding> mine = new ArrayList<>();
                for (Finding f : findings) {
                    if (f.ruleId().equals(r.id()) && f.path().equals(file)) {
                        mine.add(f);
                    }
                }
                cases.append("  <testcase classname=\"").append(Xml.esc(r.id())).append("\" name=\"")
                        .append(Xml.esc(file)).append("\" time=\"0\"");
                List<Finding> failing = mine.stream().filter(f -> f.severity().atLeast(failOn)).toList();
                if (mine.isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                cases.append(">\n");
                if (!failing.isEmpty()) {
                    failures++;
                    cases.append("    <failure message=\"").append(Xml.esc(failing.get(0).message()))
                            .append("\" type=\"").append(failing.get(0).severity()).append("\">");
                    failing.forEach(f -> cases.append(Xml.esc(f.toConsoleLine())).append('\n'));
                    cases.append("</failure>\n");
                }
                List<Finding> others = mine.stream().filter(f -> !failing.contains(f)).toList();
                if (!others.isEmpty()) {
                    cases.append("    <system-out>");
                    others.forEach(f -> cases.append(Xml.esc(f.toConsoleLine())).append('\n'));
                    cases.append("</system-out>\n");
                }
                cases.append("  </testcase>\n");
            }
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"eca-validate\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n" + cases
                + "</testsuite>\n";
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, xml, StandardCharsets.UTF_8);
    }
}
