package io.releasecopilot.correlate;

import java.util.Objects;

/**
 * An issue key found for a commit, with where it was found.
 *
 * @param key    the issue key, upper case
 * @param source where the key was found
 */
public record Link(String key, LinkSource source) {

    public Link {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
    }
}
