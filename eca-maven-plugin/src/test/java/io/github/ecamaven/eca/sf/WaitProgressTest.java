package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines while sf runs, and the notice when a wait is rounded to sf's whole minutes. */
class WaitProgressTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog(false);

    @Test
    void aLineEveryIntervalNamingWhatElapsedAndTheLimit() {
        WaitProgress p = new WaitProgress(log, "the deploy of all components to my-org", Duration.ofMinutes(10),
                "eca.wait", WaitProgress.INTERVAL);
        p.tick(14_999);
        assertThat(log.lines).isEmpty();
        p.tick(15_000);
        p.tick(20_000);
        p.printed(25_000);
        p.tick(39_000);
        p.tick(40_000);
        assertThat(log.lines).containsExactly(
                "[INFO] Waiting for the deploy of all components to my-org: 15 s of at most 10 minutes (eca.wait)",
                "[INFO] Waiting for the deploy of all components to my-org: 40 s of at most 10 minutes (eca.wait)");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aSlowSfGetsProgressLinesWhileItRuns() throws Exception {
        Path sf = Files.createDirectories(dir.resolve("bin")).resolve("sf");
        Files.writeString(sf, "#!/bin/sh\nsleep 1\necho '{\"status\":0,\"result\":{}}'\n", StandardCharsets.UTF_8);
        sf.toFile().setExecutable(true);
        ProcessSfCli cli = new ProcessSfCli(Files.createDirectories(dir.resolve("p")), sf.toString(),
                Duration.ofSeconds(30), log, false).progressInterval(Duration.ofMillis(300));
        cli.run(SfCommand.of("package", "install").waitsFor("the install of 04t into my-org", Duration.ofMinutes(10),
                "eca.wait").build());
        assertThat(log.lines).filteredOn(l -> l.startsWith("[INFO] Waiting for the install of 04t into my-org: "))
                .hasSizeBetween(2, 4)
                .allMatch(l -> l.endsWith(" s of at most 10 minutes (eca.wait)"));
        log.lines.clear();
        cli.run(SfCommand.of("package", "list").build());
        assertThat(log.lines).as("a command without a wait of its own names the command and eca.sfTimeout")
                .anyMatch(l -> l.startsWith("[INFO] Waiting for sf package list: ")
                        && l.endsWith(" of at most 30 s (eca.sfTimeout)"));
    }

    @Test
    void aWaitSfCannotTakeExactlyIsRoundedUpWithANotice() {
        assertThat(SfOption.waitMinutes("eca.wait", Duration.ofSeconds(15), log)).isEqualTo(1);
        assertThat(log.lines).containsExactly(
                "[INFO] eca.wait is 15 s; sf waits in whole minutes, so it waits 1 minute.");
        log.lines.clear();
        assertThat(SfOption.waitMinutes("eca.wait", Duration.ofSeconds(90), log)).isEqualTo(2);
        assertThat(SfOption.waitMinutes("eca.wait", Duration.ofMinutes(10), log)).isEqualTo(10);
        assertThat(log.lines).containsExactly(
                "[INFO] eca.wait is 1 min 30 s; sf waits in whole minutes, so it waits 2 minutes.");
    }
}
