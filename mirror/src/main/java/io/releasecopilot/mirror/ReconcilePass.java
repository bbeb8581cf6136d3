package io.releasecopilot.mirror;

import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.DynamoDbClients;
import io.releasecopilot.aws.SecretsManagerResolver;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.http.ApiAccess;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.http.JiraAccess;
import io.releasecopilot.http.ResilientHttpGet;
import io.releasecopilot.model.SourceFlavor;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The scheduled reconciliation (an EventBridge schedule; the Lambda handler is
 * {@code io.releasecopilot.lambda.ReconcileHandler}): one {@link Reconciler} pass. Environment:
 * {@code JIRA_BASE_URL}, {@code JIRA_FLAVOR}, {@code DYNAMODB_TABLE}, {@code MIRROR_DLQ_URL}, optionally
 * {@code MIRROR_PROJECTS}; the Jira credentials come from the secret {@code SECRET_JIRA} names (only that
 * secret is read). Returns the pass's figures; a failed
 * pass throws, so the schedule's error alarm fires, and leaves the watermark where it was.
 */
public final class ReconcilePass {

    private static final System.Logger LOG = System.getLogger(ReconcilePass.class.getName());

    private final Map<String, String> environment;
    private final Clock clock;

    /** A pass with the settings in {@code environment}, the process environment in Lambda. */
    public ReconcilePass(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /** Runs the pass and returns its figures. */
    public Map<String, Object> run() {
        Configuration loaded = ConfigLoader.builder().environment(environment)
                .defaultValue(Names.SECRETS_MANAGER, "true", "lambda default")
                .flag(Names.SECRET_BITBUCKET, "", "reconciliation reads only SECRET_JIRA")
                .flag(Names.SECRET_WEBHOOK, "", "reconciliation reads only SECRET_JIRA")
                .load();
        try (AwsClients clients = new AwsClients(MirrorSettings.aws(loaded), new StandardHttpClients());
                DynamoDbClient dynamoDb = DynamoDbClients.build(clients);
                SqsClient sqs = sqs(loaded)) {
            Configuration config = loaded.withSecrets(SecretsManagerResolver.of(clients));
            config.readSecrets();
            String flavorName = config.get("JIRA_FLAVOR").orElse("cloud").strip().toLowerCase(Locale.ROOT);
            SourceFlavor flavor = "datacenter".equals(flavorName) ? SourceFlavor.DATACENTER : SourceFlavor.CLOUD;
            URI site = site(config);
            ApiAccess access = JiraAccess.resolve(config::get, flavorName, site);
            HttpGet http = new ResilientHttpGet(access);
            DeadLetters deadLetters = config.get(Names.MIRROR_DLQ_URL).filter(url -> !url.isBlank())
                    .<DeadLetters>map(url -> new SqsDeadLetters(sqs, url.strip())).orElse(DeadLetters.none());
            Reconciler reconciler = new Reconciler(new MirrorStore(dynamoDb, MirrorSettings.table(config)),
                    http, flavor, access.baseUrl(), projects(config), deadLetters, clock, Reconciler.DEFAULT_OVERLAP);
            Reconciler.Result result = reconciler.run();
            LOG.log(Level.INFO, "reconciled: {0} issues read in {1} requests, {2} written, {3} dead-lettered;"
                    + " watermark {4} ({5})", result.issues(), result.requests(), result.written(),
                    result.deadLettered(), result.watermark(), result.jql());
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("jql", result.jql());
            response.put("requests", result.requests());
            response.put("issues", result.issues());
            response.put("written", result.written());
            response.put("deadLettered", result.deadLettered());
            response.put("watermark", result.watermark().toString());
            return response;
        }
    }

    private static SqsClient sqs(Configuration config) {
        var builder = SqsClient.builder().httpClient(
                software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create());
        config.get(Names.AWS_REGION).ifPresent(region -> builder.region(Region.of(region.strip())));
        config.get(Names.AWS_ENDPOINT_URL_SQS).or(() -> config.get(Names.AWS_ENDPOINT_URL))
                .ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint.strip())));
        return builder.build();
    }

    private static URI site(Configuration config) {
        String url = config.get(Names.JIRA_BASE_URL).map(String::strip).filter(u -> !u.isEmpty())
                .orElseThrow(() -> new UsageException("JIRA_BASE_URL is not set: reconciliation needs the Jira site"));
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new UsageException("JIRA_BASE_URL is not a URL");
        }
    }

    private static List<String> projects(Configuration config) {
        return config.get(Names.MIRROR_PROJECTS).map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(p -> !p.isEmpty()).toList()).orElse(List.of());
    }
}
