package io.github.ecamaven.eca.failure;

/**
 * What every exception a core throws at a goal says about itself: who must act. Most extend {@link EcaException};
 * the few that keep a JDK or {@code eca-model} parent (an {@code IOException} a reader declares, a parameter value
 * that is none) implement this directly. Messages are sentences that end with the fix, without the goal (the goal
 * adds {@code eca:<goal>: }), and never hold a secret.
 */
public interface EcaFailure {

    /** Who must act. */
    Blame blame();

    /** True when the environment is to blame (MojoExecutionException), false for the user's content. */
    default boolean isEnvironmentProblem() {
        return blame() == Blame.ENVIRONMENT;
    }
}
