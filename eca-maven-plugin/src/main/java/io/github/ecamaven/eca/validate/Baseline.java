package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.model.io.AtomicFiles;
import io.github.ecamaven.eca.model.io.InputLimits;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Accepted findings: one line per finding, {@code fingerprint<TAB>rule<TAB>path<TAB>message}, sorted, so that the
 * file diffs well in review. A finding matches by fingerprint (rule, path and message; not the line), as many times
 * as it is recorded. The first line, {@value #HEADER}…, marks the file as a baseline: eca:validate writes a baseline
 * only over a file that is one ({@link #isBaseline}).
 */
public final class Baseline {

    /** The start of the first line of every baseline. */
    public static final String HEADER = "# eca:validate baseline";

    /** What the messages call the file, and how they say it is recognised. */
    public static final String KIND = "an eca:validate baseline";
    public static final String MARK = "the first line \"" + HEADER + ": ...\"";

    /** A finding line: a fingerprint (32 hex digits), then tab-separated rule, path and message. */
    private static final Pattern LINE = Pattern.compile("[0-9a-f]{32}(\t.*)?");

    private Baseline() {}

    /** Writes {@code findings} to {@code file}. */
    public static void write(Path file, List<Finding> findings) throws IOException {
        AtomicFiles.write(file, content(findings));
    }

    /** The baseline file's bytes for {@code findings}. */
    public static byte[] content(List<Finding> findings) {
        StringBuilder sb = new StringBuilder(HEADER + ": findings listed here do not fail the build."
                + " Regenerate with -D" + PropertyNames.VALIDATE_WRITE_BASELINE + "=true\n");
        findings.stream().sorted(Finding.ORDER).forEach(f -> sb.append(f.fingerprint()).append('\t')
                .append(f.ruleId()).append('\t').append(f.path()).append('\t')
                .append(f.message().replace('\n', ' ').replace('\t', ' ')).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code file} holds a baseline: its first line starts with {@link #HEADER}, or (the header edited away)
     * every line is blank, a {@code #} comment or a finding line. Not UTF-8, or not readable: no. Read line by line
     * up to the first that does not fit, so that a large file of another kind costs one line.
     */
    public static boolean isBaseline(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) { // malformed input throws
            String first = in.readLine();
            if (first != null && first.startsWith("\uFEFF")) { // a byte order mark an editor added
                first = first.substring(1);
            }
            if (first != null && first.startsWith(HEADER)) {
                return true;
            }
            for (String l = first; l != null; l = in.readLine()) {
                if (!l.isBlank() && !l.startsWith("#") && !LINE.matcher(l).matches()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The findings not covered by the baseline in {@code file}; all of them when the file does not exist.
     *
     * @throws BaselineException when the file is not UTF-8 text
     */
    public static List<Finding> newFindings(Path file, List<Finding> findings) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return findings;
        }
        Map<String, Integer> budget = new HashMap<>();
        String text;
        try {
            text = InputLimits.decodeUtf8(file, Files.readAllBytes(file)); // a baseline may exceed the input limits
        } catch (UnreadableFileException e) {
            throw new BaselineException(file + ":" + e.line() + ":" + e.column() + ": the baseline "
                    + PropertyNames.describe(PropertyNames.VALIDATE_BASELINE) + " is not UTF-8 text, so it is not "
                    + KIND + " (a binary file, or saved in another encoding). Point " + PropertyNames.VALIDATE_BASELINE
                    + " at the baseline file, or move this file away and record the baseline again with -D"
                    + PropertyNames.VALIDATE_WRITE_BASELINE + "=true.", e);
        }
        for (String line : text.lines().toList()) {
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
