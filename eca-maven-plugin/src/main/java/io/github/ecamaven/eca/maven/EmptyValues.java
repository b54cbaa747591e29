package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.ParameterValues;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The check every goal runs before it reads its parameters: an empty or blank value ({@code -Deca.targetOrg=}, of a
 * parameter of any type, a File too) and an empty item of a list ({@code -Deca.appNames=A,}, which Maven hands over
 * as {@code [A, null]}) fail the build naming the parameter, through {@link ParameterValues}. Which property sets
 * which parameter is the goal's descriptor's to say (its {@code ${mojoExecution}}), not a second table.
 */
final class EmptyValues {

    private EmptyValues() {}

    /**
     * Checks every parameter of {@code mojo} that an {@code eca.*} property sets. Without a descriptor (a mojo built
     * by hand in a test) there is nothing to go by.
     *
     * @param propertyText a property's text as the build has it, null when unset
     * @throws io.github.ecamaven.eca.failure.ConfigurationException naming the parameter and its property
     */
    static void refuse(AbstractMojo mojo, MojoExecution execution, Function<String, String> propertyText) {
        if (execution == null || execution.getMojoDescriptor() == null
                || execution.getMojoDescriptor().getParameters() == null) {
            return;
        }
        for (Parameter p : execution.getMojoDescriptor().getParameters()) {
            String property = StrictConfiguration.property(p);
            if (property == null) {
                continue;
            }
            String shown = "<" + p.getName() + "> (" + property + ")";
            Object value = fieldValue(mojo, p.getName());
            ParameterValues.text(shown, propertyText.apply(property));
            if (value instanceof String text) {
                ParameterValues.text(shown, text);
            } else if (value instanceof List<?> items
                    && items.stream().allMatch(i -> i == null || i instanceof String)) {
                ParameterValues.list(shown, items);
            }
        }
    }

    /** A property as Maven resolves {@code ${…}} in a descriptor: -D (user), system, then the POM's properties. */
    static String propertyOfTheBuild(String property, MavenSession session, MavenProject project) {
        for (Properties p : new Properties[] {session == null ? null : session.getUserProperties(),
                session == null ? null : session.getSystemProperties(),
                project == null ? null : project.getProperties()}) {
            String v = p == null ? null : p.getProperty(property);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Object fieldValue(AbstractMojo mojo, String name) {
        for (Class<?> c = mojo.getClass(); c != null && c != AbstractMojo.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(mojo);
            } catch (NoSuchFieldException e) {
                // declared by a superclass
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }
}
