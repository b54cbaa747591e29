package io.github.ecamaven.eca.doctor;

import static io.github.ecamaven.eca.doctor.DoctorProject.APP;
import static io.github.ecamaven.eca.doctor.DoctorProject.SOURCE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.ecamaven.eca.credentials.NangoClient;
import io.github.ecamaven.eca.credentials.SfRest;
import io.github.ecamaven.eca.sf.Secret;
import io.github.ecamaven.eca.sf.SfCommand;
import io.github.ecamaven.eca.sf.SfOutputParser;
import io.github.ecamaven.eca.testing.FakeSfCli;
import io.github.ecamaven.eca.testing.ProjectTrees;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Doctor over the real readers (the org view over the REST calls and sf, the Nango client over HTTP to an in-process
 * server): every request that reaches the org or Nango is a GET, sf runs only org display and a retrieve into the
 * build directory, and no file of the project changes.
 */
class DoctorReadOnlyTest {

    static final String KEY = "3MVG9.SOURCE.CONSUMER.KEY";
    static final String SECRET = "NANGO-HELD-SECRET-0002";

    @TempDir
    Path dir;

    /** The org's REST API in memory, recording every method and path. */
    static final class RecordingRest implements SfRest {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Response send(String method, String path, String jsonBody) {
            calls.add(method + " " + path);
            if (path.contains("/apps/oauth/usage")) {
                return new Response(200, "{\"apps\":[{\"developerName\":\"" + APP + "\",\"identifier\":\"0xI1\"}]}");
            }
            if (path.endsWith("/apps/oauth/credentials/0xI1")) {
                return new Response(200, "{\"consumers\":[{\"id\":\"888000000000001AAA\"}]}");
            }
            if (path.contains("/apps/oauth/credentials/0xI1/888000000000001AAA?part=key")) {
                return new Response(200, "{\"key\":\"" + KEY + "\"}");
            }
            if (path.contains("/query?q=") && path.contains("Organization")) {
                return new Response(200, "{\"records\":[{\"IsSandbox\":false,\"Name\":\"Acme\"}]}");
            }
            if (path.contains("/query?q=")) {
                return new Response(200, "{\"records\":[{\"DeveloperName\":\"" + APP
                        + "\",\"LastModifiedDate\":\"2026-01-01T00:00:00.000+0000\"}]}");
            }
            return new Response(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"not here\"}]");
        }

        @Override
        public String orgApiVersion() {
            return "65.0";
        }
    }

    @Test
    void onlyGetRequestsReachTheOrgAndNangoAndNoProjectFileChanges() throws Exception {
        DoctorProject project = DoctorProject.local();
        Path root = project.write(dir.resolve("project"));
        Map<String, String> before = ProjectTrees.projectFiles(root);

        List<String> nangoCalls = Collections.synchronizedList(new ArrayList<>());
        HttpServer nango = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        nango.createContext("/", exchange -> {
            nangoCalls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = ("{\"data\":{\"unique_key\":\"nango-sf\",\"provider\":\"salesforce\",\"credentials\":"
                    + "{\"type\":\"OAUTH2\",\"client_id\":\"" + KEY + "\",\"client_secret\":\"" + SECRET
                    + "\",\"scopes\":\"api,refresh_token\"}}}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        nango.start();
        try {
            FakeSfCli sf = FakeSfCli.answering(command -> answer(command, root, project));
            RecordingRest rest = new RecordingRest();
            OrgView org = new SfOrgView(sf, "crm", rest, "65.0", root);
            NangoView view = NangoView.of(new NangoClient("http://127.0.0.1:" + nango.getAddress().getPort(),
                    Secret.of("nango-api-key-0002"), "the environment variable NANGO_SECRET_KEY"));
            RecordingLog log = new RecordingLog(false);
            DoctorRequest request = new DoctorRequest(root, root.resolve("target"), null, List.of(APP), "crm", null,
                    null, "nango-sf", null, null, Secret.of("nango-api-key-0002"), "NANGO_SECRET_KEY", null, false,
                    root.resolve("target/eca"));
            DoctorReport report = new Doctor(sf, log, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"),
                    ZoneOffset.UTC)).examine(request, org, null, view);

            assertThat(report.checks()).allSatisfy(c -> assertThat(c.status()).as(c.check().id() + ": "
                    + c.detail()).isEqualTo(CheckStatus.OK));
            assertThat(rest.calls).isNotEmpty().allMatch(c -> c.startsWith("GET "));
            assertThat(nangoCalls).containsOnly("GET /integrations/nango-sf");
            assertThat(sf.commands).extracting(SfCommand::name).containsOnly("org display", "project retrieve start");
            assertThat(ProjectTrees.projectFiles(root)).isEqualTo(before);
            String written = Files.readString(root.resolve("target/eca/doctor.json")) + Files.readString(
                    root.resolve("target/eca/doctor.md")) + String.join("\n", log.lines);
            assertThat(written).doesNotContain(KEY).doesNotContain(SECRET).doesNotContain("nango-api-key-0002");
        } finally {
            nango.stop(0);
        }
    }

    /** sf org display, and a retrieve that writes the org's files into its output folder. */
    private static io.github.ecamaven.eca.sf.SfResult answer(SfCommand command, Path root, DoctorProject project)
            throws Exception {
        if (command.name().equals("project retrieve start")) {
            Path out = root.resolve(command.option("--output-dir"));
            assertThat(out.normalize()).startsWith(root.resolve("target/eca"));
            for (Map.Entry<String, String> f : project.orgFiles().entrySet()) {
                Path p = out.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            return SfOutputParser.parse(command, 0, "{\"status\":0,\"result\":{\"done\":true,\"status\":\"Succeeded\","
                    + "\"success\":true,\"files\":[]}}", "");
        }
        return SfOutputParser.parse(command, 0, "{\"status\":0,\"result\":{\"id\":\"" + SOURCE_ID + "\",\"username\":"
                + "\"admin@acme.example\",\"instanceUrl\":\"https://acme.my.salesforce.com\",\"alias\":\"crm\","
                + "\"accessToken\":\"00D!SESSION\",\"apiVersion\":\"65.0\"}}", "");
    }
}
