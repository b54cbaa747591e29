package io.github.ecamaven.eca.packaging;

import java.util.ArrayList;
import java.util.List;

/** A clock that advances only when asked to sleep. */
final class FakeTicker implements Ticker {
    long now = 1_000_000L;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public void sleep(long millis) {
        sleeps.add(millis);
        now += millis;
    }
}
