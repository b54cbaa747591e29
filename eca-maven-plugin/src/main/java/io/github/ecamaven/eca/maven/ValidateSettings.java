package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.generate.GenerateRequest;
import io.github.ecamaven.eca.validate.ValidationRequest;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The profile and rule settings eca:validate uses in this build, read from the POM (an execution of the validate
 * goal, else the plugin configuration) and the {@code eca.validate.*} properties, so that eca:generate can refuse
 * what that eca:validate would reject.
 *
 * @param profile the profile name, or null for the default
 * @param rules the rule settings text, or null
 */
record ValidateSettings(String profile, String rules) {

    static final String PLUGIN_KEY = "io.github.ecamaven:eca-maven-plugin";

    /** The settings of {@code project}; -D properties (Maven makes them system properties) win over the POM. */
    static ValidateSettings of(MavenProject project) {
        return of(project, System.getProperties());
    }

    /** {@code request} checked with these settings. */
    GenerateRequest applyTo(GenerateRequest request) {
        return request.withValidation(profile, ValidationRequest.parseRuleSettings(rules));
    }

    /** The settings of {@code project}; {@code userProperties} (-D) win over the POM, as for eca:validate. */
    static ValidateSettings of(MavenProject project, Properties userProperties) {
        String profile = null;
        String rules = null;
        Plugin plugin = project == null ? null : project.getBuild() == null ? null
                : project.getBuild().getPluginsAsMap().get(PLUGIN_KEY);
        if (plugin != null) {
            Xpp3Dom config = (Xpp3Dom) plugin.getConfiguration();
            profile = child(config, "profile", project);
            rules = child(config, "rules", project);
            for (PluginExecution e : plugin.getExecutions()) {
                if (e.getGoals().contains("validate")) {
                    Xpp3Dom ec = (Xpp3Dom) e.getConfiguration();
                    profile = first(child(ec, "profile", project), profile);
                    rules = first(child(ec, "rules", project), rules);
                    break;
                }
            }
        }
        Properties props = project == null ? new Properties() : project.getProperties();
        profile = first(property(PropertyNames.VALIDATE_PROFILE, userProperties, props), profile);
        rules = first(property(PropertyNames.VALIDATE_RULES, userProperties, props), rules);
        return new ValidateSettings(profile, rules);
    }

    private static String child(Xpp3Dom config, String name, MavenProject project) {
        Xpp3Dom c = config == null ? null : config.getChild(name);
        String v = c == null ? null : c.getValue();
        if (v != null && v.startsWith("${") && v.endsWith("}")) { // a property reference: resolve what we can
            v = project.getProperties().getProperty(v.substring(2, v.length() - 1));
        }
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String property(String key, Properties user, Properties project) {
        String v = user != null ? user.getProperty(key) : null;
        return v != null ? v : project.getProperty(key);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
