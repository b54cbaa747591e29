package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfRawOutput;
import io.github.ecamaven.eca.sf.SfResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output shapes as sf 2.129.8's {@code api request rest --include} prints them. */
class CliSfRestTest {

    static final class RawSf implements SfCli {
        final List<SfCommand> commands = new ArrayList<>();
        final List<String> stdins = new ArrayList<>();
        SfRawOutput answer;

        @Override
        public SfResult run(SfCommand command) {
            throw new AssertionError("api request rest has no --json");
        }

        @Override
        public SfRawOutput runRaw(SfCommand command, byte[] stdin) {
            commands.add(command);
            stdins.add(stdin == null ? null : new String(stdin, StandardCharsets.UTF_8));
            return answer;
        }
    }

    @Test
    void parsesStatusHeadersAndBody() {
        SfRest.Response ok = CliSfRest.parse("HTTP/1.1 200\ncontent-type: application/json;charset=UTF-8\ndate: x\n"
                + "{\n  \"apps\": []\n}\n");
        SfRest.Response notFound = CliSfRest.parse("HTTP/1.1 404\ncontent-type: application/json\n[\n  {\n"
                + "    \"errorCode\": \"NOT_FOUND\"\n  }\n]\n");
        SfRest.Response deleted = CliSfRest.parse("HTTP/1.1 204\ndate: x\nconnection: keep-alive\n\n");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\n  \"apps\": []\n}");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).startsWith("[").contains("NOT_FOUND");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(CliSfRest.parse("")).isNull();
    }

    @Test
    void sendsBodiesThroughStdinAndGetWithoutBody() throws Exception {
        RawSf sf = new RawSf();
        sf.answer = new SfRawOutput(0, "HTTP/1.1 200\ncontent-type: application/json\n{}\n", "Warning: beta");
        CliSfRest rest = new CliSfRest(sf, "my-org", EcaLog.NONE);

        rest.send("PATCH", "services/data/v65.0/x", "{\"command\":\"rotate\"}");
        rest.send("DELETE", "services/data/v65.0/x", null);
        rest.send("GET", "services/data/v65.0/y?part=key", null);

        assertThat(sf.commands.get(0).arguments()).containsExactly("api", "request", "rest", "services/data/v65.0/x",
                "--target-org", "my-org", "--include", "--method", "PATCH", "--body", "-");
        assertThat(sf.stdins.get(0)).isEqualTo("{\"command\":\"rotate\"}");
        assertThat(sf.stdins.get(1)).as("sf sends no non-GET request without a body").isEqualTo("{}");
        assertThat(sf.commands.get(2).arguments()).containsExactly("api", "request", "rest",
                "services/data/v65.0/y?part=key", "--target-org", "my-org", "--include");
        assertThat(sf.stdins.get(2)).isNull();
    }

    @Test
    void anHttpErrorIsAnAnswerNotAFailure() throws Exception {
        RawSf sf = new RawSf();
        sf.answer = new SfRawOutput(1, "HTTP/1.1 403\ncontent-type: application/json\n[{\"errorCode\":\"X\"}]\n", "");

        assertThat(new CliSfRest(sf, "o", EcaLog.NONE).send("GET", "p", null).status()).isEqualTo(403);
    }

    @Test
    void noAnswerNamesTheLoginFix() {
        RawSf sf = new RawSf();
        sf.answer = new SfRawOutput(2, "", "Warning: This command is currently in beta.\nError (NamedOrgNotFoundError):"
                + " Parsing --target-org\n    No authorization information found for nope.\n");

        assertThatThrownBy(() -> new CliSfRest(sf, "nope", EcaLog.NONE).send("GET", "p", null))
                .hasMessageContaining("got no answer from 'nope' (exit 2)")
                .hasMessageContaining("Parsing --target-org (NamedOrgNotFoundError)")
                .hasMessageContaining("sf org login web");

        sf.answer = new SfRawOutput(10, "", "Error (10): fetch failed\n");
        assertThatThrownBy(() -> new CliSfRest(sf, "o", EcaLog.NONE).send("GET", "p", null))
                .hasMessageContaining("could not be reached");
    }
}
