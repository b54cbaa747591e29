package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.failure.Blame;

/** The build was interrupted while sf ran; the process and its children were killed. */
public final class SfInterruptedException extends SfCliException {

    private static final long serialVersionUID = 1L;

    public SfInterruptedException(SfCommand command, InterruptedException cause) {
        super(command, "interrupted while '" + command.display() + "' was running; sf was stopped.", cause);
    }

    @Override
    public Blame blame() {
        return Blame.ENVIRONMENT;
    }
}
