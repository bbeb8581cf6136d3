package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.aws.RunUpload;
import io.releasecopilot.aws.SecretsManagerResolver;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.Secret;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.config.SecretPayload;
import io.releasecopilot.config.Setting;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The step's AWS parameters, on the agent that runs the audit: {@code secretId} (credentials from a Secrets
 * Manager secret) and {@code upload}/{@code kmsKeyId} (the run's files to S3), both in {@code region}, with the
 * AWS module the CLI uses. AWS credentials come from the SDK's default chain on that agent (environment, profile,
 * web identity, container or instance role); the region from {@code region}, else the agent's {@code AWS_REGION};
 * endpoint overrides from the agent's {@code AWS_ENDPOINT_URL_*}. Nothing of the AWS SDK is loaded when no AWS
 * parameter is set.
 */
final class AwsAccess {

    private final StepOptions options;
    private final Configuration config;

    /**
     * Reads the AWS settings from the parameters and the agent's environment.
     *
     * @param env the agent's environment ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL_*})
     * @throws UsageException when {@code upload} is not an {@code s3://bucket/prefix} URI, or {@code kmsKeyId}
     *                        is set without {@code upload}
     */
    AwsAccess(StepOptions options, Map<String, String> env) {
        this.options = options;
        String upload = StepOptions.clean(options.upload);
        String kmsKeyId = StepOptions.clean(options.kmsKeyId);
        if (kmsKeyId != null && upload == null) {
            throw new UsageException("kmsKeyId needs upload: it is the KMS key of the uploaded objects");
        }
        ConfigLoader loader = ConfigLoader.builder().environment(env);
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
        this.config = loader.load();
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
        try (AwsClients clients = new AwsClients(AwsSettings.from(config), new PluginHttpClients())) {
            Secret text = SecretsManagerResolver.of(clients).fetch(secretId);
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
     * Opens the upload before the audit runs (a missing region fails here), or returns {@code null} when
     * {@code upload} is not set. The caller closes it.
     */
    RunUpload openUpload(Clock clock) {
        UploadSettings settings = UploadSettings.from(config, true).orElse(null);
        return settings == null ? null : new RunUpload(config, settings, new PluginHttpClients(), clock);
    }

    /**
     * Uploads the audit's report files, the cache and the run's log; the HTML report folder is not uploaded (the
     * upload layout has no place for it), the build archives it.
     *
     * @return the {@code s3://} URIs written
     * @throws AuditException with one line naming the target when the upload failed
     */
    List<String> upload(RunUpload upload, AuditOutcome outcome, Path cacheDir) {
        try {
            return upload.send(outcome, cacheDir).uris();
        } catch (AuditException e) {
            throw new AuditException("upload to " + StepOptions.clean(options.upload) + " failed: "
                    + firstLine(e.getMessage()));
        }
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

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
