package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaFailure;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import java.nio.file.Path;

/** sfdx-project.json cannot be read: not strict JSON, or not the expected shape. Names file, line and column. */
public class SfdxProjectException extends UnreadableFileException implements EcaFailure {

    private static final long serialVersionUID = 1L;

    public SfdxProjectException(Path file, int line, int column, String reason, Throwable cause) {
        super(file, line, column, reason, cause);
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
