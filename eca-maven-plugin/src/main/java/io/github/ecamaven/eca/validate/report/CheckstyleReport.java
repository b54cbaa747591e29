package io.github.ecamaven.eca.validate.report;

import io.github.ecamaven.eca.validate.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source>}); file names relative
 * to the repository root, {@code source} = {@code eca.} + rule id.
 */
public final class CheckstyleReport {

    private CheckstyleReport() {}

    public static void write(Path out, ReportInput in) throws IOException {
        TreeSet<String> files = new TreeSet<>(in.files());
        in.findings().forEach(f -> files.add(f.path()));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<checkstyle version=\"8.0\">\n");
        for (String file : files) {
            sb.append("  <file name=\"").append(Xml.esc(in.path(file))).append("\">\n");
            for (Finding f : in.findings()) {
                if (f.path().equals(file)) {
                    sb.append("    <error line=\"").append(f.line()).append('"');
                    if (f.column() > 0) {
                        sb.append(" column=\"").append(f.column()).append('"');
                    }
                    sb.append(" severity=\"").append(f.severity().checkstyleName()).append("\" message=\"")
                            .append(Xml.esc(f.message())).append("\" source=\"eca.").append(Xml.esc(f.ruleId()))
                            .append("\"/>\n");
                }
            }
            sb.append("  </file>\n");
        }
        sb.append("</checkstyle>\n");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
