package io.releasecopilot.source;

import io.releasecopilot.common.AuditException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the parse jobs of one read on a few threads (one per available processor, the calling thread being
 * one of them), biggest files first. Each job keeps its own result, so the output order is the job order
 * whatever the scheduling. When jobs fail, the failure of the earliest job (in job order) is thrown, so the
 * error a user sees does not depend on timing; jobs after a failed one are not started.
 *
 * <p>Kept because the read stage needs the second core when there is one: on the 10x benchmark cache it took
 * 1.23 times as long on one thread (six pairs in turn at load average 4 on a 2-core machine, 0.96 to 1.75;
 * 1.05 at load 6, when other work held the second core; "read N issues and M commits in X ms" of
 * {@code ./rc audit --offline --cache-dir <10x cache> --json a.json --log-level info}; docs/benchmarks.md).
 */
public final class ParallelRunner {

    /** One unit of work, usually one file. */
    public interface Job {

        /** The size of the work, for scheduling (bytes). */
        public long weight();

        /** Does the work. */
        public void run();
    }

    private ParallelRunner() {
    }

    /** Runs all {@code jobs}; rethrows the failure of the earliest failed job. */
    public static void runAll(List<? extends Job> jobs, Path cacheDir) {
        int n = jobs.size();
        if (n == 0) {
            return;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -jobs.get(i).weight()).thenComparing(i -> i));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        Throwable[] failures = new Throwable[n];
        Runnable worker = () -> {
            for (int k; (k = next.getAndIncrement()) < n;) {
                int index = order[k];
                if (index > firstFailed.get()) {
                    continue;
                }
                try {
                    jobs.get(index).run();
                } catch (RuntimeException | Error e) {
                    failures[index] = e;
                    firstFailed.accumulateAndGet(index, Math::min);
                }
            }
        };
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n));
        Thread[] helpers = new Thread[threads - 1];
        // What escapes a helper's catch (an out-of-memory error thrown between jobs) ends the read instead of
        // leaving a job undone unnoticed; recording it allocates nothing, unlike the default handler's print.
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(worker, "release-copilot-cache-" + (t + 1));
            helpers[t].setDaemon(true);
            helpers[t].setUncaughtExceptionHandler((thread, e) -> escaped.compareAndSet(null, e));
            helpers[t].start();
        }
        worker.run();
        try {
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            firstFailed.set(-1);
            Thread.currentThread().interrupt();
            throw new AuditException(cacheDir + ": reading the cache was interrupted");
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            if (failure instanceof Error) {
                throw (Error) failure;
            }
        }
        if (escaped.get() instanceof Error error) { // only an error thrown between jobs escapes the catch
            throw error;
        }
    }
}
