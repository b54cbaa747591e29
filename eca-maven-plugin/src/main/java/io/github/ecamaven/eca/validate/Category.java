package io.github.ecamaven.eca.validate;

/**
 * The groups of the rule catalogue. Each names the {@link RuleKind} of its rules unless a rule declares another, so
 * a new rule is classified the moment it picks its category.
 */
public enum Category {
    SCHEMA("Schema", RuleKind.CORRECTNESS),
    NAMES("Names and references", RuleKind.CORRECTNESS),
    OAUTH("OAuth", RuleKind.SECURITY),
    SECRETS("Secrets and org-specific data", RuleKind.SECURITY),
    SECURITY("Security posture by distribution", RuleKind.SECURITY),
    PROJECT("Project files", RuleKind.CORRECTNESS);

    private final String title;
    private final RuleKind kind;

    Category(String title, RuleKind kind) {
        this.title = title;
        this.kind = kind;
    }

    /** The kind of the category's rules, unless a rule overrides {@link Rule#kind()}. */
    public RuleKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
