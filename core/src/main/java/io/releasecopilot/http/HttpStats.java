package io.releasecopilot.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe counters of HTTP traffic, overall and per host, for progress lines and benchmarks. Share one
 * instance between the Jira and Bitbucket clients of a run to see both.
 *
 * <ul>
 *   <li>{@code requests}: exchanges sent, retries and OAuth token refreshes included;</li>
 *   <li>{@code retries}: waits before another attempt;</li>
 *   <li>{@code failures}: calls that ended in an error for good;</li>
 *   <li>{@code bytes}: response body bytes received, of every attempt.</li>
 * </ul>
 */
public final class HttpStats {

    /**
     * The counters at one moment.
     *
     * @param requests exchanges sent
     * @param retries  waits before another attempt
     * @param failures calls that failed for good
     * @param bytes    response body bytes received
     */
    public record Snapshot(long requests, long retries, long failures, long bytes) {

        /** No traffic. */
        public static final Snapshot EMPTY = new Snapshot(0, 0, 0, 0);
    }

    private static final class Counters {
        final LongAdder requests = new LongAdder();
        final LongAdder retries = new LongAdder();
        final LongAdder failures = new LongAdder();
        final LongAdder bytes = new LongAdder();

        Snapshot snapshot() {
            return new Snapshot(requests.sum(), retries.sum(), failures.sum(), bytes.sum());
        }
    }

    private final Counters total = new Counters();
    private final Map<String, Counters> byHost = new ConcurrentHashMap<>();

    /** The counters over all hosts. */
    public Snapshot total() {
        return total.snapshot();
    }

    /** The counters of one host (lower case, without port); {@link Snapshot#EMPTY} for a host never called. */
    public Snapshot host(String host) {
        Counters counters = byHost.get(host.toLowerCase(Locale.ROOT));
        return counters == null ? Snapshot.EMPTY : counters.snapshot();
    }

    /** The counters of every host called so far, sorted by host name. */
    public Map<String, Snapshot> byHost() {
        Map<String, Snapshot> result = new TreeMap<>();
        byHost.forEach((host, counters) -> result.put(host, counters.snapshot()));
        return result;
    }

    void request(String host) {
        total.requests.increment();
        of(host).requests.increment();
    }

    void retry(String host) {
        total.retries.increment();
        of(host).retries.increment();
    }

    void failure(String host) {
        total.failures.increment();
        of(host).failures.increment();
    }

    void bytes(String host, long count) {
        total.bytes.add(count);
        of(host).bytes.add(count);
    }

    private Counters of(String host) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return byHost.computeIfAbsent(key, h -> new Counters());
    }

    @Override
    public String toString() {
        Snapshot s = total();
        return "HttpStats[requests=" + s.requests() + ", retries=" + s.retries() + ", failures=" + s.failures()
                + ", bytes=" + s.bytes() + "]";
    }
}
