package io.releasecopilot.jenkins;

import java.util.Collection;

/**
 * The id of one {@code releaseAudit} call in a build: the {@code id} parameter, else the fix version, made safe
 * for a URL segment and a folder name. It names the call's page ({@code releaseAudit-<id>}) and the folder its
 * outputs are archived under, so two calls in one build never overwrite each other.
 */
final class AuditIds {

    private static final int MAX = 64;

    private AuditIds() {
    }

    /**
     * Returns the id for a call: letters, digits, {@code .}, {@code _} and {@code -} only, at most 64 characters,
     * never {@code .} or {@code ..}; {@code audit} when nothing is left; with {@code -2}, {@code -3}... when an
     * earlier call of the build took it.
     */
    static String choose(String given, String fixVersion, Collection<String> taken) {
        String id = sanitize(StepOptions.clean(given) != null ? given : fixVersion);
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    static String sanitize(String text) {
        String id = text == null ? "" : text.strip().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[.-]+", "").replaceAll("-+$", "");
        if (id.length() > MAX) {
            id = id.substring(0, MAX);
        }
        return id.isEmpty() || id.chars().allMatch(c -> c == '.') ? "audit" : id;
    }
}
