package io.github.ecamaven.eca.doctor;

/** The answer of one check. */
public enum CheckStatus {
    /** The check passed. */
    OK("✓", "ok"),
    /** The check found a cause. */
    FAILED("✗", "failed"),
    /** The check could not tell; its detail says why. */
    UNKNOWN("?", "unknown");

    private final String mark;
    private final String json;

    CheckStatus(String mark, String json) {
        this.mark = mark;
        this.json = json;
    }

    /** ✓, ✗ or ?. */
    public String mark() {
        return mark;
    }

    /** The value in doctor.json: {@code ok}, {@code failed} or {@code unknown}. */
    public String json() {
        return json;
    }
}
