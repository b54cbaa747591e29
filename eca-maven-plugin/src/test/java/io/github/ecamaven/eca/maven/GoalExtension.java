package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.PlexusContainer;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * maven-plugin-testing-harness's {@link MojoExtension} (a Plexus container per test with the goals of the plugin.xml
 * this build generated, configured by Maven's own configurator from a POM and the descriptor's defaults), given what a
 * build with a POM has: a real {@link MavenProject} whose POM is in a fresh folder ({@code target} its build
 * directory) and a real {@link MavenSession} whose request carries the {@code -D} properties and settings.xml's
 * servers. A test method takes {@link Goals} to build goals in its body, or a mojo with {@code @InjectMojo}.
 */
public class GoalExtension extends MojoExtension {

    private static final ExtensionContext.Namespace GOALS = ExtensionContext.Namespace.create(GoalExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Path dir = Files.createTempDirectory("eca-goal-");
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dir.resolve("target").toString());
        MavenExecutionRequest request = new DefaultMavenExecutionRequest().setBaseDirectory(dir.toFile());
        @SuppressWarnings("deprecation") // the constructor Maven 3.6.3 itself calls
        MavenSession session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        session.setCurrentProject(project);
        Mojos.RecordingMavenLog log = new Mojos.RecordingMavenLog();
        PlexusContainer container = getContainer(context);
        container.addComponent(project, MavenProject.class, "default");
        container.addComponent(session, MavenSession.class, "default");
        container.addComponent(log, Log.class, "default");
        context.getStore(GOALS).put(Goals.class, new Goals(this, context, dir, session, log));
        context.getStore(GOALS).put("cleanup", (ExtensionContext.Store.CloseableResource) () -> delete(dir));
        super.beforeEach(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Goals.class || super.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Goals.class ? context.getStore(GOALS).get(Goals.class)
                : super.resolveParameter(parameter, context);
    }

    /** The goal configured by the harness from the POM's {@code <plugin>} configuration and the descriptor. */
    Mojo build(ExtensionContext context, String goal, String pom) throws Exception {
        PluginDescriptor plugin = context.getStore(ExtensionContext.Namespace.create("MojoExtension"))
                .get(PluginDescriptor.class, PluginDescriptor.class);
        Xpp3Dom configuration = extractPluginConfiguration(plugin.getArtifactId(),
                Xpp3DomBuilder.build(new StringReader(pom)));
        // the project's model has the POM's <plugin>, as in Maven: a goal reads its raw configuration from there
        Plugin inPom = new Plugin();
        inPom.setGroupId(plugin.getGroupId());
        inPom.setArtifactId(plugin.getArtifactId());
        inPom.setConfiguration(new Xpp3Dom(configuration));
        getContainer(context).lookup(MavenProject.class).getBuild().setPlugins(new ArrayList<>(List.of(inPom)));
        MojoDescriptor descriptor = plugin.getMojo(goal);
        if (descriptor != null && descriptor.getComponentConfigurator() != null) {
            // Maven configures the goal with the configurator its descriptor names (the harness always takes the
            // basic one): look it up as Maven does, and let it see the configuration first
            ComponentConfigurator configurator = getContainer(context).lookup(ComponentConfigurator.class,
                    descriptor.getComponentConfigurator());
            if (configurator instanceof EcaConfigurator) {
                EcaConfigurator.refuseUnknownAppElements(new XmlPlexusConfiguration(configuration));
            }
        }
        return lookupMojo(context, mojoCoordinates(goal, plugin), configuration, plugin);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
