package io.releasecopilot.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Everything Release Copilot runs on in one AWS account and region, per environment file: the audit bucket
 * ({@link AuditStorage}), the Jira mirror table, three Lambdas built from the Lambda jar (audit, webhook,
 * reconciliation) each with a role of its own, the webhook API, the schedules, a dead-letter queue and alarms
 * to an SNS topic. Secrets are referenced by name or ARN; their values are set outside the stack.
 */
public final class ReleaseCopilotStack extends Stack {

    /** The handlers in the Lambda jar (distribution/target/rc-lambda.jar). */
    static final String AUDIT_HANDLER = "io.releasecopilot.lambda.AuditHandler::handleRequest";
    static final String WEBHOOK_HANDLER = "io.releasecopilot.lambda.WebhookHandler::handleRequest";
    static final String RECONCILE_HANDLER = "io.releasecopilot.lambda.ReconcileHandler::handleRequest";
    /** The mirror's index of issues by fix version. */
    static final String BY_FIX_VERSION = "by_fix_version";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditStorage storage;
    private final Table mirror;
    private final Queue deadLetters;
    private final Topic alarms;
    private final Function audit;
    private final Function webhook;
    private final Function reconcile;
    private final RestApi api;

    /**
     * @param lambdaJar the jar (or, in tests, a folder) the Lambdas' code is taken from
     */
    public ReleaseCopilotStack(Construct scope, String id, StackProps props, EnvConfig config, String lambdaJar) {
        super(scope, id, props);
        this.storage = new AuditStorage(this, "Storage", config);
        this.mirror = mirrorTable();
        this.deadLetters = Queue.Builder.create(this, "DeadLetters")
                .retentionPeriod(Duration.days(14)).encryption(QueueEncryption.SQS_MANAGED).enforceSsl(true).build();
        this.alarms = Topic.Builder.create(this, "Alarms").displayName("Release Copilot alarms (" + config.env() + ")")
                .enforceSsl(true).build();
        if (config.alarmEmail() != null) {
            alarms.addSubscription(new EmailSubscription(config.alarmEmail()));
        }
        Code code = Code.fromAsset(lambdaJar);
        Map<String, ISecret> secrets = new HashMap<>();
        config.secretSettings().forEach((setting, secretId) -> secrets.put(setting, secret(setting, secretId)));

        Map<String, String> common = new HashMap<>(Map.of("DYNAMODB_TABLE", mirror.getTableName(),
                "SECRETS_MANAGER", "true"));
        common.putAll(config.secretSettings());

        Map<String, String> auditEnv = new HashMap<>(common);
        auditEnv.put("S3_BUCKET", storage.bucket().getBucketName());
        auditEnv.put("S3_PREFIX", config.prefix());
        if (storage.key() != null) {
            auditEnv.put("KMS_KEY_ID", storage.key().getKeyArn());
        }
        this.audit = function("Audit", AUDIT_HANDLER, code, 2048, Duration.minutes(15), auditEnv, true);
        storage.writer().attachToRole(audit.getRole());
        mirror.grantReadData(audit);
        secrets.get("SECRET_JIRA").grantRead(audit);
        secrets.get("SECRET_BITBUCKET").grantRead(audit);

        this.webhook = function("Webhook", WEBHOOK_HANDLER, code, 1024, Duration.seconds(29), common, false);
        mirror.grantReadWriteData(webhook);
        secrets.get("SECRET_WEBHOOK").grantRead(webhook);

        Map<String, String> reconcileEnv = new HashMap<>(common);
        reconcileEnv.put("DLQ_URL", deadLetters.getQueueUrl());
        this.reconcile = function("Reconcile", RECONCILE_HANDLER, code, 1024, Duration.minutes(10), reconcileEnv, true);
        mirror.grantReadWriteData(reconcile);
        secrets.get("SECRET_JIRA").grantRead(reconcile);
        deadLetters.grantSendMessages(reconcile);

        this.api = webhookApi(config);
        schedule("AuditSchedule", config.audit(), audit);
        schedule("ReconcileSchedule", config.reconcile(), reconcile);
        for (Function function : List.of(audit, webhook, reconcile)) {
            String name = function.getNode().getId();
            alarm(name + "Errors", function.metricErrors(fiveMinutes()), name + " Lambda reported errors");
            alarm(name + "Throttles", function.metricThrottles(fiveMinutes()), name + " Lambda was throttled");
        }
        alarm("DeadLetterDepth", deadLetters.metricApproximateNumberOfMessagesVisible(fiveMinutes()),
                "Messages wait in the dead-letter queue");

        CfnOutput.Builder.create(this, "BucketName").value(storage.bucket().getBucketName()).build();
        CfnOutput.Builder.create(this, "MirrorTableName").value(mirror.getTableName()).build();
        CfnOutput.Builder.create(this, "WebhookUrl").value(api.urlForPath("/webhook/jira")).build();
        CfnOutput.Builder.create(this, "AlarmTopicArn").value(alarms.getTopicArn()).build();
        NagExplanations.apply(this);
    }

    private Table mirrorTable() {
        Table table = Table.Builder.create(this, "Mirror")
                .partitionKey(Attribute.builder().name("pk").type(AttributeType.STRING).build())
                .sortKey(Attribute.builder().name("sk").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder().indexName(BY_FIX_VERSION)
                .partitionKey(Attribute.builder().name("fix_version_key").type(AttributeType.STRING).build())
                .sortKey(Attribute.builder().name("issue_key").type(AttributeType.STRING).build())
                .projectionType(ProjectionType.ALL).build());
        return table;
    }

    private ISecret secret(String setting, String secretId) {
        String id = setting.replace("_", "");
        return secretId.startsWith("arn:") ? Secret.fromSecretCompleteArn(this, id, secretId)
                : Secret.fromSecretNameV2(this, id, secretId);
    }

    /** A function with a role of its own that may write only to its own log group. */
    private Function function(String id, String handler, Code code, int memory, Duration timeout,
            Map<String, String> environment, boolean asyncDeadLetters) {
        LogGroup logs = LogGroup.Builder.create(this, id + "Logs").retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.DESTROY).build();
        Role role = Role.Builder.create(this, id + "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Release Copilot " + id + " Lambda").build();
        logs.grantWrite(role);
        Function.Builder builder = Function.Builder.create(this, id).runtime(Runtime.JAVA_21).handler(handler)
                .code(code).memorySize(memory).timeout(timeout).role(role).logGroup(logs).environment(environment);
        if (asyncDeadLetters) {
            builder.deadLetterQueue(deadLetters).retryAttempts(2);
        }
        return builder.build();
    }

    private RestApi webhookApi(EnvConfig config) {
        LogGroup accessLogs = LogGroup.Builder.create(this, "WebhookApiAccessLogs")
                .retention(RetentionDays.THREE_MONTHS).removalPolicy(RemovalPolicy.DESTROY).build();
        RestApi rest = RestApi.Builder.create(this, "WebhookApi")
                .restApiName("release-copilot-webhook-" + config.env())
                .description("Receives Jira issue webhooks for the Release Copilot mirror")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                .cloudWatchRole(true)
                .deployOptions(StageOptions.builder().stageName("v1")
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields())
                        .throttlingRateLimit(config.webhookRateLimit())
                        .throttlingBurstLimit(config.webhookBurst())
                        .loggingLevel(MethodLoggingLevel.ERROR).metricsEnabled(true).dataTraceEnabled(false)
                        .build())
                .build();
        RequestValidator validator = RequestValidator.Builder.create(this, "WebhookValidator").restApi(rest)
                .validateRequestParameters(true).validateRequestBody(true).build();
        rest.getRoot().addResource("webhook").addResource("jira").addMethod("POST", new LambdaIntegration(webhook),
                MethodOptions.builder().requestValidator(validator).build());
        return rest;
    }

    private void schedule(String id, EnvConfig.Schedule schedule, Function target) {
        Map<String, Object> event;
        try {
            event = JSON.readValue(schedule.event(), new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Rule.Builder.create(this, id)
                .schedule(software.amazon.awscdk.services.events.Schedule.expression(schedule.expression()))
                .enabled(schedule.enabled())
                .targets(List.of(LambdaFunction.Builder.create(target).event(RuleTargetInput.fromObject(event))
                        .deadLetterQueue(deadLetters).retryAttempts(2).build()))
                .build();
    }

    private void alarm(String id, IMetric metric, String description) {
        Alarm alarm = Alarm.Builder.create(this, id).metric(metric).threshold(1).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING).alarmDescription(description).build();
        alarm.addAlarmAction(new SnsAction(alarms));
    }

    private static MetricOptions fiveMinutes() {
        return MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
    }

    AuditStorage storage() {
        return storage;
    }
}
