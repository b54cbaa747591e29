package io.github.ecamaven.eca.maven.internal;

import io.github.ecamaven.eca.log.EcaLog;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/** Maven's {@link Log} seen as an {@link EcaLog}. */
public final class MavenEcaLog implements EcaLog {

    private final Log log;

    public MavenEcaLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(Supplier<String> message) {
        if (log.isDebugEnabled()) {
            log.debug(message.get());
        }
    }
}
