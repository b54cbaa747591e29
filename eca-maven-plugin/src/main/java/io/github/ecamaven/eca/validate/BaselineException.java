package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaFailure;
import java.io.IOException;

/**
 * A baseline file that cannot be one (not UTF-8 text): the user's file, not the machine. The message names the file,
 * line and column and the fix.
 */
public final class BaselineException extends IOException implements EcaFailure {

    private static final long serialVersionUID = 1L;

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
