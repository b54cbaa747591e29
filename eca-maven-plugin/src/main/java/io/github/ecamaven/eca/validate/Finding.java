package io.github.ecamaven.eca.validate;

import java.nio.charset.StandardCharsets;
import io.github.ecamaven.eca.text.Sha256;
import java.util.Comparator;

/**
 * One problem found in one file.
 *
 * @param ruleId the rule that found it, e.g. {@code ECA-SCOPE-001}
 * @param severity effective severity (after profile and user overrides)
 * @param path path relative to the project root, with {@code /} separators
 * @param line 1-based line; 1 for a finding about a whole file
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong and how to fix it; never contains a secret
 */
public record Finding(String ruleId, Severity severity, String path, int line, int column, String message) {

    /** Order of the console and the reports: by path, line, column, rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /**
     * A hash that survives edits elsewhere in the file: rule, path and message, not the line. Used by the baseline
     * and as the SARIF partial fingerprint.
     */
    public String fingerprint() {
        return Sha256.hex((ruleId + '\u0000' + path + '\u0000' + message).getBytes(StandardCharsets.UTF_8), 16);
    }

    /** {@code path:line:column: SEVERITY [RULE-ID] message} (no column when unknown). */
    public String toConsoleLine() {
        return path + ":" + line + (column > 0 ? ":" + column : "") + ": " + severity + " [" + ruleId + "] "
                + message;
    }

    @Override
    public String toString() {
        return toConsoleLine();
    }
}
