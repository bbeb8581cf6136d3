package io.releasecopilot.http;

import java.time.Duration;

/** Waits between attempts; tests replace it with one that records the waits and advances a fake clock. */
@FunctionalInterface
interface Sleeper {

    /** The real thing: {@link Thread#sleep}. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
