package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails when the committed External Client App files, package.xml or sfdx-project.json differ from the
 * configuration, listing each file and field; changes nothing. The same as
 * {@code eca:generate -Deca.generate.check=true}, with the same parameters but that switch and the skip.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", configurator = EcaConfigurator.HINT, defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractGenerateMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CHECK_SKIP, defaultValue = "false")
    private String skipCheck;

    @Override
    protected String goalName() {
        return "check";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipCheck", skipCheck, PropertyNames.CHECK_SKIP);
    }

    @Override
    protected boolean checkOnly() {
        return true;
    }
}
