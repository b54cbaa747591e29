package io.github.ecamaven.eca.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the site's CI page: the template {@code src/site-templates/usage-ci.md.vm} with its sample output taken
 * from a real validation of the broken project of {@link ReportConsumersTest} (five errors, two warnings), so the
 * page shows what the current code prints and writes. The build runs it in {@code process-test-classes} into
 * {@code target/generated-site/markdown/}, where the site picks it up like the rule catalogue.
 *
 * <p>A line {@code <!-- sample: NAME -->} in the template is replaced by a fenced block: {@code console} (the build
 * log), {@code sarif} (one result and the run's location base), {@code junit} (the suite and two cases),
 * {@code checkstyle} (one file).
 */
public final class UsageCiPage {

    static final Pattern MARKER = Pattern.compile("(?m)^<!-- sample: ([a-z]+) -->$");
    /** Stands in for the machine's absolute path in the sample, which would otherwise leak the build directory. */
    static final String ROOT_SHOWN = "file:///home/runner/work/crm/crm/";

    private UsageCiPage() {}

    /** {@code args[0]}: the template; {@code args[1]}: the page to write; {@code args[2]}: a scratch directory. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: UsageCiPage <template.md.vm> <out.md.vm> <scratch dir>");
        }
        String page = render(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Path.of(args[2]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, page, StandardCharsets.UTF_8);
    }

    /** The template with every sample marker replaced; fails on an unknown marker. */
    static String render(String template, Path scratch) throws IOException {
        Map<String, String> samples = samples(scratch);
        Matcher m = MARKER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String sample = samples.get(m.group(1));
            if (sample == null) {
                throw new IllegalArgumentException("unknown sample '" + m.group(1) + "'; known: " + samples.keySet());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(sample));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Validates the broken project (a git repository of its own) and cuts the samples from its log and reports. */
    static Map<String, String> samples(Path scratch) throws IOException {
        Path repo = scratch.toAbsolutePath();
        FileTrees.deleteRecursively(repo);
        Files.createDirectories(repo.resolve(".git"));
        Path project = ReportConsumersTest.brokenProject().write(repo);
        Path reports = project.resolve("target/eca");
        RecordingLog log = new RecordingLog(false);
        EcaValidator.validate(ValidationRequest.of(project).withReportDir(reports).withEnvironment(Map.of()), log);
        // as Maven prints the lines of its log
        List<String> console = log.lines.stream().map(l -> l.replaceFirst("^\\[WARN\\] ", "[WARNING] ")).toList();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("console", fence("", String.join("\n", console)));
        out.put("sarif", fence("json", sarif(reports.resolve(EcaValidator.SARIF), repo)));
        out.put("junit", fence("xml", junit(Files.readString(reports.resolve(EcaValidator.JUNIT)))));
        out.put("checkstyle", fence("xml", checkstyle(Files.readString(reports.resolve(EcaValidator.CHECKSTYLE)))));
        return out;
    }

    /** The run without the rule list: tool, automationDetails, originalUriBaseIds and the first result. */
    private static String sarif(Path file, Path repo) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode run = json.readTree(file.toFile()).path("runs").get(0);
        ObjectNode shown = json.createObjectNode();
        ObjectNode driver = shown.putObject("tool").putObject("driver");
        run.path("tool").path("driver").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("rules")) {
                driver.set(e.getKey(), e.getValue());
            }
        });
        driver.put("rules", "[ " + run.path("tool").path("driver").path("rules").size() + " rules ]");
        shown.set("automationDetails", run.path("automationDetails"));
        ObjectNode bases = shown.putObject("originalUriBaseIds");
        bases.putObject("SRCROOT").put("uri", ROOT_SHOWN);
        shown.putArray("results").add(run.path("results").get(0));
        String text = json.writeValueAsString(shown);
        return text.replace(repo.toUri().toString(), ROOT_SHOWN);
    }

    /** The suite's counts, the first failing and the first skipped case. */
    private static String junit(String xml) {
        List<String> lines = xml.lines().toList();
        StringBuilder sb = new StringBuilder();
        sb.append(lines.stream().filter(l -> l.contains("<testsuite ")).findFirst().orElseThrow()).append('\n');
        sb.append(testCase(lines, "<failure")).append(testCase(lines, "<skipped")).append("    ...\n");
        return sb.toString();
    }

    private static String testCase(List<String> lines, String inner) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<testcase ") && !lines.get(i).endsWith("/>")) {
                int end = i;
                while (!lines.get(end).contains("</testcase>")) {
                    end++;
                }
                String block = String.join("\n", lines.subList(i, end + 1));
                if (block.contains(inner)) {
                    return block + "\n";
                }
            }
        }
        throw new IllegalStateException("no test case with " + inner + " in the JUnit report");
    }

    /** The first file with errors. */
    private static String checkstyle(String xml) {
        List<String> lines = xml.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).contains("<file ") && lines.get(i + 1).contains("<error ")) {
                int end = i + 1;
                while (!lines.get(end).contains("</file>")) {
                    end++;
                }
                return "<checkstyle version=\"8.0\">\n" + String.join("\n", lines.subList(i, end + 1))
                        + "\n  ...\n</checkstyle>";
            }
        }
        throw new IllegalStateException("no file with errors in the Checkstyle report");
    }

    /** A fenced block inside Velocity's unparsed-content markers, so that no '#' or '$' of the output is read. */
    private static String fence(String language, String body) {
        return "#[[\n```" + language + "\n" + body.stripTrailing() + "\n```\n]]#";
    }
}
