/**
 * The local git source ({@code --git-dir}): reads the commits of a release range from a clone with JGit, with
 * the range semantics of the Bitbucket sources and without any network call.
 *
 * <p>{@link io.releasecopilot.source.git.GitSource#read(GitRange)} is the entry point. It copes with what CI
 * checkouts look like: a detached {@code HEAD}, only remote-tracking refs ({@code refs/remotes/origin/*}),
 * tags, linked work trees, and shallow clones, which fail with a clear error when they lack part of the range.
 */
package io.releasecopilot.source.git;
