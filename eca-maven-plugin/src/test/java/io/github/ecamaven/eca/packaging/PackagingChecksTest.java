package io.github.ecamaven.eca.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.project.ForceIgnore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagingChecksTest {

    @TempDir
    Path root;

    private List<String> check() throws Exception {
        return PackagingChecks.check(root, root.resolve("force-app"));
    }

    @Test
    void aPackageableAppPasses() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        assertThat(check()).isEmpty();
    }

    @Test
    void globalOauthSettingsPoliciesAndSecretsAreFoundWithoutQuotingTheSecret() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        Projects.file(root, "force-app/main/default/extlClntAppGlobalOauthSets/NangoEca_glbloauth.ecaGlblOauth-meta.xml",
                "<ExtlClntAppGlobalOauthSettings><consumerSecret>TOPSECRET</consumerSecret>"
                        + "</ExtlClntAppGlobalOauthSettings>");
        Projects.file(root, "force-app/main/default/extlClntAppOauthPolicies/NangoEca_oauthPlcy.ecaOauthPlcy-meta.xml",
                "<ExtlClntAppOauthConfigurablePolicies/>");
        Projects.file(root, "force-app/main/default/staticresources/leak.xml",
                "<x><consumerSecret>TOPSECRET</consumerSecret></x>");
        List<String> problems = check();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith(
                "force-app/main/default/extlClntAppGlobalOauthSets/NangoEca_glbloauth.ecaGlblOauth-meta.xml:"
                        + " ExtlClntAppGlobalOauthSettings cannot be packaged");
        assertThat(problems.get(1)).contains("ExtlClntAppOauthConfigurablePolicies cannot be packaged");
        assertThat(problems.get(2)).startsWith("force-app/main/default/staticresources/leak.xml:1: <consumerSecret>"
                + " holds a secret");
        assertThat(String.join("\n", problems)).doesNotContain("TOPSECRET");
    }

    private static final String SECRET = "Q7vLm2Xp9RkT4wZs8NdF6hJc3BgY5tUe1AoKiMnPa";

    @Test
    void aSecretUnderANamespacePrefixIsFoundByItsLocalName() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        Projects.file(root, "force-app/main/default/namedCredentials/Api.namedCredential-meta.xml",
                "<?xml version=\"1.0\"?>\n<md:NamedCredential xmlns:md=\"http://soap.sforce.com/2006/04/metadata\">\n"
                        + "    <md:label>Api</md:label>\n    <md:consumerSecret>" + SECRET + "</md:consumerSecret>\n"
                        + "</md:NamedCredential>\n");
        assertThat(check()).singleElement().asString()
                .isEqualTo("force-app/main/default/namedCredentials/Api.namedCredential-meta.xml:4:"
                        + " <md:consumerSecret> holds a secret; a secret must never be packaged or committed: remove"
                        + " it and rotate it");
    }

    @Test
    void aMetaXmlFileOfAnyTypeWithASecretLikeElementIsAProblem() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        Projects.file(root, "force-app/main/default/customMetadata/Settings.Default.md-meta.xml",
                "<CustomMetadata xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n  <label>Default</label>\n"
                        + "  <Password>" + SECRET + "</Password>\n  <isPasswordSet>true</isPasswordSet>\n"
                        + "</CustomMetadata>\n");
        assertThat(check()).singleElement().asString()
                .startsWith("force-app/main/default/customMetadata/Settings.Default.md-meta.xml:3: <Password> holds a"
                        + " secret (a secret-like element)")
                .doesNotContain(SECRET);
    }

    @Test
    void filesNotNamedXmlAreReadToo() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        String base64Key = java.util.Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate()
                .getEncoded());
        Projects.file(root, "force-app/main/default/staticresources/config.resource",
                "<config>\n  <oauth><ConsumerSecret>" + SECRET + "</ConsumerSecret></oauth>\n</config>\n");
        Projects.file(root, "force-app/main/default/staticresources/jwt.resource",
                "# signing key\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n");
        Projects.file(root, "force-app/main/default/staticresources/key.txt", "key:\n" + base64Key + "\n");
        java.nio.file.Files.write(root.resolve("force-app/main/default/staticresources/key.der"),
                java.util.Base64.getMimeDecoder().decode(base64Key));
        List<String> problems = check();
        assertThat(problems).containsExactly(
                "force-app/main/default/staticresources/config.resource:2: <ConsumerSecret> holds a secret (a"
                        + " secret-like element); a secret must never be packaged or committed: remove it and rotate"
                        + " it",
                "force-app/main/default/staticresources/jwt.resource:2: a private key (PEM block '-----BEGIN RSA"
                        + " PRIVATE KEY-----') would be uploaded; a private key must never be packaged or committed:"
                        + " remove it and revoke the key",
                "force-app/main/default/staticresources/key.der:1: a private key (DER private key) would be"
                        + " uploaded; a private key must never be packaged or committed: remove it and revoke the key",
                "force-app/main/default/staticresources/key.txt:2: a private key (base64 DER private key) would be"
                        + " uploaded; a private key must never be packaged or committed: remove it and revoke the key");
        assertThat(String.join("\n", problems)).doesNotContain(SECRET).doesNotContain(base64Key.substring(0, 40));
    }

    @Test
    void aCleanPackageWithCertificatesPagesAndDataUrisPasses() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        Projects.file(root, "force-app/main/default/certs/Signing.crt", java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/generate/jwt-test.crt")));
        Projects.file(root, "force-app/main/default/certs/Signing.crt-meta.xml",
                "<Certificate xmlns=\"http://soap.sforce.com/2006/04/metadata\"><caSigned>true</caSigned>"
                        + "<privateKeyExportable>false</privateKeyExportable></Certificate>");
        Projects.file(root, "force-app/main/default/pages/Home.page", "<apex:page><br><p>not XML</apex:page>");
        Projects.file(root, "force-app/main/default/staticresources/app.js", "const logo = 'data:image/png;base64,"
                + "M" + "A".repeat(400) + "';\nconst token = getToken();\n");
        Projects.file(root, "force-app/main/default/settings/Security.settings-meta.xml",
                "<SecuritySettings xmlns=\"http://soap.sforce.com/2006/04/metadata\"><passwordPolicies>"
                        + "<minimumPasswordLength>12</minimumPasswordLength></passwordPolicies>"
                        + "<isTokenRequired>true</isTokenRequired><consumerSecret/><useTokens>false</useTokens>"
                        + "</SecuritySettings>");
        assertThat(check()).isEmpty();
    }

    @Test
    void anUnreadableXmlFileIsAProblemNotAnUncheckedUpload() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        Projects.file(root, "force-app/main/default/staticresources/evil.xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE x [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n"
                + "<x><consumerSecret>&s;</consumerSecret></x>");
        assertThat(check()).singleElement().asString()
                .startsWith("force-app/main/default/staticresources/evil.xml:2: not readable as XML (DOCTYPE")
                .contains("fix it, or list it in .forceignore").doesNotContain("root:");
    }

    @Test
    void aLinkToAFileOutsideTheProjectIsAProblemNotAnUncheckedUpload(@TempDir Path outside) throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        java.nio.file.Files.writeString(outside.resolve("leak.xml"),
                "<x><consumerSecret>TOPSECRET</consumerSecret></x>");
        java.nio.file.Files.createSymbolicLink(root.resolve("force-app/main/default/leak.xml"),
                outside.resolve("leak.xml"));
        assertThat(check()).singleElement().asString()
                .startsWith("force-app/main/default/leak.xml: a symbolic link to ")
                .contains("outside the project").doesNotContain("TOPSECRET");
    }

    @Test
    void distributionStateMustBePackaged() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.file(root, "force-app/main/default/externalClientApps/NangoEca.eca-meta.xml",
                Projects.APP.formatted("Local"));
        assertThat(check()).singleElement().asString()
                .contains("NangoEca.eca-meta.xml: distributionState is Local", "<distributionState>Packaged");
    }

    @Test
    void forceIgnoredFilesAreNotUploadedSoNotChecked() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        Projects.file(root, ".forceignore", "# not packaged\n**/extlClntAppGlobalOauthSets\n*.ecaOauthPlcy-meta.xml\n"
                + "!force-app/keep.xml\n");
        Projects.file(root, "force-app/main/default/extlClntAppGlobalOauthSets/NangoEca_glbloauth.ecaGlblOauth-meta.xml",
                "<ExtlClntAppGlobalOauthSettings/>");
        Projects.file(root, "force-app/main/default/extlClntAppOauthPolicies/NangoEca_oauthPlcy.ecaOauthPlcy-meta.xml",
                "<ExtlClntAppOauthConfigurablePolicies/>");
        Projects.file(root, "force-app/main/default/extlClntAppPolicies/NangoEca_plcy.ecaPlcy-meta.xml",
                "<ExtlClntAppConfigurablePolicies/>");
        assertThat(check()).singleElement().asString().contains("NangoEca_plcy.ecaPlcy-meta.xml");
    }

    @Test
    void forceIgnorePatterns() {
        ForceIgnore f = ForceIgnore.of("/force-app/main/default/secret", "**/*.ecaGlblOauth-meta.xml", "tmp/");
        assertThat(f.ignores(Path.of("force-app/main/default/secret/a.xml"))).isTrue();
        assertThat(f.ignores(Path.of("other/force-app/main/default/secret/a.xml"))).isFalse();
        assertThat(f.ignores(Path.of("force-app/x/y/A.ecaGlblOauth-meta.xml"))).isTrue();
        assertThat(f.ignores(Path.of("force-app/tmp/a.xml"))).isTrue();
        assertThat(f.ignores(Path.of("force-app/main/a.xml"))).isFalse();
    }

    @Test
    void forceIgnoreReadsGitignoreGlobsAsSfDoes() {
        ForceIgnore f = ForceIgnore.of("tmp[1-3]/", "*.b?k", "[!a]x.xml",
                "odd[name", // a [ without ] is an ordinary character in gitignore; Java's glob refused it
                "/force-app/**/draft[s]/**");
        assertThat(f.ignores(Path.of("force-app/tmp2/a.xml"))).isTrue();
        assertThat(f.ignores(Path.of("force-app/tmp4/a.xml"))).isFalse();
        assertThat(f.ignores(Path.of("a/file.bak"))).isTrue();
        assertThat(f.ignores(Path.of("a/file.bk"))).isFalse();
        assertThat(f.ignores(Path.of("bx.xml"))).isTrue();
        assertThat(f.ignores(Path.of("ax.xml"))).isFalse();
        assertThat(f.ignores(Path.of("x/odd[name"))).isTrue();
        assertThat(f.ignores(Path.of("x/oddname"))).isFalse();
        assertThat(f.ignores(Path.of("force-app/main/drafts/A.eca-meta.xml"))).isTrue();
        assertThat(f.ignores(Path.of("force-app/main/draft/A.eca-meta.xml"))).isFalse();
    }

    @Test
    void anUnreadableForceIgnoreIsAProblemNamingFileAndLine() throws Exception {
        Projects.write(root, Projects.AFTER_CREATE);
        Projects.packageableApp(root);
        java.nio.file.Files.write(root.resolve(".forceignore"), "# ok\n**/tmp\nbad\u00ff\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(check()).contains(".forceignore:3:4: the file is not valid UTF-8 (byte 0xFF here); Salesforce"
                + " reads these files as UTF-8, so save the file as UTF-8");
        java.nio.file.Files.delete(root.resolve(".forceignore"));
        java.nio.file.Files.createDirectories(root.resolve(".forceignore"));
        assertThat(check()).contains(".forceignore:1: this is a folder, not a file; rename or remove the folder");
    }
}
