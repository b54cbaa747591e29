package io.github.ecamaven.eca.maven.internal;

import io.github.ecamaven.eca.generate.AppSettings;
import io.github.ecamaven.eca.project.RunAsUser;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * The configurator of the goals that take {@code <apps>} ({@code @Mojo(configurator = "eca")}, declared to Maven in
 * {@code META-INF/plexus/components.xml}): Maven's own, after a look at the raw {@code <apps>}. Maven would fail on an
 * unknown child of {@code <app>} with "Cannot find 'contactEmial' in class …EcaApp" while it configures the goal,
 * before the goal runs; this names the closest element and the reference page instead ({@link AppSettings}). It also
 * reads {@code <clientCredentialsUser>} as written: Maven replaces a whole {@code ${targetOrg.username}} with null, so
 * only here can the plugin tell the user to write the {@code @{…}} template ({@link RunAsUser}).
 */
public class EcaConfigurator extends BasicComponentConfigurator {

    /** The role hint the goals name. */
    public static final String HINT = "eca";

    /** The {@code <app>} element of the client-credentials run-as user, whose templates {@link RunAsUser} reads. */
    private static final String RUN_AS_USER = AppSettings.get("clientCredentialsUser").element();

    @Override
    public void configureComponent(Object component, PlexusConfiguration configuration, ExpressionEvaluator evaluator,
            ClassRealm realm, ConfigurationListener listener) throws ComponentConfigurationException {
        refuseUnknownAppElements(configuration);
        super.configureComponent(component, configuration, evaluator, realm, listener);
    }

    /**
     * Fails on the first child of an {@code <app>} in {@code <apps>} that is no {@code <app>} element.
     *
     * @param configuration the goal's configuration, {@code <configuration>} with the parameters as children
     */
    public static void refuseUnknownAppElements(PlexusConfiguration configuration)
            throws ComponentConfigurationException {
        PlexusConfiguration apps = configuration == null ? null : configuration.getChild("apps", false);
        if (apps == null) {
            return;
        }
        for (int i = 0; i < apps.getChildCount(); i++) {
            PlexusConfiguration app = apps.getChild(i);
            PlexusConfiguration name = app.getChild("name", false);
            String where = "<apps><" + app.getName() + ">"
                    + (name != null && name.getValue(null) != null ? " " + name.getValue(null).strip()
                            : " #" + (i + 1));
            for (PlexusConfiguration element : app.getChildren()) {
                String problem = AppSettings.unknownElement(element.getName(), where);
                if (problem != null) {
                    throw new ComponentConfigurationException(apps, problem);
                }
                String raw = element.getValue(null);
                if (RUN_AS_USER.equals(element.getName()) && raw != null && raw.contains("${")) {
                    // the raw text: Maven would turn a whole ${targetOrg.username} into null before the goal sees
                    // it; every other malformed template reaches eca:generate, which names it with the other problems
                    String template = RunAsUser.problem(raw);
                    if (template != null) {
                        throw new ComponentConfigurationException(apps, where + ": <" + RUN_AS_USER + ">: "
                                + template);
                    }
                }
            }
        }
    }
}
