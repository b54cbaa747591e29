package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.Locale;

/** How bad a finding is; ordered from least to most severe. */
public enum Severity {
    INFO("note", "info"),
    WARNING("warning", "warning"),
    ERROR("error", "error");

    private final String sarifLevel;
    private final String checkstyleName;

    Severity(String sarifLevel, String checkstyleName) {
        this.sarifLevel = sarifLevel;
        this.checkstyleName = checkstyleName;
    }

    /** SARIF {@code level}. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** Checkstyle XML {@code severity}. */
    public String checkstyleName() {
        return checkstyleName;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses {@code error}, {@code warning} or {@code info} (any case; {@code warn} and {@code note} too) that the
     * user set as {@code setting}, e.g. {@code <failOnSeverity> (eca.validate.failOnSeverity)}.
     *
     * @throws ConfigurationException naming {@code setting} and the accepted values
     */
    public static Severity parse(String text, String setting) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info", "note" -> INFO;
            default -> throw new ConfigurationException(
                    setting + " is '" + text + "', which is no severity; use error, warning or info");
        };
    }
}
