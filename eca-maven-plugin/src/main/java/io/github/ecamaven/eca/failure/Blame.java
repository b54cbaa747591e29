package io.github.ecamaven.eca.failure;

/** Who must act on a failure: the user (content or configuration) or whoever runs the build (the environment). */
public enum Blame {

    /**
     * The project's files, the goal's configuration or the org's content are wrong: the build fails
     * (MojoFailureException) and the message says what to change.
     */
    CONTENT,

    /**
     * The environment is broken: sf missing or failing, a login, the network, a disk, a secret the environment
     * should hold. The build stops with an error (MojoExecutionException) that keeps the cause.
     */
    ENVIRONMENT
}
