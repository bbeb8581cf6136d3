package io.releasecopilot.pipe;

import java.util.Locale;

/**
 * Text for Code Insights fields. Bitbucket shows these fields as plain text, so untrusted text (summaries,
 * commit messages) is not escaped; it is put on one line, stripped of control and bidirectional-override
 * characters, and cut to the field's limit without splitting a surrogate pair.
 */
final class InsightsText {

    private InsightsText() {
    }

    /** Returns a lower-case id made of letters, digits and single dashes, at most {@code max} characters. */
    static String slug(String text, int max) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Returns the address when it is http(s), else {@code null}. */
    static String httpLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }
}
