package io.releasecopilot.source.bitbucket;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the fetch needs from one commits page: the hashes (lower case) and dates in page order, and the paging
 * fields of either flavor.
 *
 * @param hashes        commit hashes, newest first
 * @param dates         the commits' dates, null where unknown
 * @param next          Cloud {@code next}, or null
 * @param isLastPage    Data Center {@code isLastPage}, or null
 * @param nextPageStart Data Center {@code nextPageStart}, or null
 * @param start         Data Center {@code start}, or null
 */
record CommitPage(List<String> hashes, List<Instant> dates, String next, Boolean isLastPage, Long nextPageStart,
        Long start) {

    /** Returns the number of commits. */
    int size() {
        return hashes.size();
    }

    /** Returns the first (newest) hash, or null for an empty page. */
    String firstHash() {
        return hashes.isEmpty() ? null : hashes.get(0);
    }

    /** Returns whether the page holds {@code hash}. */
    boolean contains(String hash) {
        return hashes.contains(hash.toLowerCase(Locale.ROOT));
    }

    /** Returns whether every commit with a known date is older than {@code instant}, and at least one is known. */
    boolean allBefore(Instant instant) {
        boolean known = false;
        for (Instant date : dates) {
            if (date != null) {
                if (!date.isBefore(instant)) {
                    return false;
                }
                known = true;
            }
        }
        return known;
    }
}
