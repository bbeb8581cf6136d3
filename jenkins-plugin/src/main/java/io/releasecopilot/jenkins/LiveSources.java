package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.common.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters whose core options are not in {@link AuditOptions.Builder} yet: the Jira and Bitbucket live
 * sources, the range, local git, the refresh of the cache, Secrets Manager, the S3 upload and the HTML report.
 * {@link #wire} is the single place that hands them to the core. Until the core takes them it refuses a run that
 * sets any of them, naming them, rather than audit the cache while the user expects a live audit.
 */
final class LiveSources {

    private LiveSources() {
    }

    /**
     * Adds the live-source options to the builder. Runs on the agent, in the workspace.
     *
     * @param o           the step's parameters
     * @param credentials the Jenkins credentials resolved on the controller, by environment-variable name
     *                    ({@code JIRA_EMAIL}, {@code JIRA_API_TOKEN}, {@code BITBUCKET_ACCESS_TOKEN}, ...)
     * @param paths       the workspace
     * @param builder     the core options being built
     */
    static void wire(StepOptions o, CredentialValues credentials, WorkspacePaths paths, AuditOptions.Builder builder) {
        CommitSource commits = CommitSource.choose(o, Files.isDirectory(gitDir(o, paths).resolve(".git"))
                || Files.isDirectory(gitDir(o, paths).resolve("objects")));
        List<String> set = new ArrayList<>(setParameters(o).keySet());
        if (commits == CommitSource.LOCAL_GIT && !set.contains("useWorkspaceGit")) {
            set.add("useWorkspaceGit (the default: the workspace holds a git repository)");
        }
        if (!credentials.isEmpty()) {
            set.add("credentials " + credentials.names());
        }
        if (!set.isEmpty()) {
            throw new UsageException("this build of Release Copilot audits an existing cache only; live sources,"
                    + " upload and HTML output are not available yet, so these parameters cannot be used: "
                    + String.join(", ", set) + ". Run with offline: true and cacheDir.");
        }
    }

    /** Returns the git directory to read: {@code gitDir} in the workspace, or the workspace itself. */
    static Path gitDir(StepOptions o, WorkspacePaths paths) {
        Path dir = paths.input(o.gitDir);
        return dir == null ? paths.root() : dir;
    }

    /** Returns the live-source parameters that are set, by name, in the order of the step's parameters. */
    static Map<String, Object> setParameters(StepOptions o) {
        Map<String, Object> set = new LinkedHashMap<>();
        put(set, "jiraUrl", StepOptions.clean(o.jiraUrl));
        put(set, "jiraFlavor", StepOptions.clean(o.jiraFlavor));
        put(set, "jql", StepOptions.clean(o.jql));
        put(set, "bitbucketUrl", StepOptions.clean(o.bitbucketUrl));
        put(set, "bitbucketFlavor", StepOptions.clean(o.bitbucketFlavor));
        put(set, "workspace", StepOptions.clean(o.workspace));
        put(set, "repos", StepOptions.clean(o.repos));
        put(set, "branches", StepOptions.clean(o.branches));
        put(set, "sinceRef", StepOptions.clean(o.sinceRef));
        put(set, "since", StepOptions.clean(o.since));
        put(set, "until", StepOptions.clean(o.until));
        put(set, "useWorkspaceGit", Boolean.TRUE.equals(o.useWorkspaceGit) ? Boolean.TRUE : null);
        put(set, "gitDir", StepOptions.clean(o.gitDir));
        put(set, "refresh", o.refresh ? Boolean.TRUE : null);
        put(set, "secretId", StepOptions.clean(o.secretId));
        put(set, "region", StepOptions.clean(o.region));
        put(set, "upload", StepOptions.clean(o.upload));
        put(set, "kmsKeyId", StepOptions.clean(o.kmsKeyId));
        put(set, "html", StepOptions.clean(o.html));
        return set;
    }

    private static void put(Map<String, Object> set, String name, Object value) {
        if (value != null) {
            set.put(name, value);
        }
    }
}
