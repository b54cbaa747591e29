package io.github.ecamaven.eca.model.io;

import java.io.IOException;

/**
 * A place the plugin was told to write that it must not: outside the project (also through a symlink), a file where
 * a folder is needed, or a folder with files the plugin did not create. The user's configuration is wrong, not the
 * machine; the message names the parameter and the fix, and nothing was written.
 */
public class OutputPathException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputPathException(String message) {
        super(message);
    }
}
