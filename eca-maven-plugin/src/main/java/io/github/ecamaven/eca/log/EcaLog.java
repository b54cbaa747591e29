package io.github.ecamaven.eca.log;

import java.util.function.Supplier;

/** The log the Maven-free core writes to; the plugin adapts Maven's log to it once. Never give it a secret. */
public interface EcaLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    boolean isDebugEnabled();

    void debug(Supplier<String> message);

    /** A log that drops everything (tests, dry runs). */
    EcaLog NONE = new EcaLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void error(String message) {}

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(Supplier<String> message) {}
    };
}
