package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.log.EcaLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A log that keeps every line with its level, for tests. */
public final class RecordingLog implements EcaLog {
    public final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
        lines.add("[INFO] " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("[WARN] " + message);
    }

    @Override
    public void error(String message) {
        lines.add("[ERROR] " + message);
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(Supplier<String> message) {
        lines.add("[DEBUG] " + message.get());
    }

    public String text() {
        return String.join("\n", lines);
    }
}
