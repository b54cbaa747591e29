package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaException;

/**
 * Handing over or rotating credentials failed. The message says what happened and how to fix it; it never holds a
 * consumer secret or an API key. {@link #blame()} separates a broken environment (sf, login, Nango unreachable or
 * refusing the key) from what the user's project or org must change.
 */
public class CredentialsException extends EcaException {

    private static final long serialVersionUID = 1L;

    private final Blame blame;

    public CredentialsException(String message, boolean environmentProblem) {
        this(message, environmentProblem, null);
    }

    public CredentialsException(String message, boolean environmentProblem, Throwable cause) {
        super(message, cause);
        this.blame = environmentProblem ? Blame.ENVIRONMENT : Blame.CONTENT;
    }

    @Override
    public Blame blame() {
        return blame;
    }
}
