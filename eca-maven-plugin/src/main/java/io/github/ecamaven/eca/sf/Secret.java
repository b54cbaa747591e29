package io.github.ecamaven.eca.sf;

import java.util.Objects;

/**
 * A value that must never appear in a log or an exception message (installation key, access token, consumer
 * secret). {@link #toString()} is masked; only {@link #reveal()} gives the value, to put it on sf's command line.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a non-empty value. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret cannot be empty");
        }
        return new Secret(value);
    }

    /** The value in clear; only for the process argument list. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return SfCommand.MASK;
    }
}
