package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaException;

/** The project's content stops the migration (a refused app, an unknown app name, a missing confirmation …). */
public class MigrationException extends EcaException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message, null);
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
