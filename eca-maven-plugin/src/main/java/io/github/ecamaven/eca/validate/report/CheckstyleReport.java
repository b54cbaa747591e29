package io.github.ecamaven.eca.validate.report;

import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source>}); file names relative
 * to the repository root, {@code source} = {@code eca.} + rule id.
 */
public final class CheckstyleReport {

    private CheckstyleReport() {}

    public static void write(Path out, ReportInput in) throws IOException {
        AtomicFiles.write(out, content(in));
    }

    /** The report's bytes (UTF-8 XML). */
    public static byte[] content(ReportInput in) {
        TreeSet<String> files = new TreeSet<>(in.files());
        in.findings().forEach(f -> files.add(f.path()));
        Map<String, List<Finding>> byFile = new HashMap<>(); // one pass, not one scan of all findings per file
        in.findings().forEach(f -> byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<checkstyle version=\"8.0\">\n");
        for (String file : files) {
            sb.append("  <file name=\"").append(Xml.esc(in.path(file))).append("\">\n");
            for (Finding f : byFile.getOrDefault(file, List.of())) {
                sb.append("    <error line=\"").append(f.line()).append('"');
                if (f.column() > 0) {
                    sb.append(" column=\"").append(f.column()).append('"');
                }
                sb.append(" severity=\"").append(f.severity().checkstyleName()).append("\" message=\"")
                        .append(Xml.esc(f.message())).append("\" source=\"eca.").append(Xml.esc(f.ruleId()))
                        .append("\"/>\n");
            }
            sb.append("  </file>\n");
        }
        sb.append("</checkstyle>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
