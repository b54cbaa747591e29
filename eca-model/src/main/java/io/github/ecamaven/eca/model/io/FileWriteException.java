package io.github.ecamaven.eca.model.io;

import java.io.IOException;

/**
 * A file that could not be written, with the target file and the cause in words (never the temp file's name or the
 * JDK's bare exception text).
 */
public class FileWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    public FileWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
