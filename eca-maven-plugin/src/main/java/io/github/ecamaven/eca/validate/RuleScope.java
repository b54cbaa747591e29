package io.github.ecamaven.eca.validate;

/** What a rule needs to see to judge: one ECA file alone, or the project around it. */
public enum RuleScope {
    /** One file is enough (syntax, values, the settings of one component). */
    FILE,
    /** References between files, manifests, sfdx-project.json, the package directories. */
    PROJECT
}
