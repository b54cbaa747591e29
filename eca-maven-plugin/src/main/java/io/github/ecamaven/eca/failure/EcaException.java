package io.github.ecamaven.eca.failure;

/** The base of the cores' checked exceptions; a subclass says who is to blame, fixed or per instance. */
public abstract class EcaException extends Exception implements EcaFailure {

    private static final long serialVersionUID = 1L;

    protected EcaException(String message, Throwable cause) {
        super(message, cause);
    }
}
