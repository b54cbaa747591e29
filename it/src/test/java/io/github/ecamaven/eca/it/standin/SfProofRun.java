package io.github.ecamaven.eca.it.standin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real sf of one stand-in proof class in one project, with the time each call took: printed at the end, so a
 * slow stand-in answer shows up in the build log.
 */
final class SfProofRun {

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
