package io.releasecopilot.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the build interrupts the step's thread ({@code SynchronousNonBlockingStepExecution.stop} cancels its
 * task): the audit must end within seconds, fetch threads included, archive and attach nothing, and leave a cache
 * the next run resumes from.
 */
class AbortTest {

    @TempDir
    Path workspace;

    @Test
    void shouldStopALiveFetchWithinSecondsArchiveNothingAndLeaveTheCacheReadable() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            // real time is the point here: the interrupt must cut a request the server holds for 30 s; the test
            // waits for the request to arrive and for the threads to end, never for the delay
            StubMapping slow = fake.server.stubFor(get(urlPathEqualTo(AtlassianFake.COMMITS)).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")
                    .withFixedDelay(30_000)));
            FakeBuild build = new FakeBuild(workspace);
            build.credentials = AtlassianFake.credentials();
            AtomicReference<Throwable> ended = new AtomicReference<>();
            Thread step = new Thread(() -> {
                try {
                    AuditStepRunner.run(fake.options(), build, "test");
                } catch (Throwable e) {
                    ended.set(e);
                }
            }, "releaseAudit step");
            step.start();
            long waitUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (fake.server.findAll(getRequestedFor(urlPathEqualTo(AtlassianFake.COMMITS))).isEmpty()
                    && System.nanoTime() < waitUntil) {
                Thread.sleep(20);
            }
            assertThat(fake.server.findAll(getRequestedFor(urlPathEqualTo(AtlassianFake.COMMITS)))).isNotEmpty();

            long stop = System.nanoTime();
            step.interrupt();
            step.join(Duration.ofSeconds(10).toMillis());
            while (fetchThreads() > 0 && System.nanoTime() - stop < Duration.ofSeconds(10).toNanos()) {
                Thread.sleep(10);
            }
            long stoppedMs = (System.nanoTime() - stop) / 1_000_000;
            System.out.println("releaseAudit stopped " + stoppedMs + " ms after the interrupt");

            assertThat(step.isAlive()).as("the step's thread ended").isFalse();
            assertThat(stoppedMs).isLessThan(5_000);
            assertThat(ended.get()).isNotNull().hasMessageContaining("interrupted");
            assertThat(build.archived).isEmpty();
            assertThat(build.attached).isNull();
            assertThat(workspace.resolve("release-audit")).doesNotExist();
            assertThat(fetchThreads()).as("fetch threads still running").isZero();

            fake.server.removeStub(slow);
            FakeBuild again = new FakeBuild(workspace);
            again.credentials = AtlassianFake.credentials();
            Map<String, Object> result = AuditStepRunner.run(fake.options(), again, "test");

            assertThat(result).containsEntry("storiesTotal", 2).containsEntry("commitsTotal", 3);
            assertThat(again.archived).isNotEmpty();
        }
    }

    @Test
    void shouldArchiveNothingWhenTheBuildIsStoppedAsTheAuditEnds() {
        SampleWorkspace.create(workspace);
        FakeBuild build = new FakeBuild(workspace) {
            @Override
            public AuditSummary audit(AuditCallable callable) throws java.io.IOException {
                AuditSummary summary = super.audit(callable);
                Thread.currentThread().interrupt();
                return summary;
            }
        };
        try {
            assertThatThrownBy(() -> AuditStepRunner.run(SampleWorkspace.offline(), build, "test"))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(build.archived).isEmpty();
        assertThat(build.attached).isNull();
    }

    /** Counts the core's fetch threads alive (they are named {@code release-copilot-fetch-N}). */
    private static long fetchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("release-copilot-fetch")).count();
    }
}
