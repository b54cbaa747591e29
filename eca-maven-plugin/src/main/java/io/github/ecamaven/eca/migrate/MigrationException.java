package io.github.ecamaven.eca.migrate;

/** The project's content stops the migration (a refused app, an unknown app name, a missing confirmation …). */
public class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }
}
