package io.github.ecamaven.eca.generate;

import io.github.ecamaven.eca.log.EcaLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** An {@link EcaLog} that keeps the info and warning lines, for tests of what generate says at which level. */
final class RecordingLog implements EcaLog {

    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void error(String message) {}

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(Supplier<String> message) {}
}
