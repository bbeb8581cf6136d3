package io.releasecopilot.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.audit.SourceAccess;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.source.LoggingProgress;
import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.aws.AwsUploader;
import io.releasecopilot.aws.SecretsManagerResolver;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.SecretMask;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.upload.UploadResult;
import io.releasecopilot.upload.UploadSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * AWS Lambda entry point: runs one audit from an event shaped like the CLI's options
 * (docs/lambda-event.json) and returns the summary — the fields of the summary JSON, plus {@code uploads}
 * and {@code runId} when the files went to S3.
 *
 * <p>Configuration: the event's {@code settings}, {@code region}, {@code upload} and {@code kmsKeyId} are
 * the highest level, then the function's environment, Secrets Manager, {@code defaults.yml}. In Lambda,
 * {@code SECRETS_MANAGER} defaults to true and the secrets are read at the start of each invocation, so a
 * missing or denied secret fails at once, naming the secret id and the AWS error code. Outputs are written
 * under {@code /tmp} and deleted after the upload. Errors are thrown with a one-line message; no secret
 * value ever appears in one.
 */
public final class AuditHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> environment;
    private final Path workDir;
    private final Clock clock;

    /** The handler the Lambda runtime instantiates: the process environment, {@code java.io.tmpdir}. */
    public AuditHandler() {
        this(System.getenv(), Path.of(System.getProperty("java.io.tmpdir")), Clock.systemUTC());
    }

    AuditHandler(Map<String, String> environment, Path workDir, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.workDir = workDir;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String requestId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId()
                : UUID.randomUUID().toString();
        Path outputDir = workDir.resolve("rc-" + requestId.replaceAll("[^A-Za-z0-9-]", "_"));
        SecretMask mask = new SecretMask();
        try (SecretsClient secrets = new SecretsClient()) {
            AuditEvent event = new AuditEvent(input);
            ConfigLoader loader = ConfigLoader.builder()
                    .environment(environment)
                    .defaultValue(Names.SECRETS_MANAGER, "true", "lambda default");
            event.addTo(loader);
            Configuration loaded = loader.load();
            Configuration config = loaded.withSecrets(id -> secrets.resolver(loaded).fetch(id));
            config.readSecrets();
            AuditOptions options = event.options(config, outputDir);
            Optional<UploadSettings> upload = UploadSettings.from(config, event.uploadCache());
            return run(options, config, upload, mask);
        } catch (AuditException e) {
            throw masked(e, e.getMessage(), mask);
        } catch (RuntimeException e) {
            throw masked(e, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")), mask);
        } finally {
            delete(outputDir);
        }
    }

    /**
     * The error to throw: {@code message} with every credential of the run masked, of the same kind (usage or
     * not) as {@code e}, and without its cause, whose message the runtime would print unmasked.
     */
    private static AuditException masked(RuntimeException e, String message, SecretMask mask) {
        String text = mask.apply(message);
        AuditException error = e instanceof UsageException ? new UsageException(text) : new AuditException(text);
        error.setStackTrace(e.getStackTrace());
        return error;
    }

    private Map<String, Object> run(AuditOptions options, Configuration config, Optional<UploadSettings> upload,
            SecretMask mask) {
        AuditRunner runner = new AuditRunner(clock, AuditHandler.class.getPackage().getImplementationVersion());
        AuditOptions withUpload = options.withUpload(upload
                .map(settings -> AwsUploader.request(config, settings, new StandardHttpClients())).orElse(null));
        AuditOutcome outcome = runner.run(withUpload, new SourceAccess(config::get, AuditHandler::refreshTokenRotated,
                new LoggingProgress(), mask));
        UploadResult uploaded = outcome.upload() == null ? null : outcome.upload().orThrow();
        Map<String, Object> response = summary(options.outputs().summary());
        response.put("uploads", outcome.uploaded());
        if (uploaded != null) {
            response.put("runId", uploaded.runId());
        }
        return response;
    }

    /** Lambda cannot write the rotated token back: the secret must be updated before the old token expires. */
    private static void refreshTokenRotated(io.releasecopilot.common.SecretValue token) {
        System.getLogger(AuditHandler.class.getName()).log(System.Logger.Level.WARNING,
                "Jira rotated the OAuth refresh token; update JIRA_REFRESH_TOKEN in the Secrets Manager secret");
    }

    private static Map<String, Object> summary(Path file) {
        try {
            return new LinkedHashMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            throw new AuditException(file + ": cannot read the summary just written: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // /tmp is cleaned with the execution environment
        }
    }

    /** Builds the Secrets Manager client only when a secret is read. */
    private static final class SecretsClient implements AutoCloseable {
        private AwsClients clients;

        SecretsManagerResolver resolver(Configuration config) {
            if (clients == null) {
                clients = new AwsClients(AwsSettings.from(config), new StandardHttpClients());
            }
            return SecretsManagerResolver.of(clients);
        }

        @Override
        public void close() {
            if (clients != null) {
                clients.close();
            }
        }
    }
}
