package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.failure.Blame;

import io.github.ecamaven.eca.config.PropertyNames;
import java.time.Duration;

/** sf ran longer than {@code eca.sfTimeout}; the process and its children were killed. */
public final class SfTimeoutException extends SfCliException {

    private static final long serialVersionUID = 1L;

    public SfTimeoutException(SfCommand command, Duration timeout) {
        super(command, "'" + command.display() + "' did not finish within " + timeout.toSeconds()
                + " s and was killed with its child processes; raise -D" + PropertyNames.SF_TIMEOUT
                + " (seconds) if it needs longer.",
                null);
    }

    @Override
    public Blame blame() {
        return Blame.ENVIRONMENT;
    }
}
