package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Properties;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class ValidateSettingsTest {

    private static MavenProject project(String pluginConfig, String validateConfig) throws Exception {
        MavenProject p = new MavenProject();
        Build build = new Build();
        Plugin plugin = new Plugin();
        plugin.setGroupId("io.github.ecamaven");
        plugin.setArtifactId("eca-maven-plugin");
        if (pluginConfig != null) {
            plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(pluginConfig)));
        }
        PluginExecution e = new PluginExecution();
        e.setId("validate");
        e.addGoal("validate");
        if (validateConfig != null) {
            e.setConfiguration(Xpp3DomBuilder.build(new StringReader(validateConfig)));
        }
        plugin.addExecution(e);
        build.addPlugin(plugin);
        p.setBuild(build);
        return p;
    }

    @Test
    void theValidateExecutionsProfileWins() throws Exception {
        ValidateSettings s = ValidateSettings.of(project("<configuration><profile>isv</profile></configuration>",
                "<configuration><profile>nango</profile><rules>ECA-SEC-004=off</rules></configuration>"),
                new Properties());
        assertThat(s.profile()).isEqualTo("nango");
        assertThat(s.rules()).isEqualTo("ECA-SEC-004=off");
    }

    @Test
    void pluginConfigurationThenDefault() throws Exception {
        assertThat(ValidateSettings.of(project("<configuration><profile>isv</profile></configuration>", null),
                new Properties()).profile()).isEqualTo("isv");
        assertThat(ValidateSettings.of(project(null, null), new Properties()).profile()).isNull();
        assertThat(ValidateSettings.of(new MavenProject(), new Properties()).profile()).isNull();
    }

    @Test
    void commandLinePropertyWins() throws Exception {
        Properties user = new Properties();
        user.setProperty("eca.validate.profile", "default");
        assertThat(ValidateSettings.of(project(null, "<configuration><profile>nango</profile></configuration>"),
                user).profile()).isEqualTo("default");
    }
}
