package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.failure.EcaException;

/**
 * sf could not do what was asked. Subclasses say why, and with {@link #blame()} whether the user's content is wrong or
 * the environment is broken (sf, login, network). Messages never contain secrets.
 */
public abstract class SfCliException extends EcaException {

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
}
