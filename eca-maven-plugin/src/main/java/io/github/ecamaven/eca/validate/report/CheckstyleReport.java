package io.github.ecamaven.eca.validate.report;

import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.project.EcaProject;
import io.github.ecamaven.eca.validate.project.ProjectFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checkstyle XML ({@code <checkstyle><file name><error line column severity message source>}). */
public final class CheckstyleReport {

    private CheckstyleReport() {}

    public static void write(Path out, EcaProject project, List<Finding> findings) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        project.allFiles().stream().map(ProjectFile::relativePath).forEach(files::add);
        findings.forEach(f -> files.add(f.path()));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<checkstyle version=\"8.0\">\n");
        for (String file : files.stream().sorted().toList()) {
            sb.append("  <file name=\"").append(Xml.esc(file)).append("\">\n");
            for (Finding f : findings) {
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
