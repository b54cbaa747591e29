package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.GLOBAL;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eca:generate's gate runs eca:validate's secret rules on the files it would rewrite, even on what was there. */
class GenerateRefusesSecretsTest {

    private static final String SECRET = "7D1E5F0C9B8A7D1E5F0C9B8A";
    private static final String KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog(false);

    private Map<String, String> files() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(project.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void aGlobalOauthFileWithAConsumerSecretAndAPrivateKeyIsNotRewritten() throws Exception {
        new EcaGenerator(log).generate(request(project, nango()));
        // a hand edit generate would keep, and a managed field it would put back: the file is about to be rewritten
        Files.writeString(project.resolve(GLOBAL), read(project, GLOBAL)
                .replace("<isPkceRequired>true</isPkceRequired>", "<isPkceRequired>false</isPkceRequired>")
                .replace("    <externalClientApplication>", "    <certificate>-----BEGIN PRIVATE KEY-----\n"
                        + KEY_BODY + "\n-----END PRIVATE KEY-----</certificate>\n    <consumerSecret>" + SECRET
                        + "</consumerSecret>\n    <externalClientApplication>"));
        String text = read(project, GLOBAL);
        int certificateLine = text.substring(0, text.indexOf("<certificate>")).split("\n", -1).length;
        int secretLine = text.substring(0, text.indexOf("<consumerSecret>")).split("\n", -1).length;
        Map<String, String> before = files();

        Throwable refused = catchThrowable(() -> new EcaGenerator(log).generate(request(project, nango())));

        assertThat(refused).isInstanceOf(GenerateConfigException.class)
                .hasMessageContaining("nothing was written")
                .hasMessageContaining(GLOBAL + ":" + secretLine + " with ECA-SEC-001")
                .hasMessageContaining(GLOBAL + ":" + certificateLine + " with ECA-SEC-007")
                .hasMessageContaining("generate does not rewrite a file that holds a secret");
        assertThat(refused.getMessage()).doesNotContain(SECRET).doesNotContain(KEY_BODY);
        assertThat(log.lines).noneMatch(l -> l.contains(SECRET) || l.contains(KEY_BODY));
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void withoutTheSecretTheSameRewriteGoesThrough() throws Exception {
        new EcaGenerator(log).generate(request(project, nango()));
        Files.writeString(project.resolve(GLOBAL), read(project, GLOBAL)
                .replace("<isPkceRequired>true</isPkceRequired>", "<isPkceRequired>false</isPkceRequired>")
                .replace("    <externalClientApplication>", "    <consumerSecret/>\n    <externalClientApplication>"));

        GenerateResult result = new EcaGenerator(log).generate(request(project, nango()));

        assertThat(result.written()).containsExactly(GLOBAL);
        assertThat(read(project, GLOBAL)).contains("<isPkceRequired>true</isPkceRequired>");
    }
}
