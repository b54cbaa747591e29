package io.github.ecamaven.eca.validate;

/** The groups of the rule catalogue. */
public enum Category {
    SCHEMA("Schema"),
    NAMES("Names and references"),
    OAUTH("OAuth"),
    SECRETS("Secrets and org-specific data"),
    SECURITY("Security posture by distribution"),
    PROJECT("Project files");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
