package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.sf.SfCli;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfRawOutput;
import io.github.ecamaven.eca.sf.SfResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output shapes as sf 2.129.8's {@code api request rest --include} prints them. */
class CliSfRestTest {

    static final class RawSf implements SfCli {
        final List<SfCommand> commands = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();
        final List<String> bodyPermissions = new ArrayList<>();
        SfRawOutput answer;

        @Override
        public SfResult run(SfCommand command) {
            throw new AssertionError("api request rest has no --json");
        }

        @Override
        public SfRawOutput runRaw(SfCommand command) {
            commands.add(command);
            String b = command.option("--body");
            try {
                bodies.add(b == null ? null : Files.readString(Path.of(b.substring(1)), StandardCharsets.UTF_8));
                bodyPermissions.add(b == null ? null
                        : PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(b.substring(1)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
    void sendsBodiesThroughAnOwnerOnlyFileDeletedAfterwardsAndGetWithoutBody() throws Exception {
        RawSf sf = new RawSf();
        sf.answer = new SfRawOutput(0, "HTTP/1.1 200\ncontent-type: application/json\n{}\n", "Warning: beta");
        CliSfRest rest = new CliSfRest(sf, "my-org", EcaLog.NONE);

        rest.send("PATCH", "services/data/v65.0/x", "{\"command\":\"rotate\"}");
        rest.send("DELETE", "services/data/v65.0/x", null);
        rest.send("GET", "services/data/v65.0/y?part=key", null);

        List<String> patch = sf.commands.get(0).arguments();
        assertThat(patch.subList(0, 9)).containsExactly("api", "request", "rest", "services/data/v65.0/x",
                "--target-org", "my-org", "--include", "--method", "PATCH");
        assertThat(patch.get(9)).isEqualTo("--body");
        assertThat(patch.get(10)).startsWith("@");
        assertThat(Path.of(patch.get(10).substring(1))).as("deleted after the call").doesNotExist();
        assertThat(sf.bodies.get(0)).isEqualTo("{\"command\":\"rotate\"}");
        assertThat(sf.bodyPermissions.get(0)).isEqualTo("rw-------");
        assertThat(sf.bodies.get(1)).as("sf sends no non-GET request without a body").isEqualTo("{}");
        assertThat(sf.commands.get(2).arguments()).containsExactly("api", "request", "rest",
                "services/data/v65.0/y?part=key", "--target-org", "my-org", "--include");
        assertThat(sf.bodies.get(2)).isNull();
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
