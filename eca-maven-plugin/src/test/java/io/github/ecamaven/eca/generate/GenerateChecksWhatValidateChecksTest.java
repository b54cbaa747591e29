package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What eca:validate rejects, eca:generate refuses before writing anything: a broken sfdx-project.json (also one it
 * would not change), a package directory inside another, callbacks with credentials, a fragment or a bad port, an
 * e-mail with an empty label, a certificate that is not X.509. Each refusal names the POM element or the file.
 */
class GenerateChecksWhatValidateChecksTest {

    @TempDir
    Path project;

    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** The message of the refusal of {@code r}; asserts that no file changed. */
    private String refused(GenerateRequest r) throws Exception {
        Map<String, String> before = snapshot(project);
        GenerateConfigException e = assertThrows(GenerateConfigException.class,
                () -> new EcaGenerator(EcaLog.NONE).generate(r));
        assertThat(snapshot(project)).as("nothing written").isEqualTo(before);
        return e.getMessage();
    }

    private GenerateRequest withDirs(String packageDir, String orgDir, EcaApp app) {
        return new GenerateRequest(project, project, packageDir, orgDir, "manifest/package.xml", "66.0", null, null,
                "nango-app", null, null, List.of(app), false);
    }

    private void sfdx(String json) throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), json, StandardCharsets.UTF_8);
    }

    private List<String> validateFindings(String rule) throws Exception {
        return EcaValidator.validate(project).findings().stream().filter(f -> f.ruleId().equals(rule))
                .map(Finding::message).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/tmp/elsewhere", "not-there"})
    void aDefaultPackageDirectoryValidateRejectsStopsGenerate(String path) throws Exception {
        Files.createDirectories(project.resolve("force-app"));
        sfdx("{\n  \"packageDirectories\": [\n    {\n      \"path\": \"" + path + "\",\n      \"default\": true\n"
                + "    }\n  ]\n}\n");
        assertThat(validateFindings("ECA-PROJ-003")).as("validate rejects it").hasSize(1);
        assertThat(refused(request(project, nango()))).contains("sfdx-project.json: eca:validate rejects"
                + " sfdx-project.json:4 with ECA-PROJ-003: package directory '" + path + "'",
                "fix sfdx-project.json first");
    }

    @Test
    void aKeyTwiceIsRefusedByGenerateAndValidateInTheSameWords() throws Exception {
        sfdx("{\n  \"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}],\n  \"namespace\": \"\",\n"
                + "  \"namespace\": \"acme\"\n}\n");
        Files.createDirectories(project.resolve("force-app"));
        String words = "the key \"namespace\" appears twice in one object of sfdx-project.json; the sf CLI silently"
                + " keeps the last value";
        assertThat(validateFindings("ECA-PROJ-001")).singleElement().asString().contains(words);
        assertThat(refused(request(project, nango()))).contains("sfdx-project.json:4:3: " + words);
    }

    @Test
    void aProjectFileBrokenAfterAGenerateStopsTheNextOneThatWouldWrite() throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()));
        Path json = project.resolve("sfdx-project.json");
        Files.writeString(json, Files.readString(json).replace("\"default\": true", "\"default\": true\n    },\n"
                + "    {\n      \"path\": \"../shared\""));
        EcaApp relabelled = nango();
        relabelled.setLabel("Nango");
        assertThat(refused(request(project, relabelled))).contains("rejects sfdx-project.json:8 with ECA-PROJ-003:"
                + " package directory '../shared' is outside the project");
        // a run that writes nothing leaves the file to eca:validate: an up-to-date generate reads no more than that
        assertThat(new EcaGenerator(EcaLog.NONE).generate(request(project, nango())).written()).isEmpty();
    }

    @Test
    void aPackageDirectoryInsideAnotherOrTheRootIsRefused() throws Exception {
        new EcaGenerator(EcaLog.NONE).generate(request(project, nango()));
        assertThat(refused(withDirs("force-app/main/default", "eca-org", nango())))
                .contains("<packageDirectory> (eca.packageDirectory): 'force-app/main/default' is inside package"
                        + " directory 'force-app' of sfdx-project.json, so sf would read the same source files twice"
                        + " (eca:validate ECA-PROJ-003); use 'force-app' itself");
        assertThat(refused(withDirs(".", "eca-org", nango())))
                .contains("<packageDirectory> (eca.packageDirectory): '.' is the project root itself");
        assertThat(refused(withDirs("force-app/./x", "eca-org", nango()))).contains("has a '.' segment");
        EcaApp packaged = nango();
        packaged.setDistributionState("Packaged");
        GenerateRequest r = new GenerateRequest(project, project, "force-app", "force-app2/../force-app/main",
                "manifest/package.xml", "66.0", "acme", null, "nango-app", null, null, List.of(packaged), false);
        assertThat(refused(r)).contains("<orgDirectory> (eca.orgDirectory)");
        EcaApp other = nango();
        other.setName("Other_App");
        assertThat(refused(withDirs("src", "force-app/main", other)))
                .doesNotContain("<packageDirectory>");
    }

    @Test
    void aPackageDirectoryHoldingAnotherIsRefused() throws Exception {
        Files.createDirectories(project.resolve("force-app/main/default"));
        sfdx("{\n  \"packageDirectories\": [{\"path\": \"force-app/main/default\", \"default\": true}]\n}\n");
        assertThat(refused(withDirs("force-app", "eca-org", nango())))
                .contains("<packageDirectory> (eca.packageDirectory): 'force-app' holds package directory"
                        + " 'force-app/main/default' of sfdx-project.json");
    }

    @Test
    void callbacksWithCredentialsAFragmentOrABadPortAreRefusedAndThePasswordIsNeverShown() throws Exception {
        for (String[] c : new String[][] {
                {"https://user:s3cr3t@app.example.com/cb", "'https://***@app.example.com/cb' has a user name or"
                        + " password before the host"},
                {"https://app.example.com/cb#frag", "'https://app.example.com/cb#frag' has a fragment ('#frag')"},
                {"https://app.example.com:99999/cb", "'https://app.example.com:99999/cb' has port 99999; a port is a"
                        + " number from 1 to 65535"},
                {"https://bücher.example/cb", "'https://bücher.example/cb' has the internationalised host"
                        + " 'bücher.example'; write it in its ASCII (punycode) form, as clients send it in the"
                        + " redirect_uri: https://xn--bcher-kva.example/cb"}}) {
            EcaApp app = nango();
            app.setCallbackUrls(List.of(c[0]));
            assertThat(refused(request(project, app))).contains("<callbackUrls><callbackUrl>: " + c[1],
                    "(eca:validate ECA-CB-002)").doesNotContain("s3cr3t", "has no host");
        }
        EcaApp punycode = nango();
        punycode.setCallbackUrls(List.of("https://xn--bcher-kva.example:8443/cb?tenant=a"));
        new EcaGenerator(EcaLog.NONE).generate(request(project, punycode));
        assertThat(GenerateTestSupport.read(project, GenerateTestSupport.GLOBAL))
                .contains("<callbackUrl>https://xn--bcher-kva.example:8443/cb?tenant=a</callbackUrl>");
    }

    @Test
    void aContactEmailWithAnEmptyLabelIsRefusedByTheSameRuleAsValidates() throws Exception {
        EcaApp app = nango();
        app.setContactEmail("a@x..com");
        assertThat(refused(request(project, app))).contains("<contactEmail>: 'a@x..com' is not an e-mail address:"
                + " the domain 'x..com' has an empty label", "(eca:validate ECA-XML-010)");
    }

    @Test
    void aCertificateFileWhoseBlockIsNotX509IsRefusedNamingTheFile(@TempDir Path tmp) throws Exception {
        byte[] random = new byte[600_000];
        new Random(3).nextBytes(random);
        String noise = Base64.getMimeEncoder().encodeToString(random);
        Path file = Files.writeString(tmp.resolve("server.crt"), "-----BEGIN CERTIFICATE-----\n" + noise
                + "\n-----END CERTIFICATE-----\n");
        assertThat(Files.size(file)).isGreaterThan(800_000);
        EcaApp app = nango();
        app.setCertificateFile(file.toFile());
        app.setJwtBearer("true");
        assertThat(refused(request(project, app))).contains("<certificateFile>: " + file + " has a CERTIFICATE block"
                + " that is not an X.509 certificate", "(eca:validate ECA-OAUTH-008)")
                .doesNotContain(noise.substring(0, 40));
    }
}
