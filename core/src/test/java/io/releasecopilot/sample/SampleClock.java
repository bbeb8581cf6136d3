package io.releasecopilot.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Fixed times: the release window and the formats each API writes dates in. */
final class SampleClock {

    /** The first commit of the release window. */
    static final Instant START = Instant.parse("2026-02-16T08:00:00Z");
    /** The last commit of the release window. */
    static final Instant END = Instant.parse("2026-03-13T16:00:00Z");
    /** When the sample cache was "fetched". */
    static final Instant FETCHED = Instant.parse("2026-03-13T17:00:00Z");

    /** Jira writes the user's zone without a colon in the offset: {@code 2026-03-02T10:15:30.123+0100}. */
    private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
            .withZone(ZoneOffset.ofHours(1));
    /** Bitbucket Cloud writes ISO-8601 with {@code +00:00}. */
    private static final DateTimeFormatter CLOUD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    /** A commit time in the first {@code percent} of the window, to whole seconds. */
    Instant commitTime(Random random, int percent) {
        long span = (END.getEpochSecond() - START.getEpochSecond()) * percent / 100;
        return START.plusSeconds((long) (random.nextDouble() * span));
    }

    /** An update time in the window, to milliseconds. */
    Instant jiraTime(Random random) {
        return commitTime(random, 100).plusMillis(random.nextInt(1000));
    }

    static String jira(Instant time) {
        return JIRA.format(time);
    }

    static String cloud(Instant time) {
        return CLOUD.format(time);
    }
}
