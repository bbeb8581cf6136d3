package io.releasecopilot.mirror;

import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.AwsErrors;
import io.releasecopilot.aws.AwsHttpClients;
import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.aws.DynamoDbClients;
import io.releasecopilot.aws.MirrorAge;
import io.releasecopilot.cache.PageLog;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLookup;
import io.releasecopilot.config.Names;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.JiraMirror;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Jira source {@code mirror} of the front ends (CLI {@code --jira-source mirror}, the Lambda event's
 * {@code jiraSource}, the pipe's {@code JIRA_SOURCE}, the Jenkins step's {@code jiraSource}): the table
 * {@code DYNAMODB_TABLE} in the configured region, stale after {@code MIRROR_MAX_AGE} (default 24 h). The DynamoDB
 * client is built when the pages are written and closed right after.
 */
public final class MirrorSource implements JiraMirror {

    private final AwsSettings aws;
    private final AwsHttpClients http;
    private final AwsCredentialsProvider credentials;
    private final String table;
    private final Duration maxAge;
    private final Clock clock;

    private MirrorSource(AwsSettings aws, AwsHttpClients http, AwsCredentialsProvider credentials, String table,
            Duration maxAge, Clock clock) {
        this.aws = aws;
        this.http = http;
        this.credentials = credentials;
        this.table = table;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * Returns the mirror the configuration names, read with the SDK's default credentials chain of this process.
     *
     * @throws UsageException when {@code DYNAMODB_TABLE} is not set or {@code MIRROR_MAX_AGE} is not an age
     */
    public static MirrorSource from(ConfigLookup config, AwsHttpClients http, Clock clock) {
        return from(config, http, clock, null);
    }

    /**
     * Returns the mirror the configuration names, read with the given credentials.
     *
     * @param credentials the credentials, or {@code null} for the SDK's default chain of this process
     * @throws UsageException when {@code DYNAMODB_TABLE} is not set or {@code MIRROR_MAX_AGE} is not an age
     */
    public static MirrorSource from(ConfigLookup config, AwsHttpClients http, Clock clock,
            AwsCredentialsProvider credentials) {
        String table = config.get(Names.DYNAMODB_TABLE).map(String::strip).filter(t -> !t.isEmpty())
                .orElseThrow(() -> new UsageException("--jira-source mirror needs the table: --mirror-table NAME"
                        + " (or DYNAMODB_TABLE)"));
        Duration maxAge = MirrorAge.of(config);
        return new MirrorSource(AwsSettings.from(config), http, credentials, table, maxAge, clock);
    }

    /** Returns the table read. */
    public String table() {
        return table;
    }

    @Override
    public MirrorRead writePages(String fixVersion, List<String> projects, SourceFlavor flavor, PageLog log) {
        try (AwsClients clients = new AwsClients(aws, http, credentials);
                DynamoDbClient dynamoDb = DynamoDbClients.build(clients)) {
            return new MirrorPages(new MirrorStore(dynamoDb, table), maxAge, clock)
                    .writePages(fixVersion, projects, flavor, log);
        } catch (SdkException e) {
            throw new AuditException("Jira mirror dynamodb:" + table + ": " + AwsErrors.describe(e), e);
        }
    }
}
