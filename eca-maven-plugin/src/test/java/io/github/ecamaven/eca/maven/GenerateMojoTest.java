package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * eca:generate's glue: every configuration problem in one failure that writes nothing, and hand edits that survive
 * a run (formerly the ITs generate-bad-config and generate-hand-edits-survive, which forked Maven for the same),
 * with the {@code <apps>} of a test POM and every other parameter at its descriptor's default.
 */
@ExtendWith(GoalExtension.class)
class GenerateMojoTest {

    @Test
    void everyConfigurationProblemAtOnceNothingWrittenNoSecretEchoed(Goals goals) throws Exception {
        Path dir = goals.dir();
        Mojos.copyFixture("not-a-cert.txt", dir.resolve("not-a-cert.txt"));
        GenerateMojo mojo = goals.goal("generate", """
                <apps>
                  <app>
                    <name>Nango Integration</name>
                    <contactEmail>integrations@example.com</contactEmail>
                    <distributionState>Packaged</distributionState>
                    <callbackUrls><callbackUrl>http://api.example.com/oauth/callback</callbackUrl></callbackUrls>
                    <scopes><scope>apii</scope></scopes>
                    <consumerSecret>never-echoed-secret</consumerSecret>
                  </app>
                  <app>
                    <name>Ci_Missing_Cert</name>
                    <contactEmail>ci@example.com</contactEmail>
                    <preset>jwt-ci</preset>
                    <certificateFile>jwt/missing.crt</certificateFile>
                  </app>
                  <app>
                    <name>Ci_Not_Pem</name>
                    <contactEmail>ci@example.com</contactEmail>
                    <preset>jwt-ci</preset>
                    <certificateFile>${project.basedir}/not-a-cert.txt</certificateFile>
                  </app>
                </apps>""");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:generate: 7 configuration problems, nothing was written:")
                .hasMessageContaining("<app> Nango Integration: <name>: 'Nango Integration' is not a valid API name")
                .hasMessageContaining("did you mean 'Nango_Integration'?")
                .hasMessageContaining("<scopes><scope>: unknown scope 'apii'; did you mean 'Api'?")
                .hasMessageContaining("<callbackUrls><callbackUrl>: 'http://api.example.com/oauth/callback' uses"
                        + " http on a host that is not loopback; use https (plain http is allowed only for localhost,"
                        + " 127.0.0.0/8 and [::1]) (eca:validate ECA-CB-001)")
                .hasMessageContaining("<consumerSecret>: a consumer secret never goes into the POM")
                .hasMessageContaining("<namespace> (eca.namespace): a Packaged app goes into a 2GP managed package")
                .hasMessageContaining("<app> Ci_Missing_Cert: <certificateFile>: certificate file")
                .hasMessageContaining(dir.resolve("jwt/missing.crt") + " does not exist")
                .hasMessageContaining("<app> Ci_Not_Pem: <certificateFile>:")
                .hasMessageContaining("is not a PEM certificate")
                .hasMessageNotContaining("never-echoed-secret");
        assertThat(goals.log().text()).doesNotContain("never-echoed-secret");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pom.xml",
                    "not-a-cert.txt");
        }
    }

    @Test
    void handEditsOfUnmanagedFieldsSurviveAndAManagedFieldIsRestoredAndSaid(Goals goals) throws Exception {
        Mojos.copyFixture("generate-hand-edits-survive", goals.dir());
        GenerateMojo mojo = goals.property("eca.apiVersion", "66.0").goal("generate", """
                <apps>
                  <app>
                    <name>Nango_Integration</name>
                    <label>Nango Integration</label>
                    <contactEmail>integrations@example.com</contactEmail>
                    <preset>nango</preset>
                  </app>
                </apps>""");
        mojo.execute();

        Mojos.RecordingMavenLog log = goals.log();
        Path d = goals.dir().resolve("force-app/main/default");
        String oauth = Files.readString(d.resolve("extlClntAppOauthSettings/Nango_Integration_oauth.ecaOauth-meta.xml"));
        assertThat(oauth).contains("<oauthLink>00D000000000001:888000000000001</oauthLink>",
                "<!-- shares the Dev Hub's consumer -->");
        assertThat(Files.readString(d.resolve("externalClientApps/Nango_Integration.eca-meta.xml")))
                .contains("<orgScopedExternalApp>00D000000000001:Nango_Integration</orgScopedExternalApp>");
        String global = Files.readString(
                d.resolve("extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml"));
        assertThat(global).contains("<certificate>MIIBretrievedFromTheOrg</certificate>",
                "<consumerKey>3MVG9retrievedKey</consumerKey>");
        assertThat(global).as("the hand edit of a managed field is overwritten")
                .contains("<isPkceRequired>true</isPkceRequired>");
        assertThat(log.lines).contains("[WARN] Overwrote force-app/main/default/extlClntAppGlobalOauthSets/"
                + "Nango_Integration_glbloauth.ecaGlblOauth-meta.xml: isPkceRequired 'false' -> 'true' (managed by"
                + " <preset>nango</preset>); the file's value may be a hand edit");
        assertThat(log.text()).as("an unchanged file is not rewritten")
                .doesNotContain("Updated force-app/main/default/extlClntAppOauthSettings");
        assertThat(log.text()).as("the consumer key is never logged").doesNotContain("3MVG9retrievedKey");
    }

    /** generate reads eca:validate's {@code <profile>} and {@code <rules>} through parameters of its own. */
    @Test
    void theValidationProfileAndRulesAreParametersOfGenerate(Goals goals) throws Exception {
        String apps = """
                <apps>
                  <app>
                    <name>Nango_Integration</name>
                    <label>Nango Integration</label>
                    <contactEmail>integrations@example.com</contactEmail>
                    <preset>nango</preset>
                    <pkceRequired>false</pkceRequired>
                  </app>
                </apps>""";
        GenerateMojo mojo = goals.goal("generate", apps + "<profile>nango</profile>");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:generate: 1 configuration problem, nothing was written:")
                .hasMessageContaining("eca:validate (profile nango) would reject")
                .hasMessageContaining("ECA-OAUTH-001");
        assertThat(goals.dir().resolve("force-app")).doesNotExist();

        goals.goal("generate", apps + "<profile>nango</profile><rules>ECA-OAUTH-001=warning</rules>").execute();
        assertThat(Files.readString(goals.dir().resolve("force-app/main/default/extlClntAppGlobalOauthSets/"
                + "Nango_Integration_glbloauth.ecaGlblOauth-meta.xml")))
                .contains("<isPkceRequired>false</isPkceRequired>");
    }
}
