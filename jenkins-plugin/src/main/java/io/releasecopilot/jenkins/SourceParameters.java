package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.source.live.FetchRequestBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place that hands the source parameters to the core, with the CLI's rules ({@code LiveOptions}): a clone
 * in the workspace becomes a {@code GitRange} ({@link CommitSource}, {@link GitRanges}); a Jira URL makes the run
 * fetch the fix version's issues into the cache first; {@code repos} add the Bitbucket commits unless a clone is
 * read. The core's builder checks every value and names the flag, which {@link ParameterNames} turns into the
 * step's parameter.
 */
final class SourceParameters {

    private SourceParameters() {
    }

    /**
     * Adds the source options to the builder. Runs on the agent, in the workspace.
     *
     * @param o           the step's parameters
     * @param credentials the Jenkins credentials resolved on the controller and the names of the {@code secretId}
     *                    secret ({@link AwsAccess#credentials}), by environment-variable name ({@code JIRA_EMAIL},
     *                    {@code JIRA_API_TOKEN}, {@code BITBUCKET_ACCESS_TOKEN}, ...)
     * @param paths       the workspace
     * @param builder     the core options being built
     * @throws UsageException when a parameter is missing, malformed or not available
     */
    static void wire(StepOptions o, CredentialValues credentials, WorkspacePaths paths, AuditOptions.Builder builder) {
        Path gitDir = gitDir(o, paths);
        CommitSource commits = CommitSource.choose(o, isRepository(gitDir));
        if (commits == CommitSource.LOCAL_GIT) {
            builder.git(GitRanges.of(o, gitDir));
        }
        if (o.offline) {
            return;
        }
        String jiraUrl = StepOptions.clean(o.jiraUrl);
        if (jiraUrl == null) {
            if (commits == CommitSource.BITBUCKET) {
                throw new UsageException("repos needs jiraUrl: the audit fetches the fix version's issues from Jira;"
                        + " use offline: true to audit the cache alone");
            }
            return;
        }
        if (StepOptions.clean(o.fixVersion) == null) {
            throw new UsageException("fixVersion is required to fetch from Jira (" + jiraUrl + ")");
        }
        requireCredentials(credentials, "JIRA_", "jiraCredentialsId", "Jira (" + jiraUrl + ")");
        FetchRequestBuilder live = io.releasecopilot.source.live.FetchRequest.builder()
                .fixVersion(StepOptions.clean(o.fixVersion))
                .jiraUrl(jiraUrl)
                .jiraFlavor(Flavor.source(o.jiraFlavor))
                .jql(StepOptions.clean(o.jql))
                .refresh(o.refresh);
        ListParameters.of(o.projects).forEach(live::project);
        if (commits == CommitSource.BITBUCKET) {
            requireCredentials(credentials, "BITBUCKET_", "bitbucketCredentialsId", "Bitbucket");
            live.bitbucketUrl(StepOptions.clean(o.bitbucketUrl))
                    .bitbucketFlavor(Flavor.source(o.bitbucketFlavor))
                    .workspace(StepOptions.clean(o.workspace))
                    .sinceRef(StepOptions.clean(o.sinceRef))
                    .since(StepOptions.clean(o.since))
                    .until(StepOptions.clean(o.until))
                    .pullRequests(o.pullRequests);
            ListParameters.of(o.repos).forEach(live::repo);
            ListParameters.of(o.branches).forEach(live::branch);
        }
        builder.live(live.build());
    }

    /** Returns the git directory to read: {@code gitDir} in the workspace, or the workspace itself. */
    static Path gitDir(StepOptions o, WorkspacePaths paths) {
        Path dir = paths.input(o.gitDir);
        return dir == null ? paths.root() : dir;
    }

    /** Whether the directory is a work tree ({@code .git} directory or file) or a bare repository. */
    static boolean isRepository(Path dir) {
        return Files.exists(dir.resolve(".git"))
                || Files.isDirectory(dir.resolve("objects")) && Files.isRegularFile(dir.resolve("HEAD"));
    }

    private static void requireCredentials(CredentialValues credentials, String prefix, String parameter,
            String service) {
        if (credentials.names().stream().noneMatch(name -> name.startsWith(prefix))) {
            throw new UsageException(parameter + " is required to fetch from " + service + ": the id of a"
                    + " 'Username with password' or 'Secret text' credential of the Jenkins store (or give secretId,"
                    + " an AWS Secrets Manager secret with " + prefix + "* names)");
        }
    }
}
