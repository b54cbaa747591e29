package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import java.io.File;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.project.MavenProject;
import org.assertj.core.api.SoftAssertions;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the descriptor gives every goal before the user sets anything: each required parameter a value, each default
 * a resolved one (a default naming an expression Maven cannot resolve stays as {@code ${…}} text and would be found
 * only by a forked build), and a goal's own setting in the POM wins over the default.
 */
@ExtendWith(GoalExtension.class)
class GoalDefaultsTest {

    @Test
    void everyRequiredParameterGetsAValueAndEveryDefaultResolves(Goals goals) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        int defaults = 0;
        for (String goal : Mojos.goals()) {
            Mojo mojo = goals.goal(goal);
            MojoDescriptor d = Mojos.descriptor(goal);
            for (Parameter p : d.getParameters()) {
                Object value = MojoExtension.getVariableValueFromObject(mojo, p.getName());
                PlexusConfiguration c = d.getMojoConfiguration().getChild(p.getName(), false);
                String dflt = c == null ? null : c.getAttribute("default-value", null);
                String shown = "eca:" + goal + " <" + p.getName() + "> (default '" + dflt + "')";
                if (p.isRequired()) {
                    softly.assertThat(value).as(shown + ", required").isNotNull();
                }
                if (dflt != null && !dflt.isEmpty()) {
                    defaults++;
                    softly.assertThat(value).as(shown).isNotNull();
                    if (value instanceof String || value instanceof File) {
                        softly.assertThat(value.toString()).as(shown).doesNotContain("${");
                    }
                }
            }
        }
        softly.assertThat(defaults).as("defaults checked").isGreaterThan(100);
        softly.assertAll();
    }

    @Test
    void theHarnessRunsWithoutMavenCompat() {
        assertThatThrownBy(() -> Class.forName("org.apache.maven.repository.legacy.LegacyRepositorySystem"))
                .as("maven-compat's repository system on the test class path").isInstanceOf(
                        ClassNotFoundException.class);
    }

    @Test
    void theBuildDirectoryDefaultsResolveInTheProject(Goals goals) throws Exception {
        MavenProject project = goals.project();
        for (String goal : new String[] {"validate", "migrate", "retrieve"}) {
            assertThat(MojoExtension.getVariableValueFromObject(goals.goal(goal), "reportDirectory")).as(goal)
                    .isEqualTo(new File(project.getBuild().getDirectory(), "eca"));
        }
        assertThat(MojoExtension.getVariableValueFromObject(goals.goal("validate"), "projectDirectory"))
                .isEqualTo(project.getBasedir());
    }

    /** The harness's own way: the goal as a test parameter, a POM setting from the annotation. */
    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnSeverity", value = "warning")
    void aPomSettingWinsOverTheDefaultAndAPropertyDoesNot(ValidateMojo mojo, Goals goals) throws Exception {
        assertThat(MojoExtension.getVariableValueFromObject(mojo, "failOnSeverity")).isEqualTo("warning");
        assertThat(MojoExtension.getVariableValueFromObject(mojo, "profile")).isEqualTo("default");
        Mojo fromProperty = goals.property(PropertyNames.VALIDATE_FAIL_ON_SEVERITY, "info")
                .goal("validate", "<failOnSeverity>warning</failOnSeverity>");
        assertThat(MojoExtension.getVariableValueFromObject(fromProperty, "failOnSeverity"))
                .as("Maven: the POM's value wins over -D").isEqualTo("warning");
        Mojo onlyProperty = goals.goal("validate");
        assertThat(MojoExtension.getVariableValueFromObject(onlyProperty, "failOnSeverity")).isEqualTo("info");
    }
}
