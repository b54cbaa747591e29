package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import io.github.ecamaven.eca.text.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The check every goal runs first: a typo in the configuration fails the build with the closest real name, on every
 * Maven (3.6.3 and 3.8 ignore an unknown element silently, 3.9 only warns, and none looks at properties). What is
 * real is the plugin descriptor's to say, for every goal of the plugin, since a build's {@code -D} properties and the
 * plugin-level {@code <configuration>} reach every goal it runs:
 * <ul>
 *   <li>an {@code eca.*} property of {@code -D} or the POM's {@code <properties>} that no goal of the plugin reads
 *       (an earlier name, {@link PropertyNames#RENAMED}, is named with its new one);</li>
 *   <li>a child of the plugin's {@code <configuration>} (plugin level, or the execution's) that is no parameter of
 *       any goal. Maven drops such an element from the configuration it hands the goal
 *       ({@code MojoExecution.getConfiguration()}), so this reads it where Maven takes it from: the POM's
 *       {@code <plugin>} in {@code <build>} (or {@code <pluginManagement>}), the execution's own configuration when
 *       the run has one, else the plugin's.</li>
 * </ul>
 * Without a descriptor (a goal built by hand) there is nothing to go by.
 */
final class StrictConfiguration {

    private StrictConfiguration() {}

    /**
     * @param project the POM, or null (or Maven's stub) when the goal runs without one
     * @throws ConfigurationException naming the property or element, where it is written and the closest real one
     */
    static void refuse(MojoExecution execution, MavenSession session, MavenProject project) {
        PluginDescriptor plugin = execution == null || execution.getMojoDescriptor() == null ? null
                : execution.getMojoDescriptor().getPluginDescriptor();
        if (plugin == null || plugin.getMojos() == null) {
            return;
        }
        refuseProperties(plugin, session == null ? null : session.getUserProperties(), name -> "-D" + name, true);
        // a POM property of the user's own under eca.* (the plugin's version, say) is the user's business; refused there are only the
        // spellings that can mean nothing but one of ours: a renamed property, or a real one in other letter case
        refuseProperties(plugin, project == null ? null : project.getProperties(),
                name -> "<" + name + "> in the POM's <properties>", false);
        refuseElements(plugin, execution, project);
    }

    /** Every property a goal of the plugin reads, e.g. {@code eca.targetOrg}. */
    static Set<String> properties(PluginDescriptor plugin) {
        Set<String> names = new TreeSet<>();
        for (MojoDescriptor goal : plugin.getMojos()) {
            for (Parameter p : parameters(goal)) {
                String property = property(p);
                if (property != null) {
                    names.add(property);
                }
            }
        }
        return names;
    }

    /** The {@code eca.*} property that sets an editable parameter ({@code ${eca.targetOrg}}), or null. */
    static String property(Parameter p) {
        String e = p.getExpression();
        return p.isEditable() && e != null && e.matches("\\$\\{eca\\.[^}]+}") ? e.substring(2, e.length() - 1)
                : null;
    }

    /** @param every refuse every unknown {@code eca.*} name, else only those that differ from ours in case */
    private static void refuseProperties(PluginDescriptor plugin, Properties properties,
            Function<String, String> shown, boolean every) {
        if (properties == null) {
            return;
        }
        Set<String> known = properties(plugin);
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (!name.startsWith("eca.") || known.contains(name)) {
                continue;
            }
            String renamed = PropertyNames.RENAMED.get(name);
            if (renamed != null) {
                throw new ConfigurationException(name + " is now " + renamed + " (<" + PropertyNames.element(renamed)
                        + ">); rename it, else the goal would run with the default");
            }
            String closest = every ? DidYouMean.closest(name, known)
                    : known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (closest == null && !every) {
                continue;
            }
            throw new ConfigurationException(shown.apply(name) + " is no property of " + plugin.getArtifactId()
                    + (closest == null ? "." : DidYouMean.quoted(closest)) + " No goal reads it, so it would be"
                    + " ignored: " + (closest == null ? "remove it, or take the property from the goal's page"
                            : "rename it"));
        }
    }

    private static void refuseElements(PluginDescriptor plugin, MojoExecution execution, MavenProject project) {
        Xpp3Dom configuration = rawConfiguration(plugin, execution, project);
        if (configuration == null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        Set<String> editable = new LinkedHashSet<>();
        for (MojoDescriptor goal : plugin.getMojos()) {
            for (Parameter p : parameters(goal)) {
                known.add(p.getName());
                if (p.getAlias() != null) {
                    known.add(p.getAlias());
                }
                if (p.isEditable()) {
                    editable.add(p.getName());
                }
            }
        }
        Set<String> own = new LinkedHashSet<>();
        parameters(execution.getMojoDescriptor()).stream().filter(Parameter::isEditable).forEach(p -> own.add(
                p.getName()));
        for (Xpp3Dom child : configuration.getChildren()) {
            String name = child.getName();
            if (known.contains(name)) {
                continue;
            }
            String closest = DidYouMean.closest(name, own);
            if (closest == null) {
                closest = DidYouMean.closest(name, editable);
            }
            throw new ConfigurationException("<" + name + "> in the <configuration> of " + plugin.getArtifactId()
                    + " (" + location(child, project) + ") is no parameter of any of its goals"
                    + (closest == null ? "." : DidYouMean.phrase("<" + closest + ">")) + " Maven would ignore it and"
                    + " the goal would run without it: " + (closest == null
                            ? "remove it, or take the parameter from the goal's page" : "rename it"));
        }
    }

    /** The POM's configuration of this run, as Maven reads it before it drops what the goal does not know. */
    private static Xpp3Dom rawConfiguration(PluginDescriptor plugin, MojoExecution execution, MavenProject project) {
        if (project == null || project.getModel() == null || project.getModel().getBuild() == null) {
            return null;
        }
        Plugin p = find(plugin, project.getBuildPlugins());
        if (p == null && project.getPluginManagement() != null) {
            p = find(plugin, project.getPluginManagement().getPlugins());
        }
        if (p == null) {
            return null;
        }
        String id = execution.getExecutionId();
        for (PluginExecution e : p.getExecutions()) {
            if (id != null && id.equals(e.getId())) {
                return dom(e.getConfiguration());
            }
        }
        return dom(p.getConfiguration());
    }

    /** The configuration as Maven 3 models it; null for none (or another model of a later Maven). */
    private static Xpp3Dom dom(Object configuration) {
        return configuration instanceof Xpp3Dom d ? d : null;
    }

    private static Plugin find(PluginDescriptor plugin, List<Plugin> plugins) {
        for (Plugin p : plugins == null ? List.<Plugin>of() : plugins) {
            if (plugin.getArtifactId().equals(p.getArtifactId()) && plugin.getGroupId().equals(p.getGroupId())) {
                return p;
            }
        }
        return null;
    }

    private static List<Parameter> parameters(MojoDescriptor goal) {
        return goal == null || goal.getParameters() == null ? List.of() : new ArrayList<>(goal.getParameters());
    }

    /** {@code /path/pom.xml, line 12, column 11} where Maven recorded it, else the POM's file. */
    private static String location(Xpp3Dom element, MavenProject project) {
        String pom = project.getFile() == null ? "the POM" : project.getFile().getPath();
        if (element.getInputLocation() instanceof InputLocation l && l.getLineNumber() > 0) {
            String file = l.getSource() == null || l.getSource().getLocation() == null ? pom
                    : l.getSource().getLocation();
            return file + ", line " + l.getLineNumber() + ", column " + l.getColumnNumber();
        }
        return pom;
    }
}
