package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ecamaven.eca.testing.SfFixtures;
import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The real process runner against small sh scripts standing in for sf. */
@DisabledOnOs(OS.WINDOWS)
class ProcessSfCliTest {

    private static final String VERSION_OK = "if [ \"$1\" = version ]; then echo \"$1\" >> \"$(dirname \"$0\")/versions.txt\";"
            + " echo '{\"cliVersion\":\"@salesforce/cli/2.129.8\"}'; exit 0; fi\n";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private Path script(String body) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path sf = bin.resolve("sf");
        Files.writeString(sf, "#!/bin/sh\n" + VERSION_OK + body + "\n", StandardCharsets.UTF_8);
        sf.toFile().setExecutable(true);
        return sf;
    }

    private ProcessSfCli cli(Path sf, int timeoutSeconds) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        return new ProcessSfCli(project, sf.toString(), Duration.ofSeconds(timeoutSeconds), log);
    }

    private static SfCommand create() {
        return SfCommand.of("package", "create").option("--name", "Nango External App").build();
    }

    @Test
    void aValueThatSfWouldReadAsAFlagIsRefusedBeforeAnythingStarts() throws Exception {
        Path marker = dir.resolve("ran");
        Path sf = script("touch '" + marker + "'\necho '{\"status\":0,\"result\":{}}'\n");
        SfCommand cmd = SfCommand.of("org", "display").option("--target-org", "--json").build();
        assertThatThrownBy(() -> cli(sf, 60).run(cmd)).isInstanceOf(SfParameterException.class)
                .hasMessageStartingWith("<targetOrg> (eca.targetOrg) is '--json', which begins with '-'");
        assertThat(marker).doesNotExist();
    }

    @Test
    void passesTheArgvUnsplitTheEnvironmentAndTheProjectAsWorkingDirectory() throws Exception {
        Path sf = script("""
                for a in "$@"; do echo "$a"; done > "$(dirname "$0")/args.txt"
                printf '{"status":0,"result":{"tz":"%s","color":"%s","a":"%s","b":"%s","t":"%s","pwd":"%s"}}' \
                  "$TZ" "$FORCE_COLOR" "$SF_DISABLE_AUTOUPDATE" "$SF_AUTOUPDATE_DISABLE" "$SF_DISABLE_TELEMETRY" "$PWD"
                """);
        SfResult r = cli(sf, 20).run(create());
        assertThat(Files.readAllLines(dir.resolve("bin/args.txt")))
                .containsExactly("package", "create", "--name", "Nango External App", "--json");
        assertThat(r.result().get("tz").asText()).isEqualTo("UTC");
        assertThat(r.result().get("color").asText()).isEqualTo("0");
        assertThat(r.result().get("a").asText()).isEqualTo("true");
        assertThat(r.result().get("b").asText()).isEqualTo("true");
        assertThat(r.result().get("t").asText()).isEqualTo("true");
        assertThat(Path.of(r.result().get("pwd").asText()).toRealPath()).isEqualTo(dir.resolve("project").toRealPath());
    }

    @Test
    void noSfChildSeesTheNangoKeyOrANamedSecretVariableButKeepsTheOnesSfReads() throws Exception {
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("NANGO_SECRET_KEY", "n",
                "MY_INSTALL_KEY", "k", "SF_ACCESS_TOKEN", "t", "PATH", "/bin", "HOME", "/home/u"));
        ProcessSfCli.childEnvironment(env, java.util.Set.of("MY_INSTALL_KEY", "SF_ACCESS_TOKEN"));
        assertThat(env).doesNotContainKeys("NANGO_SECRET_KEY", "MY_INSTALL_KEY")
                .containsEntry("SF_ACCESS_TOKEN", "t").containsEntry("PATH", "/bin").containsEntry("TZ", "UTC");

        // the real child: a variable named as a goal's secret is not in its environment
        Path sf = script("printf '{\"status\":0,\"result\":{\"home\":\"%s\",\"path\":\"%s\"}}' \"${HOME-unset}\" \"$PATH\"");
        Path project = Files.createDirectories(dir.resolve("project"));
        SfResult r = new ProcessSfCli(project, sf.toString(), Duration.ofSeconds(20), log, java.util.Set.of("HOME"))
                .run(create());
        assertThat(r.result().get("home").asText()).isEqualTo("unset");
        assertThat(r.result().get("path").asText()).isEqualTo(System.getenv("PATH"));
    }

    @Test
    void anSfRunInAnotherFolderRunsThereWithTheSameHome() throws Exception {
        Path sf = script("printf '{\"status\":0,\"result\":{\"pwd\":\"%s\"}}' \"$(pwd)\"");
        Path project = Files.createDirectories(dir.resolve("project"));
        Path staged = Files.createDirectories(dir.resolve("project/target/eca/deploy/linked"));
        SfResult r = new ProcessSfCli(project, sf.toString(), Duration.ofSeconds(20), log).in(staged).run(create());
        assertThat(Path.of(r.result().get("pwd").asText()).toRealPath()).isEqualTo(staged.toRealPath());

        // a relative HOME (sf's logins) stays the one of the project's folder; an absolute one stays as it is
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("HOME", "sf-home"));
        ProcessSfCli.keepRelativeHome(env, project);
        assertThat(env).containsEntry("HOME", project.toAbsolutePath().resolve("sf-home").toString());
        java.util.Map<String, String> absolute = new java.util.HashMap<>(java.util.Map.of("HOME", "/home/u"));
        ProcessSfCli.keepRelativeHome(absolute, project);
        assertThat(absolute).containsEntry("HOME", "/home/u");
    }

    @Test
    void checksTheVersionOnceAndLogsOnlyTheMaskedCommandLine() throws Exception {
        Path sf = script("echo '{\"status\":0,\"result\":{}}'");
        ProcessSfCli cli = cli(sf, 20);
        SfCommand withKey = SfCommand.of("package", "install").secret("--installation-key", Secret.of("s3cret"))
                .build();
        cli.run(withKey);
        cli.run(withKey);
        assertThat(Files.readAllLines(dir.resolve("bin/versions.txt"))).hasSize(1);
        assertThat(cli.version()).isEqualTo("2.129.8");
        assertThat(log.messages("DEBUG")).anyMatch(l -> l.contains("--installation-key ******"));
        assertThat(log.messages("DEBUG")).noneMatch(l -> l.contains("s3cret"));
    }

    @Test
    void readsTheVersionFromThePackageJsonOfAnNpmInstallWithoutStartingSf() throws Exception {
        Path cliDir = Files.createDirectories(dir.resolve("node_modules/@salesforce/cli/bin"));
        Files.writeString(cliDir.resolve("../package.json"),
                "{\"name\":\"@salesforce/cli\",\"scripts\":{\"x\":\"y\"},\"version\":\"2.130.1\"}");
        Path runJs = cliDir.resolve("run.js");
        Files.writeString(runJs, "#!/bin/sh\n" + VERSION_OK + "echo '{\"status\":0,\"result\":{}}'\n");
        runJs.toFile().setExecutable(true);
        Path bin = Files.createDirectories(dir.resolve("node_modules/.bin"));
        Path sf = Files.createSymbolicLink(bin.resolve("sf"), Path.of("../@salesforce/cli/bin/run.js"));
        ProcessSfCli cli = cli(sf, 20);
        cli.run(create());
        assertThat(cli.version()).isEqualTo("2.130.1");
        assertThat(cliDir.resolve("versions.txt")).as("sf version was not started").doesNotExist();

        Files.writeString(cliDir.resolve("../package.json"), "{\"name\":\"@salesforce/cli\",\"version\":\"1.86.0\"}");
        assertThatThrownBy(() -> cli(sf, 20).run(create())).isInstanceOf(SfUnavailableException.class)
                .hasMessageContaining("sf 1.86.0 at").hasMessageContaining("too old");
    }

    @Test
    void asksSfForItsVersionWhenThePackageJsonNearbyIsNotTheCli() throws Exception {
        Path sf = script("echo '{\"status\":0,\"result\":{}}'");
        Files.writeString(dir.resolve("bin/package.json"), "{\"name\":\"my-wrapper\",\"version\":\"0.0.1\"}");
        ProcessSfCli cli = cli(sf, 20);
        cli.run(create());
        assertThat(cli.version()).isEqualTo("2.129.8");
        assertThat(Files.readAllLines(dir.resolve("bin/versions.txt"))).hasSize(1);
    }

    @Test
    void anExecutableStillOpenForWritingIsRetriedUntilItIsClosed() throws Exception {
        Path sf = script("echo '{\"status\":0,\"result\":{\"ran\":true}}'");
        // as when another thread writes the file while a process is forked: exec fails with "Text file busy"
        java.io.OutputStream open = Files.newOutputStream(sf, java.nio.file.StandardOpenOption.APPEND);
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(30);
                open.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        closer.start();
        assertThat(cli(sf, 20).run(create()).result().get("ran").asBoolean()).isTrue();
        closer.join();

        try (java.io.OutputStream stays = Files.newOutputStream(sf, java.nio.file.StandardOpenOption.APPEND)) {
            assertThatThrownBy(() -> cli(sf, 20).run(create())).isInstanceOf(SfUnavailableException.class)
                    .hasMessageContaining("could not start " + sf).hasMessageContaining("error=26");
        }
    }

    @Test
    void stdinIsClosed() throws Exception {
        Path sf = script("cat > /dev/null\necho '{\"status\":0,\"result\":{\"read\":true}}'");
        assertThat(cli(sf, 20).run(create()).result().get("read").asBoolean()).isTrue();
    }

    @Test
    void errorEnvelopeWithExitCode() throws Exception {
        Files.writeString(dir.resolve("err.json"), SfFixtures.text("error.no-devhub.json"));
        Path sf = script("cat \"$(dirname \"$0\")/../err.json\"\nexit 1");
        SfErrorException e = catchThrowableOfType(SfErrorException.class, () -> cli(sf, 20).run(create()));
        assertThat(e.name()).isEqualTo("NoDefaultDevHubError");
        assertThat(e.exitCode()).isEqualTo(1);
    }

    @Test
    void stderrOnlyRequiresProjectError() throws Exception {
        Path sf = script("""
                echo '    RequiresProjectError: This command is required to run from within a ' >&2
                echo '    Salesforce project directory.' >&2
                echo '    Code: RequiresProjectError' >&2
                exit 1""");
        SfErrorException e = catchThrowableOfType(SfErrorException.class, () -> cli(sf, 20).run(create()));
        assertThat(e.name()).isEqualTo("RequiresProjectError");
    }

    @Test
    void hugeOutputOnBothStreamsDoesNotDeadlock() throws Exception {
        Path sf = script("""
                head -c 3000000 /dev/zero | tr '\\0' 'e' >&2
                printf '{"status":0,"result":{"big":"'
                head -c 6000000 /dev/zero | tr '\\0' 'x'
                printf '"}}'""");
        SfResult r = cli(sf, 60).run(create());
        assertThat(r.result().get("big").asText()).hasSize(6_000_000);
        // stderr is capped at 1 MiB but drained to the end, so sf never blocks on it
        assertThat(r.stderr().length()).isBetween(1, 1 << 20);
        assertThat(r.stderr().charAt(0)).isEqualTo('e');
    }

    @Test
    void nonUtf8BytesAreReplacedNotFatal() throws Exception {
        Path sf = script("printf '{\"status\":0,\"result\":{\"name\":\"caf\\351\"}}'\nprintf 'bad \\377\\376' >&2");
        SfResult r = cli(sf, 20).run(create());
        assertThat(r.result().get("name").asText()).isEqualTo("caf\uFFFD");
        assertThat(r.stderr()).startsWith("bad ");
    }

    @Test
    void nonJsonOutputIsShown() throws Exception {
        Path sf = script("echo 'Something went \\377 wrong'\nexit 3");
        assertThatThrownBy(() -> cli(sf, 20).run(create()))
                .isInstanceOf(SfOutputException.class)
                .hasMessageContaining("exit 3")
                .hasMessageContaining("Something went");
    }

    @Test
    void timeoutKillsTheProcessTreeIncludingChildren() throws Exception {
        Path sf = script("sleep 60 &\necho $! > \"$(dirname \"$0\")/child.pid\"\nwait");
        ProcessSfCli cli = cli(sf, 1);
        assertThatThrownBy(() -> cli.run(create()))
                .isInstanceOf(SfTimeoutException.class)
                .hasMessageContaining("eca.sfTimeout");
        long child = Long.parseLong(Files.readString(dir.resolve("bin/child.pid")).strip());
        assertThat(gone(child)).isTrue();
    }

    @Test
    void interruptKillsTheChild() throws Exception {
        Path sf = script("echo $$ > \"$(dirname \"$0\")/sf.pid\"\nsleep 60");
        ProcessSfCli cli = cli(sf, 120);
        cli.run(SfCommand.of("version").withoutJsonFlag().build()); // version check out of the way
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                cli.run(create());
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        Path pidFile = dir.resolve("bin/sf.pid");
        for (int i = 0; i < 200 && !Files.exists(pidFile); i++) {
            Thread.sleep(25);
        }
        t.interrupt();
        t.join(10_000);
        assertThat(thrown.get()).isInstanceOf(SfInterruptedException.class);
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(gone(pid)).isTrue();
    }

    @Test
    void missingExecutableSaysHowToInstall() throws Exception {
        ProcessSfCli cli = cli(dir.resolve("nowhere/sf"), 5);
        assertThatThrownBy(() -> cli.run(create()))
                .isInstanceOf(SfUnavailableException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("npm install --global @salesforce/cli")
                .hasMessageContaining("-Deca.sfExecutable");
        ProcessSfCli byName = new ProcessSfCli(dir, "sf-that-is-not-installed-anywhere", Duration.ofSeconds(5), log);
        assertThatThrownBy(() -> byName.run(create()))
                .isInstanceOf(SfUnavailableException.class)
                .hasMessageContaining("not on the PATH");
    }

    @Test
    void tooOldSfIsRefused() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("old"));
        Path sf = bin.resolve("sf");
        Files.writeString(sf, "#!/bin/sh\necho '{\"cliVersion\":\"@salesforce/cli/1.86.0\"}'\n");
        sf.toFile().setExecutable(true);
        assertThatThrownBy(() -> cli(sf, 5).run(create()))
                .isInstanceOf(SfUnavailableException.class)
                .hasMessageContaining("1.86.0 ")
                .hasMessageContaining("too old")
                .hasMessageContaining("npm install --global @salesforce/cli");
    }

    @Test
    void somethingThatIsNotSfIsRefused() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("other"));
        Path sf = bin.resolve("sf");
        Files.writeString(sf, "#!/bin/sh\necho 'usage: sf [-x]' >&2\nexit 64\n");
        sf.toFile().setExecutable(true);
        assertThatThrownBy(() -> cli(sf, 5).run(create()))
                .isInstanceOf(SfUnavailableException.class)
                .hasMessageContaining("usage: sf");
    }

    /** Dead or a zombie (killed, waiting to be reaped by an init that may never do it); waits at most 2 s. */
    private static boolean gone(long pid) throws Exception {
        for (int i = 0; i < 40; i++) {
            var h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) {
                return true;
            }
            Path stat = Path.of("/proc/" + pid + "/stat");
            if (Files.exists(stat)) {
                String s = Files.readString(stat);
                if (s.substring(s.lastIndexOf(')') + 2).startsWith("Z")) {
                    return true;
                }
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void versionComparison() {
        assertThat(ProcessSfCli.compare("2.129.8", "2.0.0")).isPositive();
        assertThat(ProcessSfCli.compare("1.99.99", "2.0.0")).isNegative();
        assertThat(ProcessSfCli.compare("2.0.0", "2.0.0")).isZero();
    }
}
