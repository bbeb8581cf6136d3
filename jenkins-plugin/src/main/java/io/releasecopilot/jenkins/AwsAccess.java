package io.releasecopilot.jenkins;

import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.aws.EnvironmentCredentials;
import io.releasecopilot.aws.MirrorAge;
import io.releasecopilot.aws.AwsUploader;
import io.releasecopilot.aws.SecretsManagerResolver;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.config.SecretPayload;
import io.releasecopilot.config.Setting;
import io.releasecopilot.source.JiraMirror;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadRequest;
import io.releasecopilot.upload.UploadSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The step's AWS parameters, on the agent that runs the audit: {@code secretId} (credentials from a Secrets
 * Manager secret), {@code upload}/{@code kmsKeyId} (the run's files to S3) and {@code jiraSource: 'MIRROR'}
 * ({@code mirrorTable}, the Jira mirror in DynamoDB), all in {@code region}, with the AWS module the CLI uses. Everything comes from the build's environment ({@link StepEnvironment}), never from
 * the JVM's: the credentials from {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}/{@code AWS_SESSION_TOKEN}
 * ({@code withAWS}, {@code withCredentials}) or {@code AWS_PROFILE}, else, on an agent only, the agent machine's
 * own identity (instance or container role); the region from {@code region}, else {@code AWS_REGION}; endpoint
 * overrides from {@code AWS_ENDPOINT_URL_*}. Nothing of the AWS SDK is loaded when no AWS parameter is set.
 */
final class AwsAccess {

    private final StepOptions options;
    private final StepEnvironment env;
    private final Configuration config;
    private AwsCredentialsProvider credentials;
    private String credentialsSource;

    /**
     * Reads the AWS settings from the parameters and the build's environment.
     *
     * @param env the build's environment ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL_*}, the credentials)
     * @throws UsageException when {@code upload} is not an {@code s3://bucket/prefix} URI, or {@code kmsKeyId}
     *                        is set without {@code upload}
     */
    AwsAccess(StepOptions options, StepEnvironment env) {
        this.options = options;
        this.env = env;
        String upload = StepOptions.clean(options.upload);
        String kmsKeyId = StepOptions.clean(options.kmsKeyId);
        if (kmsKeyId != null && upload == null) {
            throw new UsageException("kmsKeyId needs upload: it is the KMS key of the uploaded objects");
        }
        ConfigLoader loader = ConfigLoader.builder().environment(env.variables());
        String region = StepOptions.clean(options.region);
        if (region != null) {
            loader.flag(Names.AWS_REGION, region, "region");
        }
        if (kmsKeyId != null) {
            loader.flag(Names.KMS_KEY_ID, kmsKeyId, "kmsKeyId");
        }
        if (upload != null) {
            S3Uri target = parse(upload);
            loader.flag(Names.S3_BUCKET, target.bucket(), "upload").flag(Names.S3_PREFIX, target.prefix(), "upload");
        }
        String mirrorTable = StepOptions.clean(options.mirrorTable);
        if (mirrorTable != null) {
            loader.flag(Names.DYNAMODB_TABLE, mirrorTable, "mirrorTable");
        }
        this.config = loader.load();
    }

    /**
     * Returns the mirror of {@code jiraSource: 'MIRROR'}, or {@code null} for the search API. Nothing is read yet.
     *
     * @throws UsageException when no table, no region or no AWS credentials are given, or {@code mirrorMaxAge} is
     *                        not an age
     */
    JiraMirror mirror(Clock clock) {
        if (options.jiraSource != IssueSource.MIRROR) {
            return null;
        }
        if (options.offline) {
            throw new UsageException("jiraSource 'MIRROR' cannot be used with offline: offline reads only the cache");
        }
        String table = config.get(Names.DYNAMODB_TABLE).map(String::strip).filter(name -> !name.isEmpty())
                .orElseThrow(() -> new UsageException("jiraSource 'MIRROR' needs the table: mirrorTable (or the"
                        + " build's DYNAMODB_TABLE)"));
        String maxAge = StepOptions.clean(options.mirrorMaxAge);
        Duration age = maxAge != null ? MirrorAge.parse(maxAge, "mirrorMaxAge") : MirrorAge.of(config);
        return new StepMirror(AwsSettings.from(config), credentialsProvider(), table, age, clock);
    }

    /**
     * Returns the credentials for the sources: the Jenkins credentials, plus the names of the {@code secretId}
     * secret for each service (Jira, Bitbucket) that no Jenkins credential covers. Jenkins credentials win: a
     * service they cover takes nothing from the secret, so two logins are never mixed. Offline, nothing is read.
     *
     * @throws AuditException naming the secret id and the AWS error code (never a value) when it cannot be read
     */
    CredentialValues credentials(CredentialValues jenkins) {
        String secretId = StepOptions.clean(options.secretId);
        if (secretId == null || options.offline) {
            return jenkins;
        }
        Map<String, Setting> fromSecret;
        try (AwsClients clients = new AwsClients(AwsSettings.from(config), new PluginHttpClients(),
                credentialsProvider())) {
            SecretValue text = SecretsManagerResolver.of(clients).fetch(secretId);
            fromSecret = SecretPayload.parse(Names.SECRET_JIRA, secretId, text);
        } catch (UsageException e) {
            throw new UsageException("secretId '" + secretId + "': " + e.getMessage());
        }
        CredentialValues merged = CredentialValues.none();
        jenkins.names().forEach(name -> merged.with(name, jenkins.get(name)));
        for (Setting setting : fromSecret.values()) {
            String service = service(setting.name());
            if (jenkins.names().stream().noneMatch(name -> service(name).equals(service))) {
                merged.with(setting.name(), setting.value());
            }
        }
        return merged;
    }

    /**
     * Returns the upload the core makes once the files are written, checked before the audit runs (a missing
     * region fails here), or {@code null} when {@code upload} is not set.
     */
    UploadRequest uploadRequest() {
        UploadSettings settings = UploadSettings.from(config, true).orElse(null);
        return settings == null ? null
                : AwsUploader.request(config, settings, new PluginHttpClients(), credentialsProvider());
    }

    /**
     * Returns the AWS credentials of the build's environment, else (on an agent) the agent machine's identity.
     *
     * @throws UsageException on the built-in node when the environment names no credentials
     */
    synchronized AwsCredentialsProvider credentialsProvider() {
        if (credentials == null) {
            Map<String, String> variables = env.variables();
            credentials = EnvironmentCredentials.given(variables).orElse(null);
            if (credentials != null) {
                credentialsSource = variables.containsKey("AWS_ACCESS_KEY_ID") ? "AWS_ACCESS_KEY_ID"
                        : "AWS_PROFILE '" + variables.get("AWS_PROFILE").strip() + "'";
            } else if (env.onAgent()) {
                credentials = EnvironmentCredentials.machine(variables);
                credentialsSource = "the agent's own identity (system properties, default profile, container or "
                        + "instance role)";
            } else {
                throw new UsageException("no AWS credentials in the build's environment: the built-in node does not"
                        + " lend the controller's own AWS identity; wrap the step in withAWS or withCredentials"
                        + " (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), or set AWS_PROFILE");
            }
        }
        return credentials;
    }

    /** Whether the run reaches AWS: it reads {@code secretId} (not offline), the mirror, or uploads. */
    boolean needsCredentials() {
        return StepOptions.clean(options.secretId) != null && !options.offline || target() != null
                || options.jiraSource == IssueSource.MIRROR;
    }

    /** Returns where the credentials come from, for the build log (never a value). */
    String credentialsSource() {
        credentialsProvider();
        return credentialsSource;
    }

    /** Returns {@code upload} as given. */
    String target() {
        return StepOptions.clean(options.upload);
    }

    private static S3Uri parse(String upload) {
        try {
            return S3Uri.parse(upload);
        } catch (UsageException e) {
            throw new UsageException("upload: " + e.getMessage());
        }
    }

    /** {@code JIRA} for {@code JIRA_API_TOKEN}: the service a credential name belongs to. */
    private static String service(String name) {
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }
}
