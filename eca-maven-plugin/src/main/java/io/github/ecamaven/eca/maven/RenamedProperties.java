package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Refuses the earlier name of a property ({@link PropertyNames#RENAMED}) when -D or the POM's properties set it:
 * Maven would ignore the old name and the goal would run with the default instead.
 */
final class RenamedProperties {

    private RenamedProperties() {}

    /**
     * @param project the POM, or null when the goal runs without one
     * @throws MojoFailureException naming the old and the new property
     */
    static void refuse(String goal, String property, MavenSession session, MavenProject project)
            throws MojoFailureException {
        for (Map.Entry<String, String> e : PropertyNames.RENAMED.entrySet()) {
            boolean set = session != null && session.getUserProperties().getProperty(e.getKey()) != null
                    || project != null && project.getProperties().getProperty(e.getKey()) != null;
            if (e.getValue().equals(property) && set) {
                throw new MojoFailureException("eca:" + goal + " configuration: " + e.getKey() + " is now "
                        + property + " (<" + PropertyNames.element(property) + ">); rename it, else the goal would"
                        + " run with the default");
            }
        }
    }
}
