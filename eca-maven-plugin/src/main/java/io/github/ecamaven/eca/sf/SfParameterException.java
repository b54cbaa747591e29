package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.failure.Blame;

/**
 * A goal parameter that sf would reject (an unknown {@code --security-type}, a negative wait, a timeout of zero),
 * found before sf runs; the message names the parameter and the allowed values. The user's configuration is wrong.
 */
public final class SfParameterException extends SfCliException {

    private static final long serialVersionUID = 1L;

    public SfParameterException(String message) {
        super(null, message, null);
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
