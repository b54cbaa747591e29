package io.github.ecamaven.eca.model.io;

/** A 1-based line and column in a file; column 0 means "the whole line". */
public record SourcePosition(int line, int column) {

    /** Where a finding about a whole file points. */
    public static final SourcePosition FILE = new SourcePosition(1, 0);

    @Override
    public String toString() {
        return column > 0 ? line + ":" + column : String.valueOf(line);
    }
}
