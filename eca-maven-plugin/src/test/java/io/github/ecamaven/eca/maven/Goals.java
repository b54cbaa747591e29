package io.github.ecamaven.eca.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Goals of this plugin as Maven builds them for {@code mvn eca:<goal> -Dname=value} in a project with a POM: through
 * maven-plugin-testing-harness ({@link GoalExtension}), so every parameter gets its descriptor's default, its
 * property and Maven's conversion; nothing is set by hand. One per test method; the goals it builds share the
 * project folder {@link #dir()}, the session and the {@link #log()}.
 */
final class Goals {

    private final GoalExtension extension;
    private final ExtensionContext context;
    private final Path dir;
    private final MavenSession session;
    private final Mojos.RecordingMavenLog log;

    Goals(GoalExtension extension, ExtensionContext context, Path dir, MavenSession session,
            Mojos.RecordingMavenLog log) {
        this.extension = extension;
        this.context = context;
        this.dir = dir;
        this.session = session;
        this.log = log;
    }

    /** The project folder: the POM's, {@code ${project.basedir}}; {@code target} in it is the build directory. */
    Path dir() {
        return dir;
    }

    /** The session of the goals: {@code -D} properties, the project; what Maven's expression evaluator reads. */
    MavenSession session() {
        return session;
    }

    MavenProject project() {
        return session.getCurrentProject();
    }

    /** {@code -Dname=value} for the goals built after this call; a null value takes it away again. */
    Goals property(String name, String value) {
        if (value == null) {
            session.getUserProperties().remove(name);
        } else {
            session.getUserProperties().setProperty(name, value);
        }
        return this;
    }

    /** A {@code <server>} of settings.xml. */
    Goals server(String id, String password) {
        Server s = new Server();
        s.setId(id);
        s.setPassword(password);
        session.getRequest().addServer(s);
        return this;
    }

    /** The log every goal of this test writes to, debug included. */
    Mojos.RecordingMavenLog log() {
        return log;
    }

    /** {@code eca:<goal>} with a POM that does not configure the plugin. */
    <T extends Mojo> T goal(String goal) {
        return goal(goal, "");
    }

    /**
     * {@code eca:<goal>} with a POM ({@link #dir()}{@code /pom.xml}, written here) whose plugin has
     * {@code <configuration>configuration</configuration>}.
     */
    @SuppressWarnings("unchecked")
    <T extends Mojo> T goal(String goal, String configuration) {
        String pom = "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.example</groupId>\n"
                + "  <artifactId>goal-test</artifactId>\n  <version>1</version>\n  <build>\n    <plugins>\n"
                + "      <plugin>\n        <groupId>io.github.ecamaven</groupId>\n"
                + "        <artifactId>eca-maven-plugin</artifactId>\n"
                + "        <configuration>" + configuration + "</configuration>\n      </plugin>\n"
                + "    </plugins>\n  </build>\n</project>\n";
        try {
            Files.writeString(dir.resolve("pom.xml"), pom);
            return (T) extension.build(context, goal, pom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("eca:" + goal + ": " + e.getMessage(), e);
        }
    }
}
