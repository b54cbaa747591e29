package io.github.ecamaven.eca.packaging;

/**
 * A packaging step cannot go on. {@link #isEnvironmentProblem()} separates a broken environment or configuration
 * (no sfdx project, missing environment variable) from a problem in the user's content (checks failed, the build
 * ended in Error). Messages never contain secrets.
 */
public class PackagingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean environmentProblem;

    public PackagingException(String message, boolean environmentProblem) {
        super(message);
        this.environmentProblem = environmentProblem;
    }

    public PackagingException(String message, boolean environmentProblem, Throwable cause) {
        super(message, cause);
        this.environmentProblem = environmentProblem;
    }

    /** A user content problem (→ MojoFailureException). */
    public static PackagingException content(String message) {
        return new PackagingException(message, false);
    }

    /** A broken environment or configuration (→ MojoExecutionException). */
    public static PackagingException environment(String message) {
        return new PackagingException(message, true);
    }

    public boolean isEnvironmentProblem() {
        return environmentProblem;
    }
}
