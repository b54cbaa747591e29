package io.github.ecamaven.eca.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nothing of a Connected App is lost without a word, no private key is copied or shown, no huge value echoed. */
class MigrateSourceChecksTest {

    private static final String KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
    private static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\n" + KEY_BODY + "\n-----END PRIVATE KEY-----";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private final List<String> logged = log.lines;

    private Path apps;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"66.0\"}");
        apps = Files.createDirectories(project.resolve("force-app/main/default/connectedApps"));
    }

    private void app(String xml) throws Exception {
        Files.writeString(apps.resolve("Order_Sync.connectedApp-meta.xml"), xml);
    }

    private long ecaFiles() throws Exception {
        try (Stream<Path> s = Files.walk(project.resolve("force-app"))) {
            return s.filter(p -> p.getFileName().toString().contains(".eca")).count();
        }
    }

    private String report() throws Exception {
        return Files.readString(project.resolve("target/eca/migrate-Order_Sync.md"));
    }

    private Migrator migrator() {
        return new Migrator(log, new SchemaOutputCheck());
    }

    @Test
    void misspeltAndWrongCaseElementsAreListedWithValueAndLineAndTheAppIsRefused() throws Exception {
        app(Fixtures.app("    <contactEmail>ops@example.org</contactEmail>\n    <Label>Order Sync</Label>\n"
                + "    <label>Order Sync</label>\n"
                + "    <oauthConfig>\n        <callbackURL>https://app.example.org/cb</callbackURL>\n"
                + "        <scopes>Api</scopes>\n    </oauthConfig>\n"
                + "    <oauthPolicy>\n        <ipRelaxaton>BYPASS</ipRelaxaton>\n"
                + "        <refreshTokenPolicy>infinite</refreshTokenPolicy>\n    </oauthPolicy>\n"));
        assertThatThrownBy(() -> migrator().run(MigrateRequest.of(project).withConfirm(true)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("[UNMAPPED] Order_Sync has 3 element(s) eca:migrate does not know")
                .hasMessageContaining("<Label> = 'Order Sync' (line 4); did you mean <label>?")
                .hasMessageContaining("<oauthConfig/callbackURL> = 'https://app.example.org/cb' (line 7); did you"
                        + " mean <oauthConfig/callbackUrl>?")
                .hasMessageContaining("<oauthPolicy/ipRelaxaton> = 'BYPASS' (line 11)");
        assertThat(ecaFiles()).isZero();
        assertThat(report()).contains("**REFUSE** [UNMAPPED]").contains("<oauthPolicy/ipRelaxaton> = 'BYPASS'");
        assertThat(logged).anyMatch(l -> l.startsWith("[ERROR] Order_Sync refused: [UNMAPPED]"));
    }

    /** A secret of 41 characters, as a retrieve or a careless hand would put it. */
    private static final String SECRET = "Q7vLm2Xp9RkT4wZs8NdF6hJc3BgY5tUe1AoKiMnPa";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<oauthConfig><consumersecret>|        <consumersecret>%s</consumersecret>|",
        "<oauthConfig><ConsumerSecret>|        <ConsumerSecret>%s</ConsumerSecret>|",
        "<oauthConfig><privateKey>|        <privateKey>%s</privateKey>|",
        "top-level <consumerSecret>||    <consumerSecret>%s</consumerSecret>",
        "top-level <password>||    <password>%s</password>",
        "prefixed <x:clientSecret>||    <x:clientSecret xmlns:x=\"urn:x\">%s</x:clientSecret>"})
    void aSecretLikeElementIsRefusedWithoutItsValueInTheMessageTheLogOrTheReport(String name, String inOauth,
            String atRoot) throws Exception {
        assertThat(SECRET).hasSize(41);
        app(Fixtures.oauthApp(inOauth == null ? "" : inOauth.formatted(SECRET) + "\n", "",
                atRoot == null ? "" : atRoot.formatted(SECRET) + "\n"));
        String masked = "<41 characters, sha256 " + io.github.ecamaven.eca.text.Sha256.hex(
                SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), 4) + ">";
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(
                () -> migrator().run(MigrateRequest.of(project).withConfirm(true)));
        assertThat(refusal).isInstanceOf(MigrationException.class)
                .hasMessageContaining("[UNMAPPED]").hasMessageContaining(masked);
        assertThat(refusal.getMessage()).doesNotContain(SECRET);
        assertThat(logged).isNotEmpty().noneMatch(l -> l.contains(SECRET));
        assertThat(String.join("\n", logged)).contains(masked);
        try (Stream<Path> s = Files.walk(project.resolve("target"))) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            assertThat(files).isNotEmpty();
            for (Path f : files) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(SECRET);
            }
        }
        assertThat(report()).contains("**REFUSE** [UNMAPPED]").contains(masked);
        assertThat(ecaFiles()).isZero();
    }

    @Test
    void theMisspeltSecretStillGetsItsSuggestionButNotItsValue() throws Exception {
        app(Fixtures.oauthApp("        <consumersecret>" + SECRET + "</consumersecret>\n", "", ""));
        assertThatThrownBy(() -> migrator().run(MigrateRequest.of(project).withConfirm(true)))
                .hasMessageContaining("<oauthConfig/consumersecret> = <41 characters, sha256 ")
                .hasMessageContaining("; did you mean <oauthConfig/consumerSecret>?")
                .message().doesNotContain(SECRET);
    }

    @Test
    void aCertificateMustParseAsX509AndRandomBase64IsRefusedNamingTheSource() throws Exception {
        byte[] random = new byte[600_000];
        new java.util.Random(7).nextBytes(random);
        String noise = java.util.Base64.getMimeEncoder().encodeToString(random);
        assertThat(noise.length()).as("about 800 KB").isGreaterThan(800_000);
        app(Fixtures.oauthApp("        <certificate>" + noise + "</certificate>\n", "", ""));
        assertThatThrownBy(() -> migrator().run(MigrateRequest.of(project).withConfirm(true)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("[VALUE] Order_Sync cannot be converted: " + apps.resolve(
                        "Order_Sync.connectedApp-meta.xml") + ":5: <oauthConfig><certificate> is not an X.509"
                        + " certificate")
                .hasMessageContaining("(eca:validate ECA-OAUTH-008)")
                .message().doesNotContain(noise.substring(0, 40)).hasSizeLessThan(5_000);
        assertThat(ecaFiles()).isZero();
        assertThat(report()).doesNotContain(noise.substring(0, 40));
    }

    @Test
    void aRealCertificateIsCopied() throws Exception {
        String pem = Files.readString(Path.of(getClass().getResource("/generate/jwt-test.crt").toURI())).strip();
        app(Fixtures.oauthApp("        <certificate>" + pem + "</certificate>\n", "", ""));
        migrator().run(MigrateRequest.of(project).withConfirm(true));
        assertThat(ecaFiles()).isEqualTo(5);
    }

    @Test
    void aCallbackWithAPasswordIsRefusedWithoutShowingItAndABadEmailToo() throws Exception {
        app(Fixtures.oauthApp("", "", "").replace("https://app.example.org/cb",
                "https://user:s3cr3t-pass@app.example.org/cb").replace("ops@example.org", "ops@example..org"));
        assertThatThrownBy(() -> new Migrator(log, new ValidatorOutputCheck()).run(MigrateRequest.of(project)
                .withConfirm(true))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("[ECA-CB-002] callback 'https://***@app.example.org/cb' has a user name or"
                        + " password")
                .hasMessageContaining("[ECA-XML-010] <contactEmail> 'ops@example..org' is not an e-mail address")
                .message().doesNotContain("s3cr3t-pass");
        assertThat(ecaFiles()).isZero();
        assertThat(report()).doesNotContain("s3cr3t-pass");
        assertThat(logged).noneMatch(l -> l.contains("s3cr3t-pass"));
    }

    @Test
    void aCorrectAppIsStillConverted() throws Exception {
        app(Fixtures.oauthApp("", "", ""));
        migrator().run(MigrateRequest.of(project).withConfirm(true));
        assertThat(ecaFiles()).isEqualTo(5);
        assertThat(report()).contains("**CONVERT**");
    }

    @Test
    void aPrivateKeyAnywhereRefusesTheAppWithoutShowingAnyPartOfIt() throws Exception {
        for (String where : List.of("certificate", "description")) {
            app(where.equals("certificate")
                    ? Fixtures.oauthApp("        <certificate>" + PRIVATE_KEY + "</certificate>\n", "", "")
                    : Fixtures.app("    <contactEmail>ops@example.org</contactEmail>\n    <description>" + PRIVATE_KEY
                            + "</description>\n    <label>Order Sync</label>\n"));
            logged.clear();
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> migrator().run(MigrateRequest.of(project).withConfirm(true)));
            assertThat(t).as(where).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("[PRIVATE_KEY] Order_Sync holds a private key in <")
                    .hasMessageContaining("A private key is never copied into an External Client App");
            String everything = t.getMessage() + String.join("\n", logged) + report();
            assertThat(everything).as(where).doesNotContain(KEY_BODY).doesNotContain("MIIE")
                    .doesNotContain("BEGIN PRIVATE KEY");
            assertThat(ecaFiles()).isZero();
        }
    }

    @Test
    void hugeValuesAreCutInTheReportAndOnTheConsole() throws Exception {
        String huge = "x".repeat(1_000_000);
        app(Fixtures.oauthApp("", "", "    <description>" + huge + "</description>\n"
                + "    <startUrl>https://example.org/" + huge + "</startUrl>\n"));
        migrator().run(MigrateRequest.of(project).withDryRun(true));
        assertThat(report().length()).isLessThan(20_000);
        assertThat(report()).contains("(1000000 characters)");
        assertThat(logged).allMatch(l -> l.length() < 20_000);
    }
}
