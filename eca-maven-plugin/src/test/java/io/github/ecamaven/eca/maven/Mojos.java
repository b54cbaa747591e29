package io.github.ecamaven.eca.maven;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.expression.TypeAwareExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;

/**
 * The mojo tests' harness, all of it: a mojo is created with {@code new}, its parameters set with {@link #set} (as
 * Maven would inject them), its log replaced by a {@link RecordingMavenLog}. No container, no forked build. Where
 * the test is about what Maven makes of a property's text, {@link #configure} runs Maven's own configurator.
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

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

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

    /**
     * Configures {@code mojo} the way Maven does for {@code mvn eca:<goal> -Dname=value…}: the goal's parameters
     * ({@code <appNames>${eca.appNames}</appNames>}, with their defaults) through Maven's own configurator and
     * converters, which split a list at commas and turn an empty item into null. {@code ${name}} resolves from
     * {@code properties}, {@code ${project.basedir}} and {@code ${project.build.directory}} from {@code basedir};
     * the read-only parameters (project, session) stay for the test to set. The mojo also gets the descriptor, as
     * its {@code ${mojoExecution}}, and {@code properties} as the build's properties.
     *
     * @throws ComponentConfigurationException when Maven itself refuses a value (an int that is no number)
     */
    static <T extends AbstractEcaMojo> T configure(T mojo, String goal, Path basedir, Map<String, String> properties)
            throws ComponentConfigurationException {
        MojoDescriptor d = descriptor(goal);
        XmlPlexusConfiguration conf = new XmlPlexusConfiguration("configuration");
        for (PlexusConfiguration c : d.getMojoConfiguration().getChildren()) {
            String value = c.getValue(null);
            if (value != null && value.startsWith("${eca.")) {
                XmlPlexusConfiguration copy = new XmlPlexusConfiguration(c.getName());
                copy.setValue(value);
                for (String a : c.getAttributeNames()) {
                    copy.setAttribute(a, c.getAttribute(a));
                }
                conf.addChild(copy);
            }
        }
        Function<String, String> lookup = name -> switch (name) {
            case "project.basedir" -> basedir.toString();
            case "project.build.directory" -> basedir.resolve("target").toString();
            default -> properties.get(name);
        };
        TypeAwareExpressionEvaluator evaluator = new TypeAwareExpressionEvaluator() {
            @Override
            public Object evaluate(String expression, Class<?> type) {
                return evaluate(expression);
            }

            @Override
            public Object evaluate(String expression) {
                if (expression == null) {
                    return null;
                }
                Matcher m = EXPRESSION.matcher(expression);
                if (m.matches()) {
                    return lookup.apply(m.group(1)); // null when unset, as Maven's evaluator
                }
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    String v = lookup.apply(m.group(1));
                    m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
                }
                return m.appendTail(b).toString();
            }

            @Override
            public File alignToBaseDirectory(File file) {
                return file.isAbsolute() ? file : new File(basedir.toFile(), file.getPath());
            }
        };
        try {
            ClassWorld world = new ClassWorld("eca-test", Mojos.class.getClassLoader());
            new BasicComponentConfigurator().configureComponent(mojo, conf, evaluator,
                    world.getClassRealm("eca-test"));
        } catch (ComponentConfigurationException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        set(mojo, "mojoExecution", new MojoExecution(d));
        Function<String, String> text = properties::get;
        return set(mojo, "propertyText", text);
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
