package io.github.ecamaven.eca.credentials;

/**
 * Handing over or rotating credentials failed. The message says what happened and how to fix it; it never holds a
 * consumer secret or an API key. {@link #isEnvironmentProblem()} separates a broken environment (sf, login, Nango
 * unreachable or refusing the key) from what the user's project or org must change.
 */
public class CredentialsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean environmentProblem;

    public CredentialsException(String message, boolean environmentProblem) {
        this(message, environmentProblem, null);
    }

    public CredentialsException(String message, boolean environmentProblem, Throwable cause) {
        super(message, cause);
        this.environmentProblem = environmentProblem;
    }

    /** True when the environment is to blame (MojoExecutionException), false for the project's or org's content. */
    public boolean isEnvironmentProblem() {
        return environmentProblem;
    }
}
