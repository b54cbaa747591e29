package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.project.EcaProject;

/**
 * One check. A rule reads the scanned project and reports findings through the context; it keeps no state between
 * calls, so one instance serves every build.
 */
public interface Rule {

    /** Stable id, e.g. {@code ECA-SCOPE-001}; used in overrides, baselines and reports. */
    String id();

    /** Severity when neither the profile nor the user changes it (some rules raise it per distribution state). */
    Severity defaultSeverity();

    Category category();

    /** One line: what the rule checks. */
    String title();

    /** Why it matters. */
    String rationale();

    /** The Salesforce source the rule rests on: a URL or a document name. */
    String source();

    /**
     * A failing and a fixed file for the catalogue; {@code RuleExamplesTest} proves that the rule fires on the one
     * and not on the other.
     */
    RuleExample example();

    /** Security, correctness or maintainability: the kind of the category unless the rule overrides it. */
    default RuleKind kind() {
        return category().kind();
    }

    /**
     * Whether a finding of this rule means a secret is committed in the file (a consumer secret, a password, a
     * private key). eca:generate never rewrites such a file, even when the secret was there before it ran.
     */
    default boolean findsCommittedSecrets() {
        return false;
    }

    /**
     * Whether the rule judges one file alone or needs the project around it (eca:migrate checks one converted file
     * with the file rules only).
     */
    default RuleScope scope() {
        return RuleScope.FILE;
    }

    /**
     * SARIF {@code security-severity} (a CVSS-like number 0.0-10.0, as a string) for a {@link RuleKind#SECURITY}
     * rule; null for the others, so that code scanning does not list them as security alerts.
     */
    default String securitySeverity() {
        if (kind() != RuleKind.SECURITY) {
            return null;
        }
        return switch (defaultSeverity()) {
            case ERROR -> "7.0";
            case WARNING -> "4.0";
            case INFO -> "1.0";
        };
    }

    /** The Salesforce source as a link, or null when it is a document name. */
    default String sourceUri() {
        return source().startsWith("https://") ? source().split("\\s")[0] : null;
    }

    void check(EcaProject project, RuleContext context);
}
