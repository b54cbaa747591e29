package io.github.ecamaven.eca.packaging;

/** {@code eca.wait} ran out before the package version build finished; the message says how to resume. */
public final class VersionCreateTimeoutException extends PackagingException {

    private static final long serialVersionUID = 1L;

    private final String requestId;

    public VersionCreateTimeoutException(String message, String requestId) {
        super(message, false);
        this.requestId = requestId;
    }

    /** The 08c request id, which is also recorded under {@code target/eca/}. */
    public String requestId() {
        return requestId;
    }
}
