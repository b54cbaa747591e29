package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted findings: one line per finding, {@code fingerprint<TAB>rule<TAB>path<TAB>message}, sorted, so that the
 * file diffs well in review. A finding matches by fingerprint (rule, path and message; not the line), as many times
 * as it is recorded.
 */
public final class Baseline {

    private Baseline() {}

    /** Writes {@code findings} to {@code file}. */
    public static void write(Path file, List<Finding> findings) throws IOException {
        AtomicFiles.write(file, content(findings));
    }

    /** The baseline file's bytes for {@code findings}. */
    public static byte[] content(List<Finding> findings) {
        StringBuilder sb = new StringBuilder("# eca:validate baseline: findings listed here do not fail the build."
                + " Regenerate with -D" + PropertyNames.VALIDATE_WRITE_BASELINE + "=true\n");
        findings.stream().sorted(Finding.ORDER).forEach(f -> sb.append(f.fingerprint()).append('\t')
                .append(f.ruleId()).append('\t').append(f.path()).append('\t')
                .append(f.message().replace('\n', ' ').replace('\t', ' ')).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The findings not covered by the baseline in {@code file}; all of them when the file does not exist. */
    public static List<Finding> newFindings(Path file, List<Finding> findings) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return findings;
        }
        Map<String, Integer> budget = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            budget.merge(tab < 0 ? line.trim() : line.substring(0, tab), 1, Integer::sum);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String fingerprint = f.fingerprint(); // a SHA-256: once per finding
            Integer left = budget.get(fingerprint);
            if (left != null && left > 0) {
                budget.put(fingerprint, left - 1);
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
