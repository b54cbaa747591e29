package io.github.ecamaven.eca.sf;

/**
 * sf could not do what was asked. Subclasses say why; {@link #isEnvironmentProblem()} tells the plugin whether the
 * user's content is wrong (a build failure) or the environment is broken (sf, login, network, configuration).
 * Messages never contain secrets.
 */
public abstract class SfCliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String commandLine;

    protected SfCliException(SfCommand command, String message, Throwable cause) {
        super(message, cause);
        this.commandLine = command == null ? null : command.display();
    }

    /** The masked command line, or null. */
    public String commandLine() {
        return commandLine;
    }

    /** True when the environment is to blame (MojoExecutionException), false for the user's content. */
    public abstract boolean isEnvironmentProblem();
}
