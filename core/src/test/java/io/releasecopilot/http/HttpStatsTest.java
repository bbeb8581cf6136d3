package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Counters overall and per host, safe under concurrent updates. */
class HttpStatsTest {

    @Test
    void shouldCountPerHostAndInTotal() {
        HttpStats stats = new HttpStats();
        stats.request("API.bitbucket.org");
        stats.request("api.bitbucket.org");
        stats.retry("api.bitbucket.org");
        stats.bytes("api.bitbucket.org", 100);
        stats.request("acme.atlassian.net");
        stats.failure("acme.atlassian.net");

        assertThat(stats.total()).isEqualTo(new HttpStats.Snapshot(3, 1, 1, 100));
        assertThat(stats.host("api.bitbucket.org")).isEqualTo(new HttpStats.Snapshot(2, 1, 0, 100));
        assertThat(stats.host("nowhere.example")).isEqualTo(HttpStats.Snapshot.EMPTY);
        assertThat(stats.byHost()).containsOnlyKeys("acme.atlassian.net", "api.bitbucket.org");
    }

    @Test
    void shouldNotLoseCountsUnderConcurrency() throws InterruptedException {
        HttpStats stats = new HttpStats();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4_000; i++) {
            String host = "host" + (i % 3);
            pool.execute(() -> {
                stats.request(host);
                stats.bytes(host, 2);
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(stats.total().requests()).isEqualTo(4_000);
        assertThat(stats.total().bytes()).isEqualTo(8_000);
        assertThat(stats.byHost().values().stream().mapToLong(HttpStats.Snapshot::requests).sum()).isEqualTo(4_000);
    }
}
