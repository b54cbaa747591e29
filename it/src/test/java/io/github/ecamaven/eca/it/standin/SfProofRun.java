package io.github.ecamaven.eca.it.standin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The real sf of one stand-in proof class in one project, with the time each call took: printed at the end, so a
 * slow stand-in answer shows up in the build log.
 */
final class SfProofRun {

    /**
     * The pinned sf ({@code -Deca.it.sfExecutable}, set by it/pom.xml); when it is not installed the calling test
     * class is skipped, visibly: a warning in the build log and JUnit's skip reason.
     */
    static Path executableOrSkip(Class<?> test, String proof) {
        String exe = System.getProperty("eca.it.sfExecutable", "");
        boolean installed = !exe.isBlank() && Files.isExecutable(Path.of(exe));
        String why = "real sf CLI not installed at '" + exe + "' (it/sf/install-sf.sh installs it; needs npm): skipping "
                + proof;
        if (!installed) {
            System.out.println("[WARNING] " + test.getSimpleName() + ": " + why);
        }
        Assumptions.assumeTrue(installed, why);
        return Path.of(exe);
    }

    /** Stops the org and prints the timings of the run; either may be null (the class was skipped early). */
    static void finish(StandInOrg org, SfProofRun run, String title) {
        if (org != null) {
            org.close();
        }
        if (run != null) {
            run.print(title);
        }
    }

    private final SfCli sf;
    private final Path project;
    private final List<String> timings = new ArrayList<>();

    SfProofRun(SfCli sf, Path project) {
        this.sf = sf;
        this.project = project;
    }

    SfCli.Result time(String what, SfCli.Result r) {
        synchronized (timings) {
            timings.add(String.format("%-45s exit %d  %5d ms", what, r.exitCode(), r.millis()));
        }
        return r;
    }

    /** Runs sf in the project. */
    SfCli.Result run(String what, String... args) {
        return time(what, sf.run(project, args));
    }

    /** Runs sf in another folder. */
    SfCli.Result runIn(Path cwd, String what, String... args) {
        return time(what, sf.run(cwd, args));
    }

    SfCli.Result login(StandInOrg org, String alias, boolean devHub) {
        return time("org login access-token", sf.login(org, alias, project, devHub, false));
    }

    void print(String title) {
        synchronized (timings) {
            if (!timings.isEmpty()) {
                System.out.println(title + ":\n  " + String.join("\n  ", timings));
            }
        }
    }
}
