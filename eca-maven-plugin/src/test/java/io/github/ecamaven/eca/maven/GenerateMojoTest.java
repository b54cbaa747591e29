package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.generate.EcaApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eca:generate's glue: every configuration problem in one failure that writes nothing, and hand edits that survive
 * a run (formerly the ITs generate-bad-config and generate-hand-edits-survive, which forked Maven for the same).
 */
class GenerateMojoTest {

    @TempDir
    Path dir;

    private GenerateMojo mojo(List<EcaApp> apps) {
        GenerateMojo mojo = new GenerateMojo();
        Mojos.set(mojo, "projectDirectory", dir.toFile());
        Mojos.set(mojo, "apps", apps);
        Mojos.set(mojo, "packageDirectory", "force-app");
        Mojos.set(mojo, "orgDirectory", "eca-org");
        Mojos.set(mojo, "apiVersion", "66.0");
        Mojos.set(mojo, "manifest", "manifest/package.xml");
        return mojo;
    }

    private static EcaApp app(String name, String contactEmail, String preset) {
        EcaApp a = new EcaApp();
        a.setName(name);
        a.setContactEmail(contactEmail);
        a.setPreset(preset);
        return a;
    }

    @Test
    void everyConfigurationProblemAtOnceNothingWrittenNoSecretEchoed() throws Exception {
        Mojos.copyFixture("not-a-cert.txt", dir.resolve("not-a-cert.txt"));
        EcaApp bad = app("Nango Integration", "integrations@example.com", null);
        bad.setDistributionState("Packaged");
        bad.setCallbackUrls(List.of("http://api.example.com/oauth/callback"));
        bad.setScopes(List.of("apii"));
        bad.setConsumerSecret("never-echoed-secret");
        EcaApp missingCert = app("Ci_Missing_Cert", "ci@example.com", "jwt-ci");
        missingCert.setCertificateFile(dir.resolve("jwt/missing.crt").toFile());
        EcaApp notPem = app("Ci_Not_Pem", "ci@example.com", "jwt-ci");
        notPem.setCertificateFile(dir.resolve("not-a-cert.txt").toFile());
        GenerateMojo mojo = mojo(List.of(bad, missingCert, notPem));
        Mojos.RecordingMavenLog log = Mojos.log(mojo);

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
                .hasMessageContaining("missing.crt does not exist")
                .hasMessageContaining("<app> Ci_Not_Pem: <certificateFile>:")
                .hasMessageContaining("is not a PEM certificate")
                .hasMessageNotContaining("never-echoed-secret");
        assertThat(log.text()).doesNotContain("never-echoed-secret");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("not-a-cert.txt");
        }
    }

    @Test
    void handEditsOfUnmanagedFieldsSurviveAndAManagedFieldIsRestoredAndSaid() throws Exception {
        Mojos.copyFixture("generate-hand-edits-survive", dir);
        EcaApp nango = app("Nango_Integration", "integrations@example.com", "nango");
        nango.setLabel("Nango Integration");
        GenerateMojo mojo = mojo(List.of(nango));
        Mojos.RecordingMavenLog log = Mojos.log(mojo);
        mojo.execute();

        Path d = dir.resolve("force-app/main/default");
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
    void theValidationProfileAndRulesAreParametersOfGenerate() throws Exception {
        EcaApp nango = app("Nango_Integration", "integrations@example.com", "nango");
        nango.setLabel("Nango Integration");
        nango.setPkceRequired("false");
        GenerateMojo mojo = mojo(List.of(nango));
        Mojos.log(mojo);
        Mojos.set(mojo, "profile", "nango");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("eca:generate: 1 configuration problem, nothing was written:")
                .hasMessageContaining("eca:validate (profile nango) would reject").hasMessageContaining("ECA-OAUTH-001");
        assertThat(dir.resolve("force-app")).doesNotExist();

        Mojos.set(mojo, "rules", "ECA-OAUTH-001=warning");
        mojo.execute();
        assertThat(Files.readString(dir.resolve("force-app/main/default/extlClntAppGlobalOauthSets/"
                + "Nango_Integration_glbloauth.ecaGlblOauth-meta.xml"))).contains("<isPkceRequired>false</isPkceRequired>");
    }
}
