package io.github.ecamaven.eca.failure;

import io.github.ecamaven.eca.model.io.FileWriteException;
import io.github.ecamaven.eca.model.io.OutputPathException;
import io.github.ecamaven.eca.model.io.UnreadableFileException;
import java.util.List;

/**
 * Who is to blame for any exception a goal's core call ends in: the plugin's own say it themselves
 * ({@link EcaFailure}); the exceptions of {@code eca-model}, which cannot know this package, are placed here; anything
 * else (an {@code IOException} of the disk, a bug) is the environment's.
 */
public final class Failures {

    /**
     * The exceptions of {@code eca-model} that are the user's: a project file that cannot be read (with file, line
     * and column), a place the user named that must not be written.
     */
    public static final List<Class<? extends Exception>> MODEL_CONTENT = List.of(UnreadableFileException.class,
            OutputPathException.class);

    /** The exceptions of {@code eca-model} that are the environment's: the disk refused a write. */
    public static final List<Class<? extends Exception>> MODEL_ENVIRONMENT = List.of(FileWriteException.class);

    private Failures() {}

    public static Blame blame(Throwable e) {
        if (e instanceof EcaFailure f) {
            return f.blame();
        }
        return MODEL_CONTENT.stream().anyMatch(c -> c.isInstance(e)) ? Blame.CONTENT : Blame.ENVIRONMENT;
    }
}
