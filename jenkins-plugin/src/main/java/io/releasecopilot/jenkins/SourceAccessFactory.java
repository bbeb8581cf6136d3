package io.releasecopilot.jenkins;

import io.releasecopilot.audit.SourceAccess;
import io.releasecopilot.http.CredentialSource;
import io.releasecopilot.source.LoggingProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How a step's audit reaches Jira and Bitbucket, on the agent: the Jenkins credentials (and {@code jiraCloudId})
 * as the core's credential source, never the agent's environment; progress as log lines, at most one every few
 * seconds; and a rotated Jira OAuth refresh token reported, since the step never writes Jenkins credentials.
 */
final class SourceAccessFactory {

    /** What the build log says when Jira rotates the refresh token; the token itself is never printed. */
    static final String ROTATED = "WARNING Jira rotated the OAuth refresh token during this run and the previous one"
            + " no longer works. releaseAudit does not write Jenkins credentials: authorize the app again and update"
            + " the stored credential before the next run.";

    private SourceAccessFactory() {
    }

    /** Returns the access for one audit; {@code log} takes masked lines for the build log. */
    static SourceAccess of(StepOptions options, CredentialValues credentials, Consumer<String> log) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : credentials.names()) {
            String value = credentials.get(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        String cloudId = StepOptions.clean(options.jiraCloudId);
        if (cloudId != null) {
            values.put("JIRA_CLOUD_ID", cloudId);
        }
        return new SourceAccess(CredentialSource.of(values), rotated -> log.accept(ROTATED), new LoggingProgress());
    }
}
