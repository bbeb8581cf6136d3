package io.releasecopilot.source.live;

import io.releasecopilot.common.AuditException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the fetches of one live run on a fixed number of threads, so at most that many requests are in flight.
 * Tasks may submit more tasks. The first failure cancels the rest (running tasks are interrupted and stop
 * before their next request) and is rethrown by {@link #await()} as it was thrown.
 */
final class BoundedTasks {

    private final ExecutorService pool;
    private final Runnable onFailure;
    private final Object lock = new Object();
    private int pending;
    private Throwable failure;

    BoundedTasks(int threads, Runnable onFailure) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "release-copilot-fetch-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.onFailure = onFailure;
    }

    /** Queues {@code task}; ignored once a task has failed. */
    void submit(Runnable task) {
        synchronized (lock) {
            if (failure != null) {
                return;
            }
            pending++;
        }
        try {
            pool.execute(() -> run(task));
        } catch (RejectedExecutionException e) {
            done(null);
        }
    }

    private void run(Runnable task) {
        Throwable thrown = null;
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            thrown = e;
        }
        done(thrown);
    }

    private void done(Throwable thrown) {
        boolean first = false;
        synchronized (lock) {
            pending--;
            if (thrown != null && failure == null && !(thrown instanceof CancellationException)) {
                failure = thrown;
                first = true;
            }
            lock.notifyAll();
        }
        if (first) {
            onFailure.run();
            pool.shutdownNow();
        }
    }

    /** Waits until every task has ended, or one has failed; rethrows the first failure. */
    void await() {
        try {
            synchronized (lock) {
                while (pending > 0 && failure == null) {
                    lock.wait();
                }
            }
        } catch (InterruptedException e) {
            onFailure.run();
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new AuditException("the fetch was interrupted");
        } finally {
            pool.shutdownNow();
        }
        Throwable thrown;
        synchronized (lock) {
            thrown = failure;
        }
        if (thrown != null) {
            awaitStop();
            if (thrown instanceof RuntimeException) {
                throw (RuntimeException) thrown;
            }
            throw (Error) thrown;
        }
    }

    /** Gives interrupted tasks a moment to stop, so none writes to the cache after the error surfaces. */
    private void awaitStop() {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
