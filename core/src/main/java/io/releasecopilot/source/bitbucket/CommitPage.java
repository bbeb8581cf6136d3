package io.releasecopilot.source.bitbucket;

import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.SourceFlavor;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the fetch needs from one commits page, parsed by the same {@link CloudCommitParser} or
 * {@link DataCenterCommitParser} that reads the page back from the cache: the commits in page order and the
 * paging fields of either flavor. A page the reader would refuse fails here, naming its address.
 *
 * @param commits       the commits, newest first
 * @param next          Cloud {@code next}, or null
 * @param isLastPage    Data Center {@code isLastPage}, or null
 * @param nextPageStart Data Center {@code nextPageStart}, or null
 * @param start         Data Center {@code start}, or null
 */
record CommitPage(List<Commit> commits, String next, Boolean isLastPage, Long nextPageStart, Long start) {

    /** Parses {@code body}, received from {@code url}. */
    static CommitPage parse(SourceFlavor flavor, byte[] body, URI url) {
        if (flavor == SourceFlavor.CLOUD) {
            CacheFile page = CacheFile.response("Bitbucket Cloud commits page " + url);
            CloudCommitParser.Page parsed = new CloudCommitParser(page, "", List.of(), false, false).parse(body);
            return new CommitPage(parsed.commits(), parsed.next(), null, null, null);
        }
        CacheFile page = CacheFile.response("Bitbucket Data Center commits page " + url);
        DataCenterCommitParser.Page parsed = new DataCenterCommitParser(page, "", List.of()).parse(body);
        return new CommitPage(parsed.commits(), null, parsed.isLastPage(), parsed.nextPageStart(), parsed.start());
    }

    /** Returns the number of commits. */
    int size() {
        return commits.size();
    }

    /** Returns the first (newest) hash, or null for an empty page. */
    String firstHash() {
        return commits.isEmpty() ? null : commits.get(0).hash();
    }

    /** Returns whether the page holds {@code hash}. */
    boolean contains(String hash) {
        String wanted = hash.toLowerCase(Locale.ROOT);
        return commits.stream().anyMatch(commit -> commit.hash().equals(wanted));
    }

    /** Returns whether every commit with a known date is older than {@code instant}, and at least one is known. */
    boolean allBefore(Instant instant) {
        boolean known = false;
        for (Commit commit : commits) {
            Instant date = commit.date();
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
