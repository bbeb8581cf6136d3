package io.releasecopilot.mirror;

import io.releasecopilot.aws.MirrorAge;
import io.releasecopilot.cache.PageLog;
import io.releasecopilot.cache.Resume;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.JiraMirror;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a fix version's issues from the mirror and writes them into the cache as Jira search pages of 100
 * issues, shaped like the pages the search returns (Cloud {@code isLast}/{@code nextPageToken}, Data Center
 * {@code startAt}/{@code total}), so the cache reader and the report do not know the difference. A mirror
 * never reconciled, or reconciled longer ago than the allowed age, is reported stale.
 */
public final class MirrorPages implements JiraMirror {

    /** The default allowed age of the reconciliation watermark. */
    public static final Duration DEFAULT_MAX_AGE = MirrorAge.DEFAULT;
    private static final int PAGE_SIZE = 100;

    private final MirrorTable store;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param maxAge how old the watermark may be before the mirror counts as stale
     */
    public MirrorPages(MirrorTable store, Duration maxAge, Clock clock) {
        this.store = store;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public MirrorRead writePages(String fixVersion, List<String> projects, SourceFlavor flavor, PageLog log) {
        Optional<Instant> watermark = store.watermark();
        List<String> issues = store.issuesOf(fixVersion, projects);
        if (log.resumeAt() != null) {
            log.restart();
        }
        int pages = Math.max(1, (issues.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int p = 0; p < pages; p++) {
            int from = p * PAGE_SIZE;
            List<String> page = issues.subList(from, Math.min(issues.size(), from + PAGE_SIZE));
            boolean last = p == pages - 1;
            StringBuilder body = new StringBuilder(page.size() * 1024 + 100);
            Resume next;
            if (flavor == SourceFlavor.CLOUD) {
                body.append("{\"isLast\":").append(last);
                next = last ? null : Resume.of("nextPageToken", "mirror-" + (p + 2));
                if (next != null) {
                    body.append(",\"nextPageToken\":\"mirror-").append(p + 2).append('"');
                }
            } else {
                body.append("{\"startAt\":").append(from).append(",\"maxResults\":").append(PAGE_SIZE)
                        .append(",\"total\":").append(issues.size());
                next = last ? null : Resume.of("startAt", (long) from + page.size());
            }
            body.append(",\"issues\":[").append(String.join(",", page)).append("]}");
            log.page(body.toString().getBytes(StandardCharsets.UTF_8), next);
        }
        String source = "jira mirror dynamodb:" + store.table() + ": " + issues.size() + " issues of " + fixVersion
                + ", reconciled up to " + watermark.map(Instant::toString).orElse("never");
        return new MirrorRead(source, issues.size(), staleReason(watermark));
    }

    private String staleReason(Optional<Instant> watermark) {
        String table = "dynamodb:" + store.table();
        if (watermark.isEmpty()) {
            return "stale Jira mirror: " + table + " has never been reconciled, so it may lack issues the webhook"
                    + " missed";
        }
        Duration age = Duration.between(watermark.get(), clock.instant());
        if (age.compareTo(maxAge) > 0) {
            return "stale Jira mirror: " + table + " was last reconciled up to " + watermark.get() + ", "
                    + MirrorAge.describe(age) + " ago (allowed: " + MirrorAge.describe(maxAge)
                    + "); later changes may be missing";
        }
        return null;
    }
}
