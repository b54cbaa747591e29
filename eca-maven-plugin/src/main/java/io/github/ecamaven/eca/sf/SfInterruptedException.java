package io.github.ecamaven.eca.sf;

/** The build was interrupted while sf ran; the process and its children were killed. */
public final class SfInterruptedException extends SfCliException {

    private static final long serialVersionUID = 1L;

    public SfInterruptedException(SfCommand command, InterruptedException cause) {
        super(command, "Interrupted while '" + command.display() + "' was running; sf was stopped.", cause);
    }

    @Override
    public boolean isEnvironmentProblem() {
        return true;
    }
}
