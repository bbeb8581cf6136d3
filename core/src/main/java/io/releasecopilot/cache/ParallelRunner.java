package io.releasecopilot.cache;

import io.releasecopilot.common.AuditException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the parse jobs of one read on a few threads (one per available processor, the calling thread being
 * one of them), biggest files first. Each job keeps its own result, so the output order is the job order
 * whatever the scheduling. When jobs fail, the failure of the earliest job (in job order) is thrown, so the
 * error a user sees does not depend on timing; jobs after a failed one are not started.
 */
public final class ParallelRunner {

    /** One unit of work, usually one file. */
    public interface Job {

        /** The size of the work, for scheduling (bytes). */
        public long weight();

        /** Does the work with a string pool view private to the running thread. */
        public void run(StringPool.Local pool);
    }

    private ParallelRunner() {
    }

    /** Runs all {@code jobs}; rethrows the failure of the earliest failed job. */
    public static void runAll(List<? extends Job> jobs, StringPool pool, Path cacheDir) {
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
            StringPool.Local local = pool.local();
            for (int k; (k = next.getAndIncrement()) < n;) {
                int index = order[k];
                if (index > firstFailed.get()) {
                    continue;
                }
                try {
                    jobs.get(index).run(local);
                } catch (RuntimeException | Error e) {
                    failures[index] = e;
                    firstFailed.accumulateAndGet(index, Math::min);
                }
            }
        };
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n));
        Thread[] helpers = new Thread[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(worker, "release-copilot-cache-" + (t + 1));
            helpers[t].setDaemon(true);
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
    }
}
