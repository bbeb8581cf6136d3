package io.releasecopilot.source.git;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.Commit;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Walks one ref's range and turns each commit into a {@link Commit}, streaming: each commit's body is dropped
 * once converted, so only the result and JGit's small per-commit headers stay in memory.
 *
 * <p>A since-ref range is exactly {@code git log REF ^SINCE_REF}: one {@link RevWalk} with the ref's tip as
 * start and the since-ref's commit as uninteresting. A since-ref that is not an ancestor of the ref is a
 * warning, not an error: the ref's commits that the since-ref lacks still form the range, as with git log.
 *
 * <p>A date window keeps the commits whose <em>author</em> date lies in [since, until], because that is the
 * date Bitbucket reports and the report shows. The walk goes newest first by committer date and stops at the
 * first commit committed more than a day before {@code since} (the day allows for clock skew between
 * author and committer; a commit authored in the window is normally committed no earlier), as
 * {@code git log --since} stops.
 *
 * <p>A shallow clone's boundary commits have their parents cut. Reaching one inside the range means the clone
 * lacks part of it: that is an error, never a silently short audit.
 */
final class RangeWalk {

    private static final Duration SKEW = Duration.ofDays(1);

    private final Repository repo;
    private final String dir;
    private final String repoName;
    private final Set<ObjectId> shallow;

    RangeWalk(Repository repo, String dir, String repoName) throws IOException {
        this.repo = repo;
        this.dir = dir;
        this.repoName = repoName;
        this.shallow = repo.getObjectDatabase().getShallowCommits();
    }

    /** Returns the commits of {@code ref} in the range, adding warnings for a suspicious range. */
    List<Commit> read(String ref, ObjectId tip, GitRange range, ObjectId sinceId, List<String> warnings)
            throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit start = commit(walk, tip, ref);
            RevCommit base = sinceId == null ? null : commit(walk, sinceId, range.sinceRef());
            walk.markStart(start);
            if (base != null) {
                walk.markUninteresting(base);
            }
            List<Commit> commits = base == null ? window(walk, ref, range) : sinceRef(walk, ref, range);
            if (commits.isEmpty()) {
                warnings.add(UntrustedText.inMessage(dir + ": " + ref + " has no commits in " + range.describe()
                        + emptyReason(start, base)));
            } else if (base != null) {
                checkAncestor(walk, base, start, ref, range, warnings);
            }
            return commits;
        }
    }

    private List<Commit> sinceRef(RevWalk walk, String ref, GitRange range) throws IOException {
        List<Commit> commits = new ArrayList<>();
        for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
            if (shallow.contains(commit)) {
                throw ShallowClone.historyStops(dir, commit, ref, "since-ref " + range.sinceRef());
            }
            commits.add(toCommit(commit, commit.getAuthorIdent(), ref));
            commit.disposeBody();
        }
        return commits;
    }

    private List<Commit> window(RevWalk walk, String ref, GitRange range) throws IOException {
        long since = range.since().getEpochSecond();
        long stop = range.since().minus(SKEW).getEpochSecond();
        long until = range.until() == null ? Long.MAX_VALUE : range.until().getEpochSecond();
        List<Commit> commits = new ArrayList<>();
        for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
            long committed = commit.getCommitTime();
            if (committed < stop) {
                break;
            }
            PersonIdent author = commit.getAuthorIdent();
            long authored = author.getWhenAsInstant().getEpochSecond();
            if (shallow.contains(commit) && Math.max(committed, authored) >= since) {
                throw ShallowClone.historyStops(dir, commit, ref, "the since date " + CommitLabels.day(range.since()));
            }
            if (authored >= since && authored <= until) {
                commits.add(toCommit(commit, author, ref));
            }
            commit.disposeBody();
        }
        return commits;
    }

    private static String emptyReason(RevCommit start, RevCommit base) {
        if (base == null) {
            return "";
        }
        return start.equals(base)
                ? " (it points at the since-ref's commit " + CommitLabels.shortHash(base) + ")"
                : " (the since-ref already contains it; are branch and since-ref swapped?)";
    }

    private Commit toCommit(RevCommit commit, PersonIdent author, String ref) {
        return new Commit(repoName, commit.name(), author.getWhenAsInstant(), author.getName(),
                emptyToNull(author.getEmailAddress()),
                commit.getFullMessage(), List.of(ref), commit.getParentCount());
    }

    private void checkAncestor(RevWalk walk, RevCommit base, RevCommit start, String ref, GitRange range,
            List<String> warnings) throws IOException {
        walk.reset();
        if (!walk.isMergedInto(base, start)) {
            warnings.add(UntrustedText.inMessage(dir + ": since-ref " + range.sinceRef() + " ("
                    + CommitLabels.shortHash(base)
                    + ") is not an ancestor of " + ref + "; the range holds the commits of " + ref
                    + " that it lacks, as git log " + ref + " ^" + range.sinceRef() + " does"));
        }
    }

    private RevCommit commit(RevWalk walk, ObjectId id, String ref) throws IOException {
        try {
            return walk.parseCommit(id);
        } catch (IncorrectObjectTypeException e) {
            throw new UsageException(dir + ": ref " + ref + " points at " + id.name() + ", which is not a commit");
        } catch (MissingObjectException e) {
            throw ShallowClone.missing(dir, ref, id, !shallow.isEmpty());
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
