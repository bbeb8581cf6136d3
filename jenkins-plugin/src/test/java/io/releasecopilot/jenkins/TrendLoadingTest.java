package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many builds the job page and the trend load: none for a job that never audited, at most
 * {@value ReleaseAuditTrendAction#MAX_BUILDS} (the audited ones only) otherwise, and none again until a build
 * audits. The job is a fake: a folder and a build loader that counts.
 */
class TrendLoadingTest {

    @TempDir
    Path jobDir;

    /** A job of {@code builds} builds, of which {@code audited} hold an audit; counts the builds loaded. */
    private final class FakeJob implements AuditHistory {
        final List<Integer> loaded = new ArrayList<>();
        final List<Integer> audited;

        FakeJob(List<Integer> audited) {
            this.audited = audited;
        }

        @Override
        public File rootDir() {
            return jobDir.toFile();
        }

        @Override
        public List<TrendPoint> load(int number) {
            loaded.add(number);
            return audited.contains(number) ? List.of(new TrendPoint(number, "#" + number, "job/app/" + number + "/",
                    "2026.03.1", AuditFigures.of(TrendFixtures.summary("2026.03.1", "WARN", 0.8, 3, 4, 5))))
                    : List.of();
        }
    }

    @Test
    void shouldLoadNoBuildForAJobPageWithoutAudits() {
        FakeJob job = new FakeJob(List.of());

        assertThat(ReleaseAuditTrendAction.of(null, job, new JenkinsFacade())).isEmpty();

        System.out.println("builds loaded when a job page without audits renders: " + job.loaded.size());
        assertThat(job.loaded).isEmpty();
    }

    @Test
    void shouldLoadOnlyTheAuditedBuildsOnceUntilAnotherBuildAudits() throws Exception {
        List<Integer> audited = new ArrayList<>();
        for (int number = 1; number <= 120; number += 2) {
            audited.add(number);
            AuditIndex.record(jobDir.toFile(), number);
        }
        FakeJob job = new FakeJob(audited);

        ReleaseAuditTrendAction trend = ReleaseAuditTrendAction.of(null, job, new JenkinsFacade()).iterator().next();
        List<TrendPoint> points = trend.getBuilds();

        assertThat(points).hasSize(ReleaseAuditTrendAction.MAX_BUILDS);
        assertThat(points.get(0).getNumber()).isEqualTo(119);
        assertThat(job.loaded).hasSize(ReleaseAuditTrendAction.MAX_BUILDS).allMatch(audited::contains);

        job.loaded.clear();
        ReleaseAuditTrendAction.of(null, job, new JenkinsFacade()).iterator().next().getBuilds();
        assertThat(job.loaded).as("a second rendering uses the cached points").isEmpty();

        // no pause for the file's time stamp to move: the new line changes its length, part of the version
        audited.add(121);
        AuditIndex.record(jobDir.toFile(), 121);
        assertThat(trend.getBuilds().get(0).getNumber()).isEqualTo(121);
        assertThat(job.loaded).hasSize(ReleaseAuditTrendAction.MAX_BUILDS);
    }

    @Test
    void shouldKeepTheNewestBuildsInTheIndexOnceAndInOrder() throws Exception {
        for (int number = 150; number >= 1; number--) {
            AuditIndex.record(jobDir.toFile(), number);
        }
        AuditIndex.record(jobDir.toFile(), 150);

        List<Integer> newestFirst = AuditIndex.newestFirst(jobDir.toFile());
        assertThat(newestFirst).hasSize(AuditIndex.KEEP).startsWith(150, 149).endsWith(51).doesNotHaveDuplicates();
    }
}
