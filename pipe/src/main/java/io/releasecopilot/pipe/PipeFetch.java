package io.releasecopilot.pipe;

import io.releasecopilot.audit.SourceAccess;
import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.http.CredentialSource;
import io.releasecopilot.source.LoggingProgress;
import io.releasecopilot.source.live.FetchRequest;
import io.releasecopilot.source.live.FetchRequestBuilder;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The one place where the pipe names what to fetch from Jira and Bitbucket, and with which credentials. */
final class PipeFetch {

    private static final System.Logger LOG = System.getLogger(PipeFetch.class.getName());

    private PipeFetch() {
    }

    /**
     * Returns the live sources of a pipe run: the fix version from Jira, the commits of every repository at
     * {@code BRANCH} minus {@code SINCE_REF}. All repositories must be in one workspace.
     */
    static FetchRequest sources(PipeConfig config) {
        Set<String> workspaces = config.repos().stream().map(PipeConfig.RepoRef::workspace)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (workspaces.size() > 1) {
            throw new UsageException("REPOS: all repositories must be in one workspace, found " + workspaces);
        }
        FetchRequestBuilder builder = FetchRequest.builder()
                .fixVersion(config.fixVersion())
                .jiraUrl(config.jira().baseUrl().toString())
                .jiraFlavor(config.jira().flavor())
                .bitbucketUrl(config.bitbucket().baseUrl() == null ? null : config.bitbucket().baseUrl().toString())
                .bitbucketFlavor("cloud")
                .workspace(workspaces.iterator().next())
                .branch(config.branch())
                .sinceRef(config.sinceRef());
        config.repos().forEach(repo -> builder.repo(repo.slug()));
        return builder.build();
    }

    /** Returns the credentials of a pipe run by their environment names, for the core's HTTP clients. */
    static SourceAccess access(PipeConfig config) {
        Map<String, String> values = new HashMap<>();
        PipeConfig.Jira jira = config.jira();
        put(values, "JIRA_EMAIL", jira.email());
        put(values, "JIRA_API_TOKEN", jira.apiToken());
        put(values, "JIRA_TOKEN", jira.token());
        put(values, "JIRA_CLOUD_ID", jira.cloudId());
        PipeConfig.Bitbucket bitbucket = config.bitbucket();
        put(values, "BITBUCKET_EMAIL", bitbucket.email());
        put(values, "BITBUCKET_API_TOKEN", bitbucket.apiToken());
        put(values, "BITBUCKET_ACCESS_TOKEN", bitbucket.accessToken());
        return new SourceAccess(CredentialSource.of(values), PipeFetch::refreshTokenRotated, new LoggingProgress(),
                PipeLogging.secrets());
    }

    private static void refreshTokenRotated(SecretValue token) {
        LOG.log(Level.WARNING, "Jira rotated an OAuth refresh token; update the repository variable");
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof SecretValue secret ? secret.reveal() : value.toString());
        }
    }
}
