package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Refuses the earlier name of a property ({@link PropertyNames#RENAMED}) when -D or the POM's properties set it:
 * Maven would ignore the old name and the goal would run with the default instead.
 */
final class RenamedProperties {

    private RenamedProperties() {}

    /**
     * @param project the POM, or null when the goal runs without one
     * @throws ConfigurationException naming the old and the new property
     */
    static void refuse(String property, MavenSession session, MavenProject project) {
        for (Map.Entry<String, String> e : PropertyNames.RENAMED.entrySet()) {
            boolean set = session != null && session.getUserProperties().getProperty(e.getKey()) != null
                    || project != null && project.getProperties().getProperty(e.getKey()) != null;
            if (e.getValue().equals(property) && set) {
                throw new ConfigurationException(e.getKey() + " is now "
                        + property + " (<" + PropertyNames.element(property) + ">); rename it, else the goal would"
                        + " run with the default");
            }
        }
    }
}
