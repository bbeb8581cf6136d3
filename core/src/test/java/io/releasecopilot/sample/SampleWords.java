package io.releasecopilot.sample;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Word lists for summaries and commit messages; none of them contains anything shaped like an issue key. */
final class SampleWords {

    static final List<String> THINGS = List.of(
            "login throttling", "password reset email", "invoice PDF export", "cart totals", "search suggestions",
            "push notification opt-in", "offline sync queue", "profile avatar upload", "order history paging",
            "checkout address form", "currency rounding", "session timeout", "dark mode toggle", "audit log export",
            "webhook retries", "rate limiter", "feature flag cache", "image thumbnails", "deep links",
            "biometric login", "cold start time", "crash reporting", "tax calculation", "refund workflow",
            "coupon validation", "email templates", "CSV import", "user roles", "SSO callback", "health endpoint",
            "payment retries", "locale fallback", "accessibility labels", "release notes screen",
            "analytics consent", "token refresh", "search index rebuild", "cache warmup", "admin toggles",
            "billing address validation");

    static final List<String> STORY_VERBS = List.of("Add", "Support", "Improve", "Rework", "Validate", "Speed up");
    static final List<String> BUG_PROBLEMS = List.of(
            "fails on empty input", "shows the wrong total", "times out under load", "is not translated",
            "crashes after rotation", "ignores the user's locale");
    static final List<String> COMMIT_VERBS = List.of(
            "Add", "Fix", "Refactor", "Test", "Wire up", "Handle errors in", "Clean up", "Document", "Tune", "Log");
    static final List<String> CHORES = List.of(
            "Fix flaky %s test", "Refactor %s", "Tidy up %s", "Increase timeout for %s", "Log failures in %s",
            "Rename helpers around %s", "Address review comments on %s", "Remove dead code in %s");
    static final List<String> PLAIN = List.of(
            "Update README", "Tidy imports", "wip", "Fix typo", "Format code", "Bump build cache key",
            "Fix lint warnings", "Update CODEOWNERS", "Merge fixes", "Cleanup");
    static final List<String> LIBRARIES = List.of(
            "com.fasterxml.jackson.core:jackson-databind", "org.slf4j:slf4j-api", "io.netty:netty-handler",
            "org.postgresql:postgresql", "react-native", "axios", "eslint", "typescript", "okhttp", "kotlin",
            "com.google.guava:guava", "junit-jupiter");
    /** Orphans with keys of projects nobody audits, or key-like tokens that are not keys at all. */
    static final List<String> NOT_OUR_KEYS = List.of(
            "Work around JDK-8284161 in the TLS handshake", "Read CSV uploads as UTF-8",
            "Mitigate CVE-2024-21626 in the base image", "Switch checksums to SHA-256",
            "Parse ISO-8601 durations in exports", "OPS-421 rotate TLS certificates",
            "Handle KAFKA-12345 rebalance bug", "Send dates per RFC-7231");
    /** Subjects that a spreadsheet or a browser would execute if written unescaped. */
    static final List<String> HOSTILE = List.of(
            "=cmd|' /C calc'!A0", "=HYPERLINK(\"https://evil.example\",\"release notes\")",
            "+1 retry budget for flaky uploads", "-Xmx2g for the importer", "@here hotfix for stale cache",
            "<img src=x onerror=alert(document.domain)> in tooltip");

    private SampleWords() {
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code login throttling} becomes {@code login-throttling}, for branch names. */
    static String slug(String thing) {
        return thing.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String version(Random random) {
        return random.nextInt(5) + "." + random.nextInt(20) + "." + random.nextInt(10);
    }
}
