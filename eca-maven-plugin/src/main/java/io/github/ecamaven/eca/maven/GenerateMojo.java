package io.github.ecamaven.eca.maven;

import io.github.ecamaven.eca.maven.internal.EcaConfigurator;
import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the External Client App files declared in {@code <apps>}, package.xml and sfdx-project.json, merging into
 * existing files (values the configuration does not manage stay); a rerun with nothing changed writes nothing. With
 * {@code -Deca.generate.check=true} it changes nothing and fails when the files differ from the configuration.
 * What eca:validate would reject with the same {@code <profile>} and {@code <rules>} is refused before anything is
 * written.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", configurator = EcaConfigurator.HINT,
        defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {

    /**
     * Change nothing; fail listing every file and field that differs from the configuration (for CI), as eca:check.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.GENERATE_CHECK, defaultValue = "false")
    private String check;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.GENERATE_SKIP, defaultValue = "false")
    private String skipGenerate;

    @Override
    protected String goalName() {
        return "generate";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipGenerate", skipGenerate, PropertyNames.GENERATE_SKIP);
    }

    @Override
    protected boolean checkOnly() {
        return flag(check, PropertyNames.GENERATE_CHECK);
    }
}
