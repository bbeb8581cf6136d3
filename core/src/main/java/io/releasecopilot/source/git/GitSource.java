package io.releasecopilot.source.git;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Reads a release range from a local clone with JGit ({@code --git-dir}): no API calls, no rate limits.
 *
 * <ul>
 *   <li><b>Range.</b> With a since-ref, each ref's range is exactly {@code git log REF ^SINCE_REF}. A since-ref
 *       that is not an ancestor of the ref gives a warning, not an error: the ref's commits that the since-ref
 *       lacks still form the range, as with git log. With a date window, the commits whose <em>author</em>
 *       date (the date Bitbucket reports) lies in [since, until]; the walk stops, like
 *       {@code git log --since}, at the first commit <em>committed</em> more than a day before {@code since}.</li>
 *   <li><b>Commits.</b> Each ref gives its own commits, like the Bitbucket sources: a commit reachable from two
 *       refs appears twice, once with each ref, as the user gave it, in {@link Commit#branches()}; the
 *       correlation de-duplicates by hash. Merge commits are included with their parent count. Date, author
 *       and e-mail are the author's; the message is the full message; the hash is lower case.</li>
 *   <li><b>Refs.</b> {@code HEAD}, a full hash, a name starting with {@code refs/} as it is, else
 *       {@code refs/heads/X}, {@code refs/remotes/origin/X}, {@code refs/tags/X}, {@code refs/remotes/X}
 *       ({@code origin/main}), {@code refs/remotes/<the only remote that has it>/X}, and last an abbreviated
 *       hash of seven or more digits. Annotated tags are peeled to their commit. CI checkouts often have no
 *       local branches, hence the remote-tracking fallbacks.</li>
 *   <li><b>Shallow clones.</b> Reaching a commit whose parents the clone lacks inside the range is an error
 *       that names the commit and says how to fetch the full history, never a silently short audit.</li>
 * </ul>
 */
public final class GitSource {

    private static final Logger LOG = System.getLogger(GitSource.class.getName());

    private GitSource() {
    }

    /**
     * Reads the commits of {@code range}. Every ref is resolved before any is walked, so a mistyped ref fails
     * at once.
     *
     * @throws UsageException when a ref is unknown or is not a commit
     * @throws AuditException when the directory is not a git repository, the clone is shallow and lacks part
     *                        of the range, or the repository cannot be read
     */
    public static GitRead read(GitRange range) {
        String dir = range.gitDir().toString();
        try (org.eclipse.jgit.lib.Repository repo = GitDirectory.open(range.gitDir())) {
            Repository repository = RepositoryDescription.describe(repo, range.repoName(), range.branches());
            RefResolver refs = new RefResolver(repo, dir);
            ObjectId since = range.sinceRef() == null ? null : refs.resolve(range.sinceRef());
            Map<String, ObjectId> tips = new LinkedHashMap<>();
            for (String branch : range.branches()) {
                tips.put(branch, refs.resolve(branch));
            }
            RangeWalk walk = new RangeWalk(repo, dir, repository.name());
            List<Commit> commits = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Map.Entry<String, ObjectId> tip : tips.entrySet()) {
                long start = System.nanoTime();
                List<Commit> read = walk.read(tip.getKey(), tip.getValue(), range, since, warnings);
                commits.addAll(read);
                LOG.log(Level.INFO, "git {0}: read {1} commits of {2} {3} in {4} ms", dir, read.size(),
                        tip.getKey(), range.describe(), (System.nanoTime() - start) / 1_000_000);
            }
            return new GitRead(repository, commits, warnings);
        } catch (IOException e) {
            throw new AuditException(UntrustedText.inMessage(dir + ": cannot read the git repository: "
                    + e.getMessage()), e);
        }
    }
}
