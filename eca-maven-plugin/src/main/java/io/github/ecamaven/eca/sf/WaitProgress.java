package io.github.ecamaven.eca.sf;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.text.Durations;
import java.time.Duration;

/**
 * The progress line of every wait on sf, so that no goal is silent for longer than {@link #INTERVAL}: what it waits
 * for, how long it has waited and the limit ({@code Waiting for the deploy to my-org: 45 s of at most 10 minutes
 * (eca.wait)}). {@link ProcessSfCli} prints it while one sf command runs; a goal that polls sf itself (the package
 * version build) gives it the time between its polls.
 */
public final class WaitProgress {

    /** The longest a goal stays silent while it waits on sf. */
    public static final Duration INTERVAL = Duration.ofSeconds(15);

    private final EcaLog log;
    private final String what;
    private final Duration limit;
    private final String limitName;
    private final long intervalMillis;
    private long lastMillis;

    /**
     * @param what what is waited for, e.g. {@code the deploy of 3 files to my-org}
     * @param limit how long the goal waits at most
     * @param limitName the parameter that sets the limit ({@code eca.wait}), or null
     * @param interval how often a line is printed ({@link #INTERVAL}; shorter in tests)
     */
    public WaitProgress(EcaLog log, String what, Duration limit, String limitName, Duration interval) {
        this.log = log;
        this.what = what;
        this.limit = limit;
        this.limitName = limitName;
        this.intervalMillis = Math.max(1, interval.toMillis());
    }

    /** Prints the line when {@link #INTERVAL} has passed since the last line (or the start). */
    public void tick(long elapsedMillis) {
        if (elapsedMillis - lastMillis >= intervalMillis) {
            lastMillis = elapsedMillis;
            log.info(line(elapsedMillis));
        }
    }

    /** The goal printed a progress line of its own (a poll's status): the next line is due an interval later. */
    public void printed(long elapsedMillis) {
        lastMillis = elapsedMillis;
    }

    String line(long elapsedMillis) {
        long s = elapsedMillis / 1000;
        return "Waiting for " + what + ": " + (s < 60 ? s + " s" : Durations.describe(Duration.ofSeconds(s)))
                + " of at most " + Durations.describe(limit) + (limitName == null ? "" : " (" + limitName + ")");
    }
}
