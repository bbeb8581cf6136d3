package io.releasecopilot.cache;

import java.util.List;

/** The short human-readable lines of {@code AuditInput.sources}: one per fetch, not one per file. */
public final class SourceLines {

    private SourceLines() {
    }

    /** Returns {@code first.json} or {@code first.json..last.json}; {@code fallback} when there are none. */
    public static String range(List<CacheFile> files, String fallback) {
        if (files.isEmpty()) {
            return fallback;
        }
        String first = files.get(0).name();
        if (files.size() == 1) {
            return first;
        }
        String last = files.get(files.size() - 1).name();
        int slash = first.lastIndexOf('/');
        if (slash >= 0 && last.startsWith(first.substring(0, slash + 1))) {
            last = last.substring(slash + 1);
        }
        return first + ".." + last;
    }

    /** Returns {@code range (what, N pages, M items)} with the page count only for several pages. */
    public static String line(List<CacheFile> files, String fallback, String what, long items, String singular,
            String plural) {
        String pages = files.size() > 1 ? files.size() + " pages, " : files.isEmpty() ? "no pages, " : "";
        return range(files, fallback) + " (" + what + ", " + pages + count(items, singular, plural) + ")";
    }

    /** Returns {@code ws/repo} or {@code repo} when the workspace is unknown. */
    public static String repoName(String workspace, String repo) {
        return workspace == null || workspace.isEmpty() ? repo : workspace + "/" + repo;
    }

    /** Returns {@code "1 issue"} or {@code "3 issues"}. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
