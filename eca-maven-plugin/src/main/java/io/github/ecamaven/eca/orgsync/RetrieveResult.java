package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.drift.DriftReport;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished retrieve: the files kept, the ones dropped because they belong to other apps, and the drift.
 *
 * @param kept retrieved files of the configured apps
 * @param dropped retrieved files of other apps, deleted
 * @param drift repository vs org
 * @param driftJson path of drift.json
 * @param driftMarkdown path of drift.md
 */
public record RetrieveResult(List<Path> kept, List<Path> dropped, DriftReport drift, Path driftJson,
        Path driftMarkdown) {}
