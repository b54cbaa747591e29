package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaException;

/**
 * A packaging step cannot go on: a problem in the user's content or configuration (checks failed, the build ended in
 * Error, a key and the bypass together) or a broken environment (no sfdx project where Maven runs, an answer of sf
 * without the id it promises). Messages never contain secrets.
 */
public class PackagingException extends EcaException {

    private static final long serialVersionUID = 1L;

    private final Blame blame;

    public PackagingException(String message, boolean environmentProblem) {
        this(message, environmentProblem, null);
    }

    public PackagingException(String message, boolean environmentProblem, Throwable cause) {
        super(message, cause);
        this.blame = environmentProblem ? Blame.ENVIRONMENT : Blame.CONTENT;
    }

    /** A user content or configuration problem (→ MojoFailureException). */
    public static PackagingException content(String message) {
        return new PackagingException(message, false);
    }

    /** A broken environment (→ MojoExecutionException). */
    public static PackagingException environment(String message) {
        return new PackagingException(message, true);
    }

    @Override
    public Blame blame() {
        return blame;
    }
}
