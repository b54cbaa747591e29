package io.github.ecamaven.eca.model.io;

import java.nio.file.Path;

/**
 * A project file that cannot be read: too large, not UTF-8, a folder where a file belongs, or (as
 * {@link EcaXmlException}) not readable as metadata. The message reads {@code file:line:column: reason}; the reason is
 * a sentence in words, never a raw exception text.
 */
public class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public UnreadableFileException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(Path file, int line, int column, String reason) {
        String where = file == null ? "<input>" : file.toString();
        return where + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public SourcePosition position() {
        return new SourcePosition(line, column);
    }

    /** The sentence without the location. */
    public String reason() {
        return reason;
    }
}
