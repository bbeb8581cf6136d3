package io.releasecopilot.correlate;

/**
 * One commit linked to a story.
 *
 * @param repo     the repository slug
 * @param hash     the full commit hash
 * @param source   where the link was found
 * @param via      the sub-task key when the link was rolled up from a sub-task, else {@code null}
 * @param reverted whether the commit is reverted
 */
public record StoryCommit(String repo, String hash, LinkSource source, String via, boolean reverted) {
}
