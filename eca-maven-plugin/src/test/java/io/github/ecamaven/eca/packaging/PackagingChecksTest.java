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
        assertThat(problems.get(2)).startsWith("force-app/main/default/staticresources/leak.xml: contains a"
                + " consumerSecret");
        assertThat(String.join("\n", problems)).doesNotContain("TOPSECRET");
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
