package io.github.ecamaven.eca.failure;

/**
 * A goal parameter's value that is none: not a boolean, an empty item, an unknown profile, severity, rule id or
 * package type, a wait out of range. The message names the POM element and its property and the values to use.
 * Unchecked, as the parsers of values are ({@link IllegalArgumentException}); always the user's configuration.
 */
public class ConfigurationException extends IllegalArgumentException implements EcaFailure {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
