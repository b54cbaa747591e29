package io.github.ecamaven.eca.testing;

import io.github.ecamaven.eca.log.EcaLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The one test log of the core: keeps every line as {@code [LEVEL] message}, in order. */
public final class RecordingLog implements EcaLog {

    /** Every line, e.g. {@code [WARN] Overwrote …}. */
    public final List<String> lines = new ArrayList<>();
    private final boolean debugEnabled;

    /** Debug enabled, as with {@code mvn -X}. */
    public RecordingLog() {
        this(true);
    }

    public RecordingLog(boolean debugEnabled) {
        this.debugEnabled = debugEnabled;
    }

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
        return debugEnabled;
    }

    @Override
    public void debug(Supplier<String> message) {
        if (debugEnabled) {
            lines.add("[DEBUG] " + message.get());
        }
    }

    /** The messages logged at {@code level} ({@code INFO}, {@code WARN}, {@code ERROR}, {@code DEBUG}). */
    public List<String> messages(String level) {
        String prefix = "[" + level + "] ";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    /** All lines, one per line. */
    public String text() {
        return String.join("\n", lines);
    }
}
