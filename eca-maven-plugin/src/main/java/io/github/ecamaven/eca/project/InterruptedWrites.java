package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.log.EcaLog;
import io.github.ecamaven.eca.model.io.WriteJournal;
import java.io.IOException;

/** What the goals that write into the project (generate, migrate) do first: recover a set a kill interrupted. */
public final class InterruptedWrites {

    private InterruptedWrites() {}

    /**
     * Finishes or rolls back what a killed run left in {@code journal} and removes its temp files, logging one line
     * when there was anything (a warning when a file was left as it is).
     */
    public static void recover(WriteJournal journal, EcaLog log) throws IOException {
        WriteJournal.Recovery r = journal.recover();
        if (r.busy()) {
            log.debug(() -> "another run is writing through " + journal.folder() + "; an interrupted write there is"
                    + " recovered by a later run");
        } else if (!r.kept().isEmpty()) {
            log.warn(r.summary());
        } else if (r.didSomething()) {
            log.info(r.summary());
        }
    }
}
