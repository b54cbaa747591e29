package io.github.ecamaven.eca.validate;

import java.io.IOException;

/**
 * A baseline file that cannot be one (not UTF-8 text): the user's file, not the machine. The message names the file,
 * line and column and the fix.
 */
public final class BaselineException extends IOException {

    private static final long serialVersionUID = 1L;

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
