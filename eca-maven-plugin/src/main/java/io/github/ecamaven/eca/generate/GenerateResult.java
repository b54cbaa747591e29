package io.github.ecamaven.eca.generate;

import java.util.List;

/**
 * What a run did (or, in check mode, would do).
 *
 * @param written files written, relative to the project root
 * @param upToDate files that already had the right content (not touched)
 * @param changes managed fields that differed from the configuration (overwritten, or reported in check mode),
 *     plus one entry per missing file
 */
public record GenerateResult(List<String> written, List<String> upToDate, List<FieldChange> changes) {

    public GenerateResult {
        written = List.copyOf(written);
        upToDate = List.copyOf(upToDate);
        changes = List.copyOf(changes);
    }

    /** Whether every file already matched. */
    public boolean allUpToDate() {
        return written.isEmpty() && changes.isEmpty();
    }

    /** Files the run considered (written, up to date, or differing in check mode). */
    public int fileCount() {
        return (int) java.util.stream.Stream.concat(java.util.stream.Stream.concat(written.stream(), upToDate.stream()),
                changes.stream().map(FieldChange::file)).distinct().count();
    }

    /** The one info line of a run that did not fail. */
    public String summary() {
        return allUpToDate() ? "All " + fileCount() + " files are up to date"
                : "Wrote " + written.size() + " of " + fileCount() + " files; " + upToDate.size() + " up to date";
    }

    /** The failure message of check mode: every file and field that differs, and the fix (the goal goes first). */
    public String differences() {
        StringBuilder b = new StringBuilder("the files differ from the configuration ("
                + changes.size() + (changes.size() == 1 ? " difference" : " differences") + "):");
        for (FieldChange c : changes) {
            b.append("\n  ").append(c);
        }
        return b.append("\nrun mvn eca:generate to update them, or change the configuration").toString();
    }
}
