package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.failure.Blame;

/** sf printed something that is not the JSON it promises with {@code --json}; the message shows what it printed. */
public final class SfOutputException extends SfCliException {

    private static final long serialVersionUID = 1L;

    public SfOutputException(SfCommand command, String message, Throwable cause) {
        super(command, message, cause);
    }

    @Override
    public Blame blame() {
        return Blame.ENVIRONMENT;
    }
}
