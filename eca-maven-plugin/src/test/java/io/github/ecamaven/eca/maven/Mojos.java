package io.github.ecamaven.eca.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.Log;

/**
 * The mojo tests' harness, all of it: a mojo is created with {@code new}, its parameters set with {@link #set} (as
 * Maven would inject them), its log replaced by a {@link RecordingMavenLog}. No container, no forked build.
 */
final class Mojos {

    private Mojos() {}

    /** Sets the field {@code name} (declared in the mojo's class or a superclass) and returns the mojo. */
    static <T> T set(T mojo, String name, Object value) {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(mojo, value);
                return mojo;
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(mojo.getClass().getSimpleName() + " has no field " + name);
    }

    /** Gives the mojo a recording log and returns it. */
    static RecordingMavenLog log(AbstractMojo mojo) {
        RecordingMavenLog log = new RecordingMavenLog();
        mojo.setLog(log);
        return log;
    }

    /** Copies {@code src/test/resources/mojo/<fixture>} into {@code target}. */
    static Path copyFixture(String fixture, Path target) {
        Path from = Path.of("src/test/resources/mojo").resolve(fixture);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Maven {@link Log} that keeps every line as {@code [LEVEL] message}, debug included. */
    static final class RecordingMavenLog implements Log {

        final List<String> lines = new ArrayList<>();

        String text() {
            return String.join("\n", lines);
        }

        private void add(String level, CharSequence message, Throwable t) {
            lines.add("[" + level + "] " + (message == null ? "" : message)
                    + (t == null ? "" : (message == null ? "" : " ") + t));
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(CharSequence content) {
            add("DEBUG", content, null);
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
            add("DEBUG", content, error);
        }

        @Override
        public void debug(Throwable error) {
            add("DEBUG", null, error);
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public void info(CharSequence content) {
            add("INFO", content, null);
        }

        @Override
        public void info(CharSequence content, Throwable error) {
            add("INFO", content, error);
        }

        @Override
        public void info(Throwable error) {
            add("INFO", null, error);
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(CharSequence content) {
            add("WARN", content, null);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            add("WARN", content, error);
        }

        @Override
        public void warn(Throwable error) {
            add("WARN", null, error);
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(CharSequence content) {
            add("ERROR", content, null);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            add("ERROR", content, error);
        }

        @Override
        public void error(Throwable error) {
            add("ERROR", null, error);
        }
    }
}
