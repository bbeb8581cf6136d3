package io.releasecopilot.source.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;

/**
 * A real repository built with JGit for tests: every commit adds one file, with author and committer set
 * explicitly and signing off. Commits without explicit dates (and merges and reverts) are made one hour after
 * the latest commit so far, starting at {@link #START}.
 */
final class TestRepo implements AutoCloseable {

    static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
    static final String AUTHOR = "Ada Lovelace";
    static final String EMAIL = "ada@example.com";

    private final Git git;
    private final Path dir;
    private Instant clock = START;
    private int files;
    private final Map<ObjectId, String> fileOf = new HashMap<>();

    private TestRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** Creates a repository with the initial branch {@code main}. */
    static TestRepo init(Path dir) throws GitAPIException, IOException {
        return init(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    /** Creates a work tree whose repository lives in {@code gitDir}, linked by a {@code .git} file. */
    static TestRepo initSeparate(Path dir, Path gitDir) throws GitAPIException, IOException {
        return init(Git.init().setDirectory(dir.toFile()).setGitDir(gitDir.toFile()).setInitialBranch("main").call(),
                dir);
    }

    private static TestRepo init(Git git, Path dir) throws IOException {
        FileBasedConfig config = (FileBasedConfig) git.getRepository().getConfig();
        config.setBoolean("commit", null, "gpgSign", false);
        config.setBoolean("tag", null, "gpgSign", false);
        config.save();
        return new TestRepo(git, dir);
    }

    Path dir() {
        return dir;
    }

    Git git() {
        return git;
    }

    /** Commits a new file, authored and committed one hour after the previous commit. */
    RevCommit commit(String message) throws GitAPIException, IOException {
        clock = clock.plusSeconds(3600);
        return commit(message, clock, clock);
    }

    /** Commits a new file with the given author and committer dates. */
    RevCommit commit(String message, Instant authored, Instant committed) throws GitAPIException, IOException {
        clock = committed.isAfter(clock) ? committed : clock;
        String name = "file-" + (++files) + ".txt";
        Files.writeString(dir.resolve(name), message + "\n");
        git.add().addFilepattern(name).call();
        RevCommit commit = git.commit().setMessage(message).setSign(false)
                .setAuthor(ident(AUTHOR, EMAIL, authored))
                .setCommitter(ident("CI Bot", "ci@example.com", committed))
                .call();
        fileOf.put(commit, name);
        return commit;
    }

    /** Reverts a commit made by {@link #commit} (it only added a file) with git's revert message. */
    RevCommit revert(RevCommit reverted) throws GitAPIException, IOException {
        String name = fileOf.get(reverted);
        git.rm().addFilepattern(name).call();
        clock = clock.plusSeconds(3600);
        return git.commit().setSign(false)
                .setMessage("Revert \"" + reverted.getShortMessage() + "\"\n\nThis reverts commit " + reverted.name() + ".\n")
                .setAuthor(ident(AUTHOR, EMAIL, clock)).setCommitter(ident("CI Bot", "ci@example.com", clock))
                .call();
    }

    /** Merges {@code branch} into the current branch with a merge commit, even when a fast-forward is possible. */
    RevCommit merge(String branch, String message) throws GitAPIException, IOException {
        ObjectId other = git.getRepository().resolve("refs/heads/" + branch);
        git.merge().include(other).setFastForward(FastForwardMode.NO_FF).setCommit(false).call();
        clock = clock.plusSeconds(3600);
        return git.commit().setMessage(message).setSign(false)
                .setAuthor(ident(AUTHOR, EMAIL, clock)).setCommitter(ident("CI Bot", "ci@example.com", clock))
                .call();
    }

    /** Creates {@code name} at the current commit and checks it out. */
    void newBranch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
    }

    void checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
    }

    void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
    }

    void annotatedTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setSigned(false).setMessage("Release " + name)
                .setTagger(ident("Release Manager", "rm@example.com", clock)).call();
    }

    /** Returns the commit the current branch points at. */
    ObjectId head() throws IOException {
        return git.getRepository().resolve("HEAD");
    }

    static PersonIdent ident(String name, String email, Instant when) {
        return new PersonIdent(name, email, when, ZoneOffset.ofHours(2));
    }

    @Override
    public void close() {
        git.close();
    }
}
