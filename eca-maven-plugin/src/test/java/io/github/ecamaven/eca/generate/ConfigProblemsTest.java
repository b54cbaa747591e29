package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ecamaven.eca.log.EcaLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad configuration fails before anything is written, naming the element and the fix. */
class ConfigProblemsTest {

    @TempDir
    Path project;

    private String failure(Consumer<EcaApp> change) throws Exception {
        return failure(change, null);
    }

    private String failure(Consumer<EcaApp> change, String namespace) throws Exception {
        EcaApp app = nango();
        change.accept(app);
        GenerateConfigException e = assertThrows(GenerateConfigException.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(request(project, false, "66.0", namespace, app)));
        try (var files = Files.list(project)) {
            assertThat(files).as("nothing written").isEmpty();
        }
        return e.getMessage();
    }

    @Test
    void unknownScopeSuggestsTheToken() throws Exception {
        assertThat(failure(a -> a.setScopes(List.of("apii", "refresh_token"))))
                .contains("<app> Nango_Integration: <scopes><scope>: unknown scope 'apii'; did you mean 'Api'?")
                .contains("nothing was written");
        assertThat(failure(a -> a.setScopes(List.of("refresh_tokn")))).contains("did you mean 'RefreshToken'?");
    }

    @Test
    void plainHttpCallbackMustBeLoopback() throws Exception {
        assertThat(failure(a -> a.setCallbackUrls(List.of("http://example.com/cb"))))
                .contains("<callbackUrls><callbackUrl>: 'http://example.com/cb' uses http on a host that is not"
                        + " loopback; use https");
        assertThat(failure(a -> a.setCallbackUrls(List.of("javascript:alert(1)"))))
                .contains("'javascript:alert(1)' uses the javascript: scheme");
    }

    @Test
    void anyLoopbackAddressMayUsePlainHttp() throws Exception {
        EcaApp app = nango();
        app.setCallbackUrls(List.of("http://127.0.0.2/cb", "http://[::1]:8080/cb"));
        new EcaGenerator(EcaLog.NONE).generate(request(project, app));
        assertThat(GenerateTestSupport.read(project, GenerateTestSupport.GLOBAL))
                .contains("<callbackUrl>http://127.0.0.2/cb\nhttp://[::1]:8080/cb</callbackUrl>");
    }

    @Test
    void apiNameRulesAreEnforcedWithASuggestion() throws Exception {
        assertThat(failure(a -> a.setName("Nango Integration"))).contains("<name>: 'Nango Integration' is not a"
                + " valid API name", "did you mean 'Nango_Integration'?");
        assertThat(failure(a -> a.setName("My__App_"))).contains("not ending with '_', at most 40 characters); did you"
                + " mean 'My_App'?");
        assertThat(failure(a -> a.setName("1App"))).contains("must start with a letter");
        assertThat(failure(a -> a.setName("A".repeat(41)))).contains("is 41 characters long; the limit is 40",
                "did you mean '" + "A".repeat(40) + "'?");
    }

    @Test
    void namespaceRulesAreValidatesRules() throws Exception {
        assertThat(failure(a -> a.setDistributionState("Packaged"), "abc_"))
                .contains("<namespace> (eca.namespace): 'abc_' is not a namespace prefix");
    }

    @Test
    void packagedNeedsANamespace() throws Exception {
        assertThat(failure(a -> a.setDistributionState("Packaged")))
                .contains("<namespace> (eca.namespace): a Packaged app goes into a 2GP managed package")
                .contains("-Deca.packageType=Unlocked");
    }

    @Test
    void aPackagedAppOfAnUnlockedPackageNeedsNoNamespaceAManagedOneDoes() throws Exception {
        EcaApp app = nango();
        app.setDistributionState("Packaged");
        assertThatThrownBy(() -> new EcaGenerator(EcaLog.NONE).generate(request(project, false, "66.0", null, app)
                .withPackageType("Managed"))).isInstanceOf(GenerateConfigException.class)
                .hasMessageContaining("needs the namespace");
        GenerateResult r = new EcaGenerator(EcaLog.NONE).generate(request(project, false, "66.0", null, app)
                .withPackageType("unlocked"));
        assertThat(r.written()).contains("sfdx-project.json");
        assertThat(Files.readString(project.resolve("sfdx-project.json"))).contains("\"namespace\": \"\"");
    }

    @Test
    void certificateFileMustExistBePemAndNotAPrivateKey(@TempDir Path tmp) throws Exception {
        assertThat(failure(a -> a.setCertificateFile(tmp.resolve("missing.crt").toFile())))
                .contains("<certificateFile>: certificate file", "missing.crt does not exist");
        Path notPem = Files.writeString(tmp.resolve("cert.der"), "just text");
        assertThat(failure(a -> a.setCertificateFile(notPem.toFile()))).contains("is not a PEM certificate");
        Path key = Files.writeString(tmp.resolve("server.key"), "-----BEGIN PRIVATE KEY-----\nMIIE\n"
                + "-----END PRIVATE KEY-----\n" + Files.readString(resource("jwt-test.crt")));
        assertThat(failure(a -> a.setCertificateFile(key.toFile()))).contains("contains a private key")
                .doesNotContain("MIIE");
        assertThat(failure(a -> a.setJwtBearer("true"))).contains("<certificateFile>: the JWT bearer flow (<jwtBearer>)"
                + " needs the PEM file");
        Path der = Files.write(tmp.resolve("server.der"), new byte[] {0x30, (byte) 0x82, 0x03, 0x0a});
        assertThat(failure(a -> a.setCertificateFile(der.toFile()))).contains("server.der is binary, not PEM text;"
                + " if it is a DER certificate, convert it with: openssl x509 -inform DER -in server.der -out cert.pem")
                .doesNotContain("Input length");
        Path folder = Files.createDirectories(tmp.resolve("certs"));
        assertThat(failure(a -> a.setCertificateFile(folder.toFile()))).contains("certs is a folder, not a file");
    }

    @Test
    void aConsumerSecretIsRefusedWithoutEchoingIt() throws Exception {
        assertThat(failure(a -> a.setConsumerSecret("S3CR3T-VALUE"))).contains("<consumerSecret>: a consumer"
                + " secret never goes into the POM").doesNotContain("S3CR3T-VALUE");
    }

    @Test
    void allProblemsAreReportedAtOnce() throws Exception {
        String m = failure(a -> {
            a.setScopes(List.of("apii"));
            a.setContactEmail(null);
            a.setRefreshTokenPolicy("SpecificLifetime");
            a.setIpRelaxation("bypas");
        });
        assertThat(m).startsWith("5 configuration problems")
                .contains("<contactEmail>: required", "unknown scope 'apii'", "<refreshTokenValidityPeriod>",
                        "<refreshTokenValidityUnit>", "<ipRelaxation>: unknown value 'bypas'; did you mean 'Bypass'?");
    }

    @Test
    void unknownPresetAndBadApiVersion() throws Exception {
        assertThat(failure(a -> a.setPreset("nagno"))).contains("<preset>: unknown preset 'nagno'; did you mean"
                + " 'nango'?");
        EcaApp app = nango();
        GenerateConfigException e = assertThrows(GenerateConfigException.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(request(project, false, "59.0", null, app)));
        assertThat(e.getMessage()).contains("<apiVersion> (eca.apiVersion): API 59.0 is not supported");
    }

    @Test
    void orgDirectoryMayNotBeInsideThePackagedOne() throws Exception {
        GenerateRequest r = new GenerateRequest(project, project, "force-app", "force-app/org", "manifest/package.xml",
                "66.0", "ns", null, null, null, null, List.of(nango()), false);
        GenerateConfigException e = assertThrows(GenerateConfigException.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(r));
        assertThat(e.getMessage()).contains("<orgDirectory> (eca.orgDirectory): 'force-app/org' is inside the"
                + " packaged directory");
    }
}
