package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.project.RunAsUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code <clientCredentialsUser>} through Maven: why the run-as user templates are {@code @{…}} (Maven's own expression
 * evaluator turns an unknown whole {@code ${…}} into null and leaves {@code @{…}} alone), and eca:generate writing the
 * template, never a username, into the committed OAuth policies file.
 */
@ExtendWith(GoalExtension.class)
class RunAsUserPomTest {

    private static String app(String user) {
        return """
                <apps>
                  <app>
                    <name>Cc_App</name>
                    <contactEmail>integrations@example.com</contactEmail>
                    <callbackUrls><callbackUrl>https://example.com/oauth/callback</callbackUrl></callbackUrls>
                    <scopes><scope>Api</scope></scopes>
                    <clientCredentialsFlow>true</clientCredentialsFlow>
                    <permittedUsers>AdminApprovedPreAuthorized</permittedUsers>
                    <clientCredentialsUser>USER</clientCredentialsUser>
                  </app>
                </apps>""".replace("USER", user);
    }

    private static String policies(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            Path f = s.filter(p -> p.toString().endsWith(".ecaOauthPlcy-meta.xml")).findFirst().orElseThrow();
            return Files.readString(f);
        }
    }

    @Test
    void mavenNullsAnUnknownDollarExpressionAndKeepsTheAtForm(Goals goals) throws Exception {
        PluginParameterExpressionEvaluator maven = new PluginParameterExpressionEvaluator(goals.session(),
                new MojoExecution(new MojoDescriptor()));
        assertThat(maven.evaluate("${targetOrg.username}")).isNull();
        assertThat(maven.evaluate("$${targetOrg.username}")).isEqualTo("${targetOrg.username}");
        assertThat(maven.evaluate(RunAsUser.LOGIN_USER)).isEqualTo(RunAsUser.LOGIN_USER);
        assertThat(maven.evaluate(RunAsUser.MAP_EXAMPLE)).isEqualTo(RunAsUser.MAP_EXAMPLE);
    }

    @Test
    void generateWritesTheLoginUserTemplateAsItIs(Goals goals) throws Exception {
        GenerateMojo mojo = goals.property("eca.apiVersion", "66.0").goal("generate", app(RunAsUser.LOGIN_USER));
        mojo.execute();
        assertThat(policies(goals.dir()))
                .contains("<clientCredentialsFlowUser>@{targetOrg.username}</clientCredentialsFlowUser>");
    }

    @Test
    void generateWritesAMapOverLinesOnOneLine(Goals goals) throws Exception {
        GenerateMojo mojo = goals.property("eca.apiVersion", "66.0").goal("generate", app("""
                @{targetOrg:
                    dev=integration@acme.com.dev
                    prod=integration@acme.com
                }"""));
        mojo.execute();
        assertThat(policies(goals.dir())).contains("<clientCredentialsFlowUser>@{targetOrg:"
                + " dev=integration@acme.com.dev, prod=integration@acme.com}</clientCredentialsFlowUser>");
    }

    @Test
    void theDollarFormIsRefusedBeforeMavenNullsItAndAMalformedTemplateNamesTheElement(Goals goals) {
        assertThatThrownBy(() -> goals.goal("generate", app("${targetOrg.username}")))
                .hasMessageContaining("<apps><app> Cc_App: <clientCredentialsUser>: '${targetOrg.username}' uses ${…},"
                        + " which Maven replaces in the POM")
                .hasMessageContaining("write @{targetOrg.username}");
        GenerateMojo mojo = goals.property("eca.apiVersion", "66.0").goal("generate", app("@{targetOrg: dev}"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("the entry 'dev' of the per-org map");
    }
}
