package io.github.ecamaven.eca.model.io;

import java.nio.file.Path;

/**
 * A file that cannot be read as metadata: malformed XML, a DOCTYPE, a wrong root element or namespace, or beyond one
 * of the {@link InputLimits}. The message reads {@code file:line:column: reason}.
 */
public class EcaXmlException extends UnreadableFileException {

    private static final long serialVersionUID = 1L;

    public EcaXmlException(Path file, int line, int column, String reason, Throwable cause) {
        super(file, line, column, reason, cause);
    }

    /** The same problem as an XML reading error. */
    public static EcaXmlException of(UnreadableFileException e) {
        return e instanceof EcaXmlException x ? x
                : new EcaXmlException(e.file(), e.line(), e.column(), e.reason(), e.getCause());
    }
}
