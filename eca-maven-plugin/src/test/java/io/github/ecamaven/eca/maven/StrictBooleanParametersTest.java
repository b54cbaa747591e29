package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.failure.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every boolean parameter of every goal is read strictly: Maven's own conversion ({@code Boolean.valueOf}) turns a
 * typo such as {@code <check>maybe</check>} into false, so no parameter may have a boolean type, and each one that
 * defaults to true or false fails the build on any other value, naming its element and property.
 */
@ExtendWith(GoalExtension.class)
class StrictBooleanParametersTest {

    /** A parameter of the descriptor: its goal, name, type, property and default. */
    private record Param(String goal, String name, String type, String property, String dflt) {

        boolean isFlag() {
            return "true".equals(dflt) || "false".equals(dflt);
        }
    }

    private static List<Param> parameters() {
        List<Param> out = new ArrayList<>();
        for (String goal : Mojos.goals()) {
            MojoDescriptor d = Mojos.descriptor(goal);
            for (Parameter p : d.getParameters()) {
                PlexusConfiguration c = d.getMojoConfiguration().getChild(p.getName(), false);
                String expression = c == null ? null : c.getValue(null);
                String property = expression == null || !expression.startsWith("${")
                        ? null : expression.substring(2, expression.length() - 1);
                out.add(new Param(goal, p.getName(), p.getType(), property,
                        c == null ? null : c.getAttribute("default-value", null)));
            }
        }
        return out;
    }

    @Test
    void noParameterHasABooleanType() {
        assertThat(parameters()).filteredOn(p -> p.type().equals("boolean") || p.type().equals("java.lang.Boolean"))
                .as("parameters Maven would read with Boolean.valueOf").isEmpty();
    }

    @Test
    void everyBooleanParameterRefusesATypoNamingItsElementAndProperty(Goals goals) {
        int checked = 0;
        List<String> lenient = new ArrayList<>();
        for (Param flag : parameters().stream().filter(Param::isFlag).toList()) {
            Mojo mojo = goals.property(flag.property(), "maybe").goal(flag.goal());
            try {
                mojo.execute();
                lenient.add(flag.goal() + " " + flag.name() + ": accepted 'maybe'");
            } catch (MojoFailureException e) {
                if (!e.getMessage().contains("<" + flag.name() + "> (" + flag.property() + "): 'maybe' is not a"
                        + " boolean; write true or false")) {
                    lenient.add(flag.goal() + " " + flag.name() + ": " + e.getMessage());
                }
            } catch (Exception e) {
                lenient.add(flag.goal() + " " + flag.name() + ": " + e);
            }
            goals.property(flag.property(), null);
            checked++;
        }
        assertThat(lenient).isEmpty();
        assertThat(checked).as("boolean parameters checked").isGreaterThanOrEqualTo(40);
    }

    @Test
    void aBooleanParameterWithoutDefaultIsUnsetWhenEmptyAndStrictOtherwise(Goals goals) throws Exception {
        GenerateMojo mojo = goals.goal("generate");
        assertThat(mojo.optionalFlag(null, PropertyNames.CLIENT_SECRET_REST_ACCESS)).isNull();
        assertThat(mojo.optionalFlag(" ", PropertyNames.CLIENT_SECRET_REST_ACCESS)).isNull();
        assertThat(mojo.optionalFlag("TRUE", PropertyNames.CLIENT_SECRET_REST_ACCESS)).isTrue();
        assertThatThrownBy(() -> mojo.optionalFlag("maybe", PropertyNames.CLIENT_SECRET_REST_ACCESS))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("<clientSecretRestAccess> (eca.clientSecretRestAccess): 'maybe' is not a"
                        + " boolean; write true or false");
    }

    @Test
    void trueAndFalseAreReadInAnyCase(Goals goals) throws Exception {
        assertThat(goals.<GenerateMojo>goal("generate").checkOnly()).as("the default").isFalse();
        assertThat(goals.property(PropertyNames.GENERATE_CHECK, " TRUE ").<GenerateMojo>goal("generate").checkOnly())
                .isTrue();
        assertThat(goals.property(PropertyNames.GENERATE_CHECK, "False").<GenerateMojo>goal("generate").checkOnly())
                .isFalse();
    }
}
