package io.releasecopilot.model;

/** Small helpers for issue keys; extraction from text lives in the correlation package. */
public final class IssueKeys {

    private IssueKeys() {
    }

    /** Returns the project part of a key ({@code ABC} of {@code ABC-12}); the whole key if it has no dash. */
    public static String projectOf(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }
}
