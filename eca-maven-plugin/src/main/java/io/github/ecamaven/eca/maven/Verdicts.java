package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.Failures;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one translation of every goal's failures into Maven's two verdicts: the user's content or configuration
 * ({@link Blame#CONTENT}) fails the build with MojoFailureException, a broken environment stops it with
 * MojoExecutionException. Either keeps the exception as its cause, and every message starts with the goal
 * ({@code eca:deploy: …}); the core's message follows unchanged (it ends with the fix and holds no secret).
 */
final class Verdicts {

    private Verdicts() {}

    /**
     * The verdict on {@code e}, thrown by {@code eca:<goal>}.
     *
     * @param goal the goal, e.g. {@code deploy}
     */
    static Exception of(String goal, Exception e) {
        if (e instanceof MojoFailureException f) { // the goal's own verdict, e.g. findings above the threshold
            return new MojoFailureException(message(goal, f), f.getCause());
        }
        if (e instanceof MojoExecutionException x) { // e.g. a settings.xml server the environment lacks
            return new MojoExecutionException(message(goal, x), x.getCause());
        }
        return Failures.blame(e) == Blame.CONTENT ? new MojoFailureException(message(goal, e), e)
                : new MojoExecutionException(message(goal, e), e);
    }

    /** Throws {@link #of}. */
    static void fail(String goal, Exception e) throws MojoExecutionException, MojoFailureException {
        Exception verdict = of(goal, e);
        if (verdict instanceof MojoFailureException f) {
            throw f;
        }
        throw (MojoExecutionException) verdict;
    }

    private static String message(String goal, Exception e) {
        String prefix = "eca:" + goal;
        String text = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        if (e.getClass().getName().startsWith("java.")) { // the JDK's words, not a sentence of the plugin
            text = e instanceof IOException ? "could not read or write a file (" + e + "); check that the path"
                    + " exists and that the build may read and write there" : e.toString();
        }
        if (text.startsWith(prefix + ":") || text.startsWith(prefix + " ")) {
            return text; // named the goal already: never twice
        }
        return prefix + ": " + text;
    }
}
