package io.github.ecamaven.eca.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.plugin.logging.Log;

/**
 * What the goal tests share besides {@link Goals}: the goals and parameters of the plugin.xml this build generated
 * (read once, for the lists a parameterized test runs over), the fixtures, and the log that records every line.
 */
final class Mojos {

    private Mojos() {}

    private static PluginDescriptor plugin;

    /** The goals of the plugin.xml this build generated, without {@code help}. */
    static List<String> goals() {
        descriptor("validate");
        return plugin.getMojos().stream().map(MojoDescriptor::getGoal).filter(g -> !g.equals("help")).toList();
    }

    /** The goal's descriptor from the plugin.xml this build generated (read once; the tests only read it). */
    static synchronized MojoDescriptor descriptor(String goal) {
        if (plugin == null) {
            try (Reader r = Files.newBufferedReader(Path.of("target/classes/META-INF/maven/plugin.xml"))) {
                plugin = new PluginDescriptorBuilder().build(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        MojoDescriptor d = plugin.getMojo(goal);
        if (d == null) {
            throw new IllegalArgumentException("no goal " + goal);
        }
        return d;
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
