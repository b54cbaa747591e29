package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.failure.Blame;

/**
 * sf is not installed, cannot be started, is too old, crashed on the machine's Node.js, or does not know the command.
 * Every message ends with how to fix it, from {@link SfInstallAdvice}.
 */
public final class SfUnavailableException extends SfCliException {

    private static final long serialVersionUID = 1L;

    /** The advice for the Node.js on this machine. */
    public SfUnavailableException(SfCommand command, String problem, Throwable cause) {
        this(command, problem, SfInstallAdvice.forThisMachine(), cause);
    }

    /** With the advice given, e.g. {@link SfInstallAdvice#forNode} of the Node.js sf crashed on. */
    SfUnavailableException(SfCommand command, String problem, String advice, Throwable cause) {
        super(command, problem + " " + advice, cause);
    }

    @Override
    public Blame blame() {
        return Blame.ENVIRONMENT;
    }
}
