package io.github.ecamaven.eca.orgsync;

import static io.github.ecamaven.eca.orgsync.DeployFormationsTest.HEADER;
import static io.github.ecamaven.eca.orgsync.DeployFormationsTest.LINK;
import static io.github.ecamaven.eca.orgsync.DeployFormationsTest.OAUTH;
import static io.github.ecamaven.eca.orgsync.DeployFormationsTest.SOURCE_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.generate.AppSettings;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.manifest.PackageManifest;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer bundle: what is in the zip, what never is, the README, and the same bytes for the same files. */
class CustomerBundleTest {

    @TempDir
    Path project;

    @BeforeEach
    void sourceOrgProject() throws Exception {
        DeployFormationsTest.writeProject(project, "src", true);
    }

    private Path bundle() throws Exception {
        return CustomerBundle.write(project, project.resolve("target"), Set.of(), null, new RecordingLog())
                .get("Nango");
    }

    static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(CustomerBundle.ENTRY_TIME);
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void theZipHoldsTheHeaderAndTheLinkedOAuthSettingsAManifestOfExactlyThoseAndAReadme() throws Exception {
        Map<String, String> before = DeployFormationsTest.userFiles(project);
        Path zip = bundle();
        assertThat(zip).isEqualTo(project.resolve("target/eca/Nango-customer-org.zip"));
        Map<String, byte[]> entries = entries(zip);
        assertThat(entries.keySet()).containsExactly("README.md", "sfdx-project.json", "manifest/package.xml",
                "force-app/main/default/externalClientApps/Nango.eca-meta.xml",
                "force-app/main/default/extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml");
        assertThat(entries.get("force-app/main/default/externalClientApps/Nango.eca-meta.xml"))
                .isEqualTo(Files.readAllBytes(project.resolve(HEADER)));
        assertThat(entries.get("force-app/main/default/extlClntAppOauthSettings/Nango_oauth.ecaOauth-meta.xml"))
                .isEqualTo(Files.readAllBytes(project.resolve(OAUTH)));
        PackageManifest manifest = (PackageManifest) MetadataXml.read(Path.of("package.xml"),
                entries.get("manifest/package.xml")).model();
        assertThat(manifest.getTypes()).hasSize(2);
        assertThat(manifest.membersOf(MetadataType.EXTERNAL_CLIENT_APPLICATION.typeName())).containsExactly("Nango");
        assertThat(manifest.membersOf(MetadataType.OAUTH_SETTINGS.typeName())).containsExactly("Nango_oauth");
        assertThat(manifest.getVersion()).isEqualTo("66.0");
        assertThat(new String(entries.get("sfdx-project.json"), StandardCharsets.UTF_8))
                .contains("\"sourceApiVersion\": \"66.0\"").contains("\"path\": \"force-app\"");
        String all = entries.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(all).contains("<oauthLink>" + LINK + "</oauthLink>").doesNotContain("consumerSecret",
                "consumerKey", "ExtlClntAppGlobalOauthSettings", "ConfigurablePolicies<", "callbackUrl",
                "permittedUsersPolicyType>");
        assertThat(DeployFormationsTest.userFiles(project)).isEqualTo(before);
    }

    @Test
    void theReadmeTellsTheAdminTheTwoCommandsAndTheirChoices() throws Exception {
        String readme = new String(entries(bundle()).get("README.md"), StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("       sf org login web --alias my-org\n")
                .contains("       sf project deploy start --manifest manifest/package.xml --target-org my-org\n")
                .contains("nobody needs your Salesforce credentials")
                .contains("org `" + SOURCE_ORG + "`")
                .contains("## After the deploy: your choices");
        List<AppSettings.Setting> policies = AppSettings.all().stream().filter(s -> s.target() != null
                && FormationFiles.isPolicies(s.target())).toList();
        assertThat(policies).extracting(AppSettings.Setting::element).contains("permittedUsers",
                "refreshTokenPolicy");
        for (AppSettings.Setting s : policies) {
            String what = s.description().split("; ", 2)[0];
            assertThat(readme).contains("- " + what + " (`" + s.field() + "`");
        }
        // the admin reads what a setting is, not how the plugin's POM resolves it for eca:deploy
        assertThat(readme).contains("- User the client-credentials flow runs as (API Only) (`clientCredentialsFlowUser`")
                .doesNotContain("eca:deploy").doesNotContain("see below");
        assertThat(readme).contains("`permittedUsersPolicyType`: " + AppSettings.get("permittedUsers").type());
    }

    @Test
    void theSameFilesGiveTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(bundle());
        Files.setLastModifiedTime(project.resolve(OAUTH), java.nio.file.attribute.FileTime.fromMillis(0));
        Thread.sleep(5);
        assertThat(Files.readAllBytes(bundle())).isEqualTo(first);
    }

    @Test
    void anAppWithoutALinkIsRefusedAsTheLinkedDeployRefusesIt() throws Exception {
        DeployFormationsTest.write(project, OAUTH, Files.readString(project.resolve(OAUTH))
                .replace("    <oauthLink>" + LINK + "</oauthLink>\r\n", ""));
        assertThatThrownBy(this::bundle).isInstanceOf(OrgSyncException.class)
                .hasMessageStartingWith(OAUTH + " has no <oauthLink>, which the linked formation needs")
                .hasMessageContaining("sf project retrieve start --metadata ExtlClntAppOauthSettings:Nango_oauth");
        assertThat(project.resolve("target/eca/Nango-customer-org.zip")).doesNotExist();
    }

    @Test
    void anAppWithoutFilesIsRefused() {
        assertThatThrownBy(() -> CustomerBundle.write(project, project.resolve("target"), Set.of("Other"), null,
                new RecordingLog())).isInstanceOf(OrgSyncException.class)
                .hasMessage("nothing to bundle for app Other: the package directories hold no External Client App"
                        + " file of it; check <appNames> (eca.appNames), or run eca:generate first");
    }
}
