package io.github.ecamaven.eca.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.log.EcaLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eca:generate writes ExternalClientAppSettings only when asked, and merges into an existing file. */
class OrgSettingsFileTest {

    static final String SETTINGS = GenerateTestSupport.DIR + "settings/ExternalClientApp.settings-meta.xml";

    @TempDir
    Path project;

    private GenerateRequest request(Boolean access, boolean check) {
        GenerateRequest r = GenerateTestSupport.request(project, check, "66.0", null, GenerateTestSupport.nango());
        return new GenerateRequest(r.projectDir(), r.baseDir(), r.packageDirectory(), r.orgDirectory(), r.manifest(),
                r.apiVersion(), r.namespace(), r.packageName(), r.projectName(), r.versionName(), r.versionNumber(),
                r.apps(), check, access);
    }

    @Test
    void writtenOnlyWhenAskedAndSwitchedOffAgain() throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(null, false));
        assertThat(project.resolve(SETTINGS)).doesNotExist();

        new EcaGenerator(EcaLog.NONE).generate(request(true, false));
        assertThat(GenerateTestSupport.read(project, SETTINGS)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientAppSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                    <enableClientSecretInRestApiAccess>true</enableClientSecretInRestApiAccess>
                </ExternalClientAppSettings>
                """);

        GenerateResult check = new EcaGenerator(EcaLog.NONE).generate(request(false, true));
        assertThat(check.allUpToDate()).isFalse();
        assertThat(check.differences()).contains("enableClientSecretInRestApiAccess");

        new EcaGenerator(EcaLog.NONE).generate(request(false, false));
        assertThat(GenerateTestSupport.read(project, SETTINGS))
                .contains("<enableClientSecretInRestApiAccess>false</enableClientSecretInRestApiAccess>");
        assertThat(new EcaGenerator(EcaLog.NONE).generate(request(false, true)).allUpToDate()).isTrue();
    }

    @Test
    void otherSettingsOfTheFileStay() throws Exception {
        Files.createDirectories(project.resolve(SETTINGS).getParent());
        Files.writeString(project.resolve(SETTINGS), """
                <?xml version="1.0" encoding="UTF-8"?>
                <ExternalClientAppSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                    <enableClientSecretInRestApiAccess>false</enableClientSecretInRestApiAccess>
                    <enablePackageEcaOauthFromDevOrg>true</enablePackageEcaOauthFromDevOrg>
                </ExternalClientAppSettings>
                """);

        new EcaGenerator(EcaLog.NONE).generate(request(true, false));

        assertThat(GenerateTestSupport.read(project, SETTINGS))
                .contains("<enableClientSecretInRestApiAccess>true</enableClientSecretInRestApiAccess>")
                .contains("<enablePackageEcaOauthFromDevOrg>true</enablePackageEcaOauthFromDevOrg>");
        assertThat(List.of(project.resolve("manifest/package.xml"))).allMatch(Files::exists);
    }
}
