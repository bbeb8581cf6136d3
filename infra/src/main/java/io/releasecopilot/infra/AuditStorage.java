package io.releasecopilot.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * The audit bucket and who may use it: TLS only, SSE-S3 or SSE-KMS, owner-enforced, versioned, never public,
 * with the retention of the bucket layout (docs/aws.md), its server access logs in a bucket of their own, and a
 * reader and a writer managed policy scoped to the prefixes Release Copilot writes.
 */
final class AuditStorage extends Construct {

    /** The prefixes below the configured one that Release Copilot writes, with a slash at the end. */
    static final List<String> PREFIXES = List.of("artifacts/json/", "artifacts/excel/", "artifacts/markdown/",
            "artifacts/html/", "temp_data/", "logs/");

    private final Bucket bucket;
    private final Key key;
    private final ManagedPolicy reader;
    private final ManagedPolicy writer;

    AuditStorage(Construct scope, String id, EnvConfig config) {
        super(scope, id);
        String prefix = config.prefix() + "/";
        RemovalPolicy removal = config.retainBucket() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        this.key = config.kms() ? Key.Builder.create(this, "Key")
                .description("Release Copilot audit bucket (" + config.env() + ")")
                .enableKeyRotation(true).removalPolicy(RemovalPolicy.RETAIN).build() : null;
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED).enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED).removalPolicy(removal)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-access-logs")
                        .expiration(Duration.days(365)).build()))
                .build();
        this.bucket = Bucket.Builder.create(this, "Bucket")
                .bucketName(config.bucketName())
                .encryption(config.kms() ? BucketEncryption.KMS : BucketEncryption.S3_MANAGED)
                .encryptionKey(key).bucketKeyEnabled(config.kms() ? true : null)
                .enforceSsl(true)
                .versioned(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .serverAccessLogsBucket(accessLogs).serverAccessLogsPrefix("audits/")
                .removalPolicy(removal)
                .lifecycleRules(lifecycle(prefix))
                .build();
        this.reader = ManagedPolicy.Builder.create(this, "Reader")
                .description("Read Release Copilot's reports, workbooks, caches and logs (" + config.env() + ")")
                .statements(statements(prefix, List.of("s3:GetObject"), List.of("kms:Decrypt")))
                .build();
        this.writer = ManagedPolicy.Builder.create(this, "Writer")
                .description("Upload Release Copilot's reports, workbooks, caches and logs (" + config.env() + ")")
                .statements(statements(prefix, List.of("s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload"),
                        List.of("kms:GenerateDataKey", "kms:Decrypt")))
                .build();
    }

    private static List<LifecycleRule> lifecycle(String prefix) {
        List<Transition> archive = List.of(
                Transition.builder().storageClass(StorageClass.INFREQUENT_ACCESS).transitionAfter(Duration.days(45))
                        .build(),
                Transition.builder().storageClass(StorageClass.DEEP_ARCHIVE).transitionAfter(Duration.days(365))
                        .build());
        return List.of(
                LifecycleRule.builder().id("artifacts-json").prefix(prefix + "artifacts/json/").transitions(archive)
                        .noncurrentVersionsToRetain(5).noncurrentVersionExpiration(Duration.days(1)).build(),
                LifecycleRule.builder().id("artifacts-excel").prefix(prefix + "artifacts/excel/").transitions(archive)
                        .noncurrentVersionsToRetain(5).noncurrentVersionExpiration(Duration.days(1)).build(),
                LifecycleRule.builder().id("temp-data").prefix(prefix + "temp_data/").expiration(Duration.days(10))
                        .noncurrentVersionExpiration(Duration.days(1)).build(),
                LifecycleRule.builder().id("logs").prefix(prefix + "logs/")
                        .transitions(List.of(Transition.builder().storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(Duration.days(30)).build()))
                        .expiration(Duration.days(120)).noncurrentVersionExpiration(Duration.days(1)).build(),
                LifecycleRule.builder().id("abort-incomplete-uploads")
                        .abortIncompleteMultipartUploadAfter(Duration.days(7)).build());
    }

    private List<PolicyStatement> statements(String prefix, List<String> objectActions, List<String> keyActions) {
        List<String> objects = PREFIXES.stream().map(sub -> bucket.arnForObjects(prefix + sub + "*")).toList();
        List<String> listable = PREFIXES.stream().map(sub -> prefix + sub + "*").toList();
        PolicyStatement onObjects = PolicyStatement.Builder.create().sid("Objects").actions(objectActions)
                .resources(objects).build();
        PolicyStatement list = PolicyStatement.Builder.create().sid("List").actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", listable))).build();
        if (key == null) {
            return List.of(onObjects, list);
        }
        return List.of(onObjects, list, PolicyStatement.Builder.create().sid("Key").actions(keyActions)
                .resources(List.of(key.getKeyArn())).build());
    }

    Bucket bucket() {
        return bucket;
    }

    /** Returns the KMS key of the bucket, or {@code null} with SSE-S3. */
    Key key() {
        return key;
    }

    ManagedPolicy reader() {
        return reader;
    }

    ManagedPolicy writer() {
        return writer;
    }
}
