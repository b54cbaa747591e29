package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaException;

/** A check failed: the project, the org or the Nango integration must change, as the report says. */
public final class DoctorException extends EcaException {

    private static final long serialVersionUID = 1L;

    public DoctorException(String message) {
        super(message, null);
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
