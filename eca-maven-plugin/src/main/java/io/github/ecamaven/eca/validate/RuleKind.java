package io.github.ecamaven.eca.validate;

/**
 * What a rule is about. Code scanning treats {@link #SECURITY} rules as security alerts (SARIF {@code security} tag
 * and {@code security-severity}); a JSON comment or a misspelt element is a bug, not a vulnerability, and must not
 * raise one.
 */
public enum RuleKind {
    /** Secrets, OAuth posture, the controls a distributed app needs. */
    SECURITY("security"),
    /** Salesforce or sf rejects or misreads the file. */
    CORRECTNESS("correctness"),
    /** Works today, but leaves dead or incomplete configuration behind. */
    MAINTAINABILITY("maintainability");

    private final String tag;

    RuleKind(String tag) {
        this.tag = tag;
    }

    /** The SARIF {@code properties.tags} entry. */
    public String tag() {
        return tag;
    }
}
