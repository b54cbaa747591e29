package io.github.ecamaven.eca.it.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real sf CLI the way the tests need it: its own HOME, no autoupdate, no telemetry, no update warning,
 * no colour, UTC, and the file-based key store (so the forked Maven build, which gets the same environment from
 * it/pom.xml, can decrypt the auth files). Inherited {@code SF_*}/{@code SFDX_*} variables are dropped so the
 * developer's own settings (target org, access token) cannot leak in.
 */
public final class SfCli {

    /** The environment every child sf gets (besides HOME); it/pom.xml gives the invoker builds the same. */
    public static final Map<String, String> ENV = Map.of(
            "SF_DISABLE_AUTOUPDATE", "true",
            "SF_AUTOUPDATE_DISABLE", "true",
            "SF_DISABLE_TELEMETRY", "true",
            "SF_SKIP_NEW_VERSION_CHECK", "true",
            "SF_USE_GENERIC_UNIX_KEYCHAIN", "true",
            // sf's own debug log file (written through a worker thread) costs about a tenth of each call
            "SF_DISABLE_LOG_FILE", "true",
            "FORCE_COLOR", "0",
            "TZ", "UTC");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exit code, stdout, stderr and stdout parsed as JSON (null when it is not JSON). */
    public record Result(int exitCode, String stdout, String stderr, JsonNode json, long millis) {

        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private final Path executable;
    private final Path home;
    private long timeoutSeconds = 180;

    public SfCli(Path executable, Path home) {
        this.executable = executable;
        this.home = home;
    }

    public Path executable() {
        return executable;
    }

    public Path home() {
        return home;
    }

    public SfCli timeoutSeconds(long seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    /** Runs {@code sf args...} in {@code cwd} with {@code extraEnv} on top of {@link #ENV}. */
    public Result run(Path cwd, Map<String, String> extraEnv, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("SF_") || k.startsWith("SFDX_") || k.equals("FORCE_COLOR") || k.equals("NO_COLOR"));
        env.putAll(ENV);
        env.put("HOME", home.toString());
        env.putAll(extraEnv);
        long start = System.nanoTime();
        try {
            Files.createDirectories(home);
            File out = File.createTempFile("sf-out", ".txt");
            File err = File.createTempFile("sf-err", ".txt");
            try {
                pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                Process p = pb.start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    throw new IllegalStateException("sf " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
                }
                String stdout = Files.readString(out.toPath(), StandardCharsets.UTF_8);
                String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
                JsonNode json = null;
                try {
                    json = stdout.isBlank() ? null : JSON.readTree(stdout);
                } catch (IOException notJson) {
                    // leave null
                }
                return new Result(p.exitValue(), stdout, stderr, json, (System.nanoTime() - start) / 1_000_000);
            } finally {
                Files.deleteIfExists(out.toPath());
                Files.deleteIfExists(err.toPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Result run(Path cwd, String... args) {
        return run(cwd, Map.of(), args);
    }

    /**
     * {@code sf org login access-token --instance-url <org> --no-prompt --alias <alias> [--set-default-dev-hub]
     * [--set-default] --json} with the token in {@code SF_ACCESS_TOKEN}. Run inside an sfdx project, the defaults are
     * written to that project's {@code .sf/config.json}; elsewhere to {@code $HOME/.sf/config.json}.
     */
    public Result login(StandInOrg org, String alias, Path cwd, boolean setDefaultDevHub, boolean setDefault) {
        List<String> args = new ArrayList<>(List.of("org", "login", "access-token", "--instance-url", org.instanceUrl(),
                "--no-prompt", "--alias", alias));
        if (setDefaultDevHub) {
            args.add("--set-default-dev-hub");
        }
        if (setDefault) {
            args.add("--set-default");
        }
        args.add("--json");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SF_ACCESS_TOKEN", org.accessToken());
        return run(cwd, env, args.toArray(String[]::new));
    }
}
