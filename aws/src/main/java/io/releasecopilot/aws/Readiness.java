package io.releasecopilot.aws;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.config.SecretRef;
import io.releasecopilot.config.SecretResolver;
import io.releasecopilot.upload.RunId;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code rc health}: the readiness checks of docs/aws.md — {@code secrets} (Secrets Manager read),
 * {@code dynamodb} (write and delete), {@code s3} (put, get, delete), {@code webhook_secret}
 * (resolution), and for the Jira mirror {@code mirror_table} (layout, read, write) and
 * {@code mirror_watermark} (reconciled within {@code MIRROR_MAX_AGE}) — against the resources the merged
 * configuration names. A check whose resource is not
 * configured fails; nothing passes vacuously. A dry run builds no client and makes no call.
 */
public final class Readiness implements AutoCloseable {

    /** The check names, in report order. */
    public static final List<String> CHECKS = List.of("secrets", "dynamodb", "s3", "webhook_secret", "mirror_table",
            "mirror_watermark");

    private final Configuration config;
    private final Supplier<AwsClients> clients;
    private final Clock clock;
    private AwsClients built;
    private DynamoDbClient dynamoDb;

    /**
     * @param config  the merged configuration (its own Secrets Manager level is not used: checks read directly)
     * @param clients builds the clients, called only when a check runs
     */
    public Readiness(Configuration config, Supplier<AwsClients> clients, Clock clock) {
        this.config = config;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Runs the checks, or on a dry run only plans them: a dry run fails a check whose resource is not configured,
     * as the real run would, and passes the others with a reason saying what the real run would do.
     *
     * @param skip check names to skip
     * @throws UsageException when a skipped name is unknown, every check is skipped, or the configuration is
     *                        unusable
     */
    public HealthReport run(boolean dryRun, Set<String> skip) {
        for (String name : skip) {
            if (!CHECKS.contains(name)) {
                throw new UsageException("unknown check '" + name + "' (checks: " + String.join(", ", CHECKS) + ")");
            }
        }
        if (skip.containsAll(CHECKS)) {
            throw new UsageException("--skip names every check; nothing would be checked");
        }
        List<CheckResult> results = new ArrayList<>();
        for (ReadinessCheck check : checks()) {
            if (skip.contains(check.name())) {
                results.add(check.skipped("skipped by --skip"));
            } else if (dryRun) {
                results.add(check.planned());
            } else {
                results.add(check.run());
            }
        }
        return new HealthReport(clock.instant(), results, dryRun);
    }

    /** Reads every configured secret id (Jira, Bitbucket, webhook) for {@code rc health readiness}. */
    public List<SecretStatus> secretLines() {
        List<SecretRef> refs = config.secretRefs().stream().filter(ref -> !ref.id().isEmpty()).toList();
        return SecretsCheck.lines(refs, resolver());
    }

    private List<ReadinessCheck> checks() {
        String probeId = "rc-health-" + RunId.next(clock);
        S3Uri target = UploadSettings.from(config, false).map(UploadSettings::target).orElse(null);
        String table = config.get(Names.DYNAMODB_TABLE).map(String::strip).orElse(null);
        String kmsKeyId = config.get(Names.KMS_KEY_ID).map(String::strip).orElse(null);
        return List.of(
                new SecretsCheck(config, resolver()),
                new DynamoDbCheck(table, probeId, this::dynamoDb),
                new S3Check(target, kmsKeyId, probeId, () -> clients().s3()),
                new WebhookSecretCheck(config, resolver()),
                new MirrorTableCheck(table, probeId, this::dynamoDb),
                new MirrorWatermarkCheck(table, MirrorAge.of(config), clock, this::dynamoDb));
    }

    private SecretResolver resolver() {
        return secretId -> new SecretsManagerResolver(() -> clients().secretsManager()).fetch(secretId);
    }

    /** Closes the clients if a check built them. */
    @Override
    public synchronized void close() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (built != null) {
            built.close();
        }
    }

    /** The DynamoDB client lives here, not in {@link AwsClients}: the Jenkins plugin loads no readiness check. */
    private synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = DynamoDbClients.build(clients());
        }
        return dynamoDb;
    }

    private synchronized AwsClients clients() {
        if (built == null) {
            built = clients.get();
        }
        return built;
    }
}
