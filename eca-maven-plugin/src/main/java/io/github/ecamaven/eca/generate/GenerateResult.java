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
}
