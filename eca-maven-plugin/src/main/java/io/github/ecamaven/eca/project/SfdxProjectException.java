package io.github.ecamaven.eca.project;

import java.nio.file.Path;

/** sfdx-project.json cannot be read: not strict JSON, or not the expected shape. Names file, line and column. */
public class SfdxProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public SfdxProjectException(Path file, int line, int column, String reason, Throwable cause) {
        super(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
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
}
