package io.releasecopilot.jenkins;

import io.releasecopilot.aws.AwsErrors;
import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.cache.PageLog;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.mirror.DynamoDbJsonTable;
import io.releasecopilot.mirror.MirrorPages;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.JiraMirror;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The step's {@code jiraSource: 'MIRROR'}: the issues of the fix version from the mirror table {@code mirrorTable}
 * in the step's region, with the build's AWS credentials. Read through DynamoDB's JSON API on the SDK core
 * ({@link DynamoDbJsonTable}): the plugin ships no DynamoDB client and no API plugin provides one.
 */
final class StepMirror implements JiraMirror {

    private final AwsSettings aws;
    private final AwsCredentialsProvider credentials;
    private final String table;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param maxAge how old the reconciliation watermark may be before the mirror counts as stale
     */
    StepMirror(AwsSettings aws, AwsCredentialsProvider credentials, String table, Duration maxAge, Clock clock) {
        this.aws = aws;
        this.credentials = credentials;
        this.table = table;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public MirrorRead writePages(String fixVersion, List<String> projects, SourceFlavor flavor, PageLog log) {
        try (SdkHttpClient http = new PluginHttpClients().api()) {
            return new MirrorPages(new DynamoDbJsonTable(http, credentials, aws.region(), aws.dynamoDb(), table),
                    maxAge, clock).writePages(fixVersion, projects, flavor, log);
        } catch (SdkException e) {
            throw new AuditException("Jira mirror dynamodb:" + table + ": " + AwsErrors.describe(e), e);
        }
    }
}
