package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The edges of the sf gateway, with sh scripts standing in for sf. */
@DisabledOnOs(OS.WINDOWS)
class SfGatewayEdgesTest {

    private static final String VERSION_OK = "if [ \"$1\" = version ]; then"
            + " echo '{\"cliVersion\":\"@salesforce/cli/2.129.8\"}'; exit 0; fi\n";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private ProcessSfCli cli(String body, Duration timeout) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path sf = bin.resolve("sf");
        Files.writeString(sf, "#!/bin/sh\n" + VERSION_OK + body + "\n", StandardCharsets.UTF_8);
        sf.toFile().setExecutable(true);
        return new ProcessSfCli(Files.createDirectories(dir.resolve("project")), sf.toString(), timeout, log);
    }

    private ProcessSfCli cli(String body) throws Exception {
        return cli(body, Duration.ofSeconds(60));
    }

    private static SfCommand list() {
        return SfCommand.of("package", "list").build();
    }

    @Test
    void aGrandchildKeepingStdoutOpenIsStoppedAndTheResultStillRead() throws Exception {
        Path pidFile = dir.resolve("grandchild.pid");
        SfResult r = cli("sleep 300 &\necho $! > '" + pidFile + "'\necho '{\"status\":0,\"result\":{\"ok\":true}}'")
                .run(list());
        assertThat(r.result().path("ok").asBoolean()).isTrue();
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(h -> {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the grandchild " + pid + " is still running", e);
            }
        });
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(log.lines).anyMatch(m -> m.startsWith("[DEBUG]") && m.contains("exited but left 1 process(es) running"));
    }

    @Test
    void exitZeroWithAFailureStatusIsAFailure() throws Exception {
        assertThatThrownBy(() -> cli("echo '{\"status\":1,\"result\":{}}'").run(list()))
                .isInstanceOf(SfOutputException.class)
                .hasMessageContaining("sf package list exited 0 but its JSON says status 1; treated as a failure");
    }

    @Test
    void exitZeroWithOutputOnStderrOnlyIsAFailure() throws Exception {
        assertThatThrownBy(() -> cli("echo 'Error: something broke' >&2").run(list()))
                .isInstanceOf(SfOutputException.class)
                .hasMessageContaining("exited 0 but printed no JSON, only on stderr")
                .hasMessageContaining("something broke");
    }

    @Test
    void stderrOfASuccessIsLoggedAtDebugAndAsAWarningWhenSfWarns() throws Exception {
        cli("echo 'progress 50%' >&2\necho '{\"status\":0,\"result\":{}}'").run(list());
        assertThat(log.lines).contains("[DEBUG] sf package list stderr: progress 50%");
        assertThat(log.lines).noneMatch(m -> m.startsWith("[WARN]"));
        cli("echo 'Warning: the org is about to expire' >&2\necho '{\"status\":0,\"result\":{}}'").run(list());
        assertThat(log.lines).filteredOn(m -> m.startsWith("[WARN]"))
                .containsExactly("[WARN] sf package list: Warning: the org is about to expire");
    }

    @Test
    void aTimeoutOfZeroOrLessIsRefusedBeforeSfRuns() throws Exception {
        Path ran = dir.resolve("ran");
        for (Duration d : List.of(Duration.ZERO, Duration.ofSeconds(-5))) {
            assertThatThrownBy(() -> cli("touch '" + ran + "'\necho '{\"status\":0,\"result\":{}}'", d).run(list()))
                    .isInstanceOf(SfParameterException.class)
                    .hasMessageContaining("eca.sfTimeout is " + d.toSeconds() + "; it must be at least 1 second");
        }
        assertThat(ran).doesNotExist();
    }

    @Test
    void enumLikeFlagsAreCheckedNamingTheParameterAndSpelledAsSfDoes() throws Exception {
        assertThat(SfOption.SECURITY_TYPE.check("eca.packageInstall.securityType", "allusers")).isEqualTo("AllUsers");
        assertThat(SfOption.SECURITY_TYPE.check("eca.packageInstall.securityType", " ")).isNull();
        assertThatThrownBy(() -> SfOption.SECURITY_TYPE.check("eca.packageInstall.securityType", "Everyone"))
                .isInstanceOf(SfParameterException.class)
                .hasMessage("eca.packageInstall.securityType is 'Everyone', which sf package install --security-type does not"
                        + " accept; use one of AllUsers, AdminsOnly.");
        assertThatThrownBy(() -> SfOption.VALIDATE_TEST_LEVEL.check("eca.deploy.testLevel", "NoTestRun"))
                .hasMessageContaining("use one of RunAllTestsInOrg, RunLocalTests, RunSpecifiedTests,"
                        + " RunRelevantTests");
        assertThat(SfOption.DEPLOY_TEST_LEVEL.check("eca.deploy.testLevel", "notestrun")).isEqualTo("NoTestRun");
        assertThatThrownBy(() -> SfOption.atLeast("eca.wait", -1, 0, "minutes"))
                .isInstanceOf(SfParameterException.class).hasMessage("eca.wait is -1; it must be at least 0 minutes.");
    }

    /** The allowed values are those of the pinned sf's help, when the reference is beside the worktree. */
    @Test
    void allowedValuesMatchTheSfHelpReferenceWhenPresent() throws Exception {
        Path flags = Path.of("../../shared/reference/sf-cli/help/FLAGS.md");
        if (!Files.isRegularFile(flags)) {
            System.out.println("SKIPPED allowedValuesMatchTheSfHelpReferenceWhenPresent: no " + flags.toAbsolutePath());
            return;
        }
        List<String> lines = Files.readAllLines(flags);
        List<String> mismatches = new ArrayList<>();
        for (SfOption o : SfOption.values()) {
            String command = o.name().equals("VALIDATE_TEST_LEVEL") ? "project deploy validate"
                    : o.name().equals("DEPLOY_TEST_LEVEL") ? "project deploy start"
                    : o.name().equals("PACKAGE_TYPE") ? "package create" : "package install";
            boolean in = false;
            String found = null;
            for (String l : lines) {
                if (l.startsWith("## ")) {
                    in = l.equals("## sf " + command);
                } else if (in && l.startsWith("| " + o.flag() + " |")) {
                    found = l.split("\\|")[6].strip();
                }
            }
            if (!String.join("/", o.allowed()).equals(found)) {
                mismatches.add(o + ": " + o.allowed() + " vs " + found);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
