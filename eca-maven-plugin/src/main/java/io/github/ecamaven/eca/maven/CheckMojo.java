package io.github.ecamaven.eca.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails when the committed External Client App files, package.xml or sfdx-project.json differ from the
 * configuration, listing each file and field; changes nothing. The same as
 * {@code eca:generate -Deca.generate.check=true}, and takes the same parameters.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends GenerateMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "eca.check.skip", defaultValue = "false")
    protected String skipCheck;

    @Override
    protected String goalName() {
        return "check";
    }

    @Override
    protected Setting goalSkip() {
        return new Setting("skipCheck", skipCheck);
    }

    @Override
    protected boolean checkOnly() throws MojoFailureException {
        // inherited from eca:generate without effect here, but a typo is an error here too
        flag(check, "check", "eca.generate.check");
        flag(skipGenerate, "skipGenerate", "eca.generate.skip");
        return true;
    }
}
