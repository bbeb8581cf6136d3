package io.releasecopilot.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when the code under test sleeps; records every wait. */
final class FakeTime extends Clock implements Sleeper {

    private final AtomicReference<Instant> now;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    FakeTime(Instant start) {
        now = new AtomicReference<>(start);
    }

    FakeTime() {
        this(Instant.parse("2026-09-01T10:00:00Z"));
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }

    Duration slept() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** Moves the clock without a wait, as time spent elsewhere (a request that times out) would. */
    void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
