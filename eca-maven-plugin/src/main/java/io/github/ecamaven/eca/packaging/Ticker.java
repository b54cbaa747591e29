package io.github.ecamaven.eca.packaging;

/** Time for polling; replaced in tests so nothing sleeps. */
public interface Ticker {

    long nowMillis();

    void sleep(long millis) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nowMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };
}
