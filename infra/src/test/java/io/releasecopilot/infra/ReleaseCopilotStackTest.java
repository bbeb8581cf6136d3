package io.releasecopilot.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * Synthesizes the stack for the dev and prod environment files (with a placeholder for the Lambdas' jar, which
 * need not be built) and checks the template with CDK's assertions and the cdk-nag AwsSolutions rules.
 */
class ReleaseCopilotStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path INFRA = Path.of("").toAbsolutePath();

    @TempDir
    static Path placeholder;

    private static ReleaseCopilotStack dev;
    private static ReleaseCopilotStack prod;
    private static Template devTemplate;
    private static Template prodTemplate;
    private static JsonNode devJson;
    private static JsonNode prodJson;

    @BeforeAll
    static void synth() throws IOException {
        Files.writeString(placeholder.resolve("README.txt"), "stands in for distribution/target/rc-lambda.jar");
        dev = stack("dev");
        prod = stack("prod");
        devTemplate = Template.fromStack(dev);
        prodTemplate = Template.fromStack(prod);
        devJson = JSON.valueToTree(devTemplate.toJSON());
        prodJson = JSON.valueToTree(prodTemplate.toJSON());
    }

    private static ReleaseCopilotStack stack(String env) {
        App app = App.Builder.create().context(Map.of("env", env, "lambdaJar", placeholder.toString())).build();
        return InfraApp.build(app, INFRA);
    }

    @Test
    void shouldMakeTheBucketTlsOnlyEncryptedOwnerEnforcedVersionedAndPrivate() {
        JsonNode bucket = auditBucket(devJson);
        assertThat(bucket.at("/VersioningConfiguration/Status").asText()).isEqualTo("Enabled");
        assertThat(bucket.at("/OwnershipControls/Rules/0/ObjectOwnership").asText()).isEqualTo("BucketOwnerEnforced");
        assertThat(bucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm")
                .asText()).isEqualTo("AES256");
        assertThat(bucket.path("PublicAccessBlockConfiguration").toString()).contains("\"BlockPublicAcls\":true",
                "\"BlockPublicPolicy\":true", "\"IgnorePublicAcls\":true", "\"RestrictPublicBuckets\":true");
        assertThat(bucket.at("/LoggingConfiguration/LogFilePrefix").asText()).isEqualTo("audits/");
        devTemplate.hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of("PolicyDocument",
                Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
        JsonNode prodBucket = auditBucket(prodJson);
        JsonNode sse = prodBucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0");
        assertThat(sse.at("/ServerSideEncryptionByDefault/SSEAlgorithm").asText()).isEqualTo("aws:kms");
        assertThat(sse.at("/ServerSideEncryptionByDefault/KMSMasterKeyID").isMissingNode()).isFalse();
        assertThat(sse.path("BucketKeyEnabled").asBoolean()).isTrue();
        prodTemplate.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));
        prodTemplate.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("LifecycleConfiguration", Match.anyValue())))));
    }

    @Test
    void shouldKeepTheRetentionOfTheBucketLayout() {
        Map<String, JsonNode> rules = new java.util.HashMap<>();
        auditBucket(devJson).at("/LifecycleConfiguration/Rules").forEach(rule -> rules.put(rule.path("Id").asText(), rule));

        for (String kind : List.of("json", "excel")) {
            JsonNode rule = rules.get("artifacts-" + kind);
            assertThat(rule.path("Prefix").asText()).isEqualTo("releasecopilot/artifacts/" + kind + "/");
            assertThat(rule.path("Status").asText()).isEqualTo("Enabled");
            assertThat(rule.path("Transitions").toString())
                    .isEqualTo("[{\"StorageClass\":\"STANDARD_IA\",\"TransitionInDays\":45},"
                            + "{\"StorageClass\":\"DEEP_ARCHIVE\",\"TransitionInDays\":365}]");
            assertThat(rule.at("/NoncurrentVersionExpiration/NewerNoncurrentVersions").asInt()).isEqualTo(5);
            assertThat(rule.has("ExpirationInDays")).isFalse();
        }
        JsonNode temp = rules.get("temp-data");
        assertThat(temp.path("Prefix").asText()).isEqualTo("releasecopilot/temp_data/");
        assertThat(temp.path("ExpirationInDays").asInt()).isEqualTo(10);
        JsonNode logs = rules.get("logs");
        assertThat(logs.path("Prefix").asText()).isEqualTo("releasecopilot/logs/");
        assertThat(logs.path("Transitions").toString()).isEqualTo("[{\"StorageClass\":\"STANDARD_IA\",\"TransitionInDays\":30}]");
        assertThat(logs.path("ExpirationInDays").asInt()).isEqualTo(120);
    }

    @Test
    void shouldScopeTheReaderAndWriterPoliciesToTheReleaseCopilotPrefixes() {
        List<JsonNode> policies = resources(devJson, "AWS::IAM::ManagedPolicy");
        assertThat(policies).hasSize(2);
        for (JsonNode policy : policies) {
            JsonNode statements = policy.at("/Properties/PolicyDocument/Statement");
            JsonNode objects = statement(statements, "Objects");
            List<String> keys = new ArrayList<>();
            objects.path("Resource").forEach(resource -> keys.add(resource.toString()));
            assertThat(keys).hasSize(AuditStorage.PREFIXES.size()).allSatisfy(key -> assertThat(key)
                    .containsPattern("/releasecopilot/(artifacts/(json|excel|markdown|html)|temp_data|logs)/\\*"));
            JsonNode list = statement(statements, "List");
            assertThat(list.at("/Condition/StringLike/s3:prefix")).hasSize(AuditStorage.PREFIXES.size());
        }
        assertThat(policies).extracting(policy -> statement(policy.at("/Properties/PolicyDocument/Statement"), "Objects")
                .path("Action").toString())
                .containsExactlyInAnyOrder("\"s3:GetObject\"", "[\"s3:PutObject\",\"s3:GetObject\",\"s3:AbortMultipartUpload\"]");
    }

    @Test
    void shouldCreateTheMirrorTableInTheShapeTheMirrorCodeUses() {
        devTemplate.hasResource("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "BillingMode", "PAY_PER_REQUEST",
                        "DeletionProtectionEnabled", true,
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                        "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                        "GlobalSecondaryIndexes", List.of(Map.of("IndexName", "by_fix_version",
                                "KeySchema", List.of(Map.of("AttributeName", "fix_version_key", "KeyType", "HASH"),
                                        Map.of("AttributeName", "issue_key", "KeyType", "RANGE")),
                                "Projection", Map.of("ProjectionType", "ALL"))))))));
        JsonNode attributes = resources(devJson, "AWS::DynamoDB::Table").get(0).at("/Properties/AttributeDefinitions");
        assertThat(attributes.toString()).contains("{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}",
                "{\"AttributeName\":\"sk\",\"AttributeType\":\"S\"}",
                "{\"AttributeName\":\"fix_version_key\",\"AttributeType\":\"S\"}",
                "{\"AttributeName\":\"issue_key\",\"AttributeType\":\"S\"}");
    }

    @Test
    void shouldBuildThreeLambdasFromTheJarEachWithARoleOfItsOwn() {
        List<JsonNode> functions = resources(devJson, "AWS::Lambda::Function");
        assertThat(functions).extracting(f -> f.at("/Properties/Handler").asText()).containsExactlyInAnyOrder(
                ReleaseCopilotStack.AUDIT_HANDLER, ReleaseCopilotStack.WEBHOOK_HANDLER,
                ReleaseCopilotStack.RECONCILE_HANDLER);
        assertThat(functions).extracting(f -> f.at("/Properties/Role/Fn::GetAtt/0").asText()).doesNotHaveDuplicates();
        assertThat(functions).allSatisfy(f -> {
            assertThat(f.at("/Properties/Runtime").asText()).startsWith("java");
            assertThat(f.at("/Properties/Code/S3Key").asText()).endsWith(".zip");
        });
        assertThat(resources(devJson, "AWS::IAM::Role")).allSatisfy(role ->
                assertThat(role.at("/Properties/ManagedPolicyArns").toString()).doesNotContain("AWSLambdaBasicExecutionRole"));
        JsonNode audit = function(devJson, ReleaseCopilotStack.AUDIT_HANDLER);
        assertThat(audit.at("/Properties/Environment/Variables/S3_PREFIX").asText()).isEqualTo("releasecopilot");
        assertThat(audit.at("/Properties/Environment/Variables/SECRET_JIRA").asText()).isEqualTo("releasecopilot/jira/oauth");
        assertThat(function(devJson, ReleaseCopilotStack.WEBHOOK_HANDLER).at("/Properties/Environment/Variables/SECRET_WEBHOOK")
                .asText()).isEqualTo("releasecopilot/jira/webhook_secret");
    }

    @Test
    void shouldGiveEachRoleOnlyWhatItsLambdaNeeds() {
        String audit = rolePolicies(devJson, ReleaseCopilotStack.AUDIT_HANDLER);
        String webhook = rolePolicies(devJson, ReleaseCopilotStack.WEBHOOK_HANDLER);
        String reconcile = rolePolicies(devJson, ReleaseCopilotStack.RECONCILE_HANDLER);

        assertThat(webhook).contains("dynamodb:PutItem", "webhook_secret").doesNotContain("s3:", "jira/oauth",
                "bitbucket", "sqs:");
        assertThat(reconcile).contains("dynamodb:PutItem", "jira/oauth", "sqs:SendMessage")
                .doesNotContain("s3:", "webhook_secret", "bitbucket");
        assertThat(audit).contains("dynamodb:Query", "jira/oauth", "bitbucket/token").doesNotContain("dynamodb:PutItem",
                "webhook_secret");
        String auditRole = function(devJson, ReleaseCopilotStack.AUDIT_HANDLER).at("/Properties/Role/Fn::GetAtt/0").asText();
        assertThat(resources(devJson, "AWS::IAM::ManagedPolicy")).filteredOn(policy -> policy.toString()
                .contains("s3:PutObject")).singleElement().satisfies(writer -> assertThat(writer.at("/Properties/Roles")
                        .toString()).isEqualTo("[{\"Ref\":\"" + auditRole + "\"}]"));
        List<String> allowed = new ArrayList<>();
        devJson.findValues("Statement").forEach(statements -> statements.forEach(statement -> {
            if (statement.path("Effect").asText().equals("Allow")) {
                JsonNode action = statement.path("Action");
                (action.isArray() ? action : JSON.createArrayNode().add(action)).forEach(a -> allowed.add(a.asText()));
            }
        }));
        assertThat(allowed).isNotEmpty().noneMatch(action -> action.equals("*") || action.endsWith(":*"));
    }

    @Test
    void shouldExposeTheWebhookThroughAThrottledApiWithAccessLogs() {
        JsonNode stage = resources(devJson, "AWS::ApiGateway::Stage").get(0).path("Properties");
        assertThat(stage.at("/AccessLogSetting/DestinationArn").isMissingNode()).isFalse();
        assertThat(stage.at("/AccessLogSetting/Format").asText()).contains("requestId");
        JsonNode settings = stage.at("/MethodSettings/0");
        assertThat(settings.path("ThrottlingRateLimit").asDouble()).isEqualTo(10);
        assertThat(settings.path("ThrottlingBurstLimit").asInt()).isEqualTo(20);
        assertThat(prodJson.toString()).contains("\"ThrottlingBurstLimit\":50");
        devTemplate.hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of("HttpMethod", "POST",
                "Integration", Match.objectLike(Map.of("Type", "AWS_PROXY")))));
        devTemplate.hasResourceProperties("AWS::ApiGateway::Resource", Map.of("PathPart", "jira",
                "ParentId", Match.anyValue(), "RestApiId", Match.anyValue()));
    }

    @Test
    void shouldScheduleAuditsAndReconciliationEachSwitchableOff() {
        assertThat(rule(devJson, "rate(30 minutes)").path("State").asText()).isEqualTo("ENABLED");
        assertThat(rule(devJson, "cron(30 8 ? * MON-FRI *)").path("State").asText()).isEqualTo("DISABLED");
        JsonNode prodAudit = rule(prodJson, "cron(0 6 ? * MON-FRI *)");
        assertThat(prodAudit.path("State").asText()).isEqualTo("ENABLED");
        assertThat(prodAudit.at("/Targets/0/Input").asText()).contains("\"fixVersion\":\"2026.03.1\"");
        assertThat(prodAudit.at("/Targets/0/DeadLetterConfig/Arn").isMissingNode()).isFalse();
    }

    @Test
    void shouldSendFailuresToTheDeadLetterQueueAndAlarmOnErrorsThrottlesAndDepth() {
        devTemplate.resourceCountIs("AWS::SQS::Queue", 1);
        assertThat(function(devJson, ReleaseCopilotStack.RECONCILE_HANDLER).at("/Properties/DeadLetterConfig/TargetArn")
                .isMissingNode()).isFalse();
        assertThat(function(devJson, ReleaseCopilotStack.RECONCILE_HANDLER).at("/Properties/Environment/Variables/DLQ_URL")
                .isMissingNode()).isFalse();
        List<JsonNode> alarms = resources(devJson, "AWS::CloudWatch::Alarm");
        assertThat(alarms).extracting(alarm -> alarm.at("/Properties/MetricName").asText())
                .containsExactlyInAnyOrder("Errors", "Errors", "Errors", "Throttles", "Throttles", "Throttles",
                        "ApproximateNumberOfMessagesVisible");
        assertThat(alarms).allSatisfy(alarm -> assertThat(alarm.at("/Properties/AlarmActions/0/Ref").asText())
                .startsWith("Alarms"));
        devTemplate.resourceCountIs("AWS::SNS::Subscription", 0);
        prodTemplate.hasResourceProperties("AWS::SNS::Subscription", Map.of("Protocol", "email",
                "Endpoint", "release-managers@example.com", "TopicArn", Match.anyValue()));
    }

    @Test
    void shouldReferenceSecretsWithoutCreatingAny() {
        devTemplate.resourceCountIs("AWS::SecretsManager::Secret", 0);
        prodTemplate.resourceCountIs("AWS::SecretsManager::Secret", 0);
        assertThat(devJson.toString()).contains("secret:releasecopilot/jira/webhook_secret-??????");
    }

    @Test
    void shouldPassTheAwsSolutionsRulesWithEveryExceptionExplained() {
        for (ReleaseCopilotStack stack : List.of(dev, prod)) {
            List<SynthesisMessage> errors = Annotations.fromStack(stack)
                    .findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
            List<SynthesisMessage> warnings = Annotations.fromStack(stack)
                    .findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
            assertThat(errors).extracting(m -> m.getId() + ": " + m.getEntry().getData()).isEmpty();
            assertThat(warnings).extracting(m -> m.getId() + ": " + m.getEntry().getData()).isEmpty();
        }
        JsonNode suppressed = devJson.at("/Metadata/cdk_nag/rules_to_suppress");
        assertThat(suppressed).isNotEmpty().allSatisfy(rule -> assertThat(rule.path("reason").asText()).hasSizeGreaterThan(40));
    }

    @Test
    void shouldNameTheFileAndFieldOfABadEnvironmentFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        String good = Files.readString(INFRA.resolve("envs/dev.json"));

        Files.writeString(file, good.replace("\"encryption\": \"S3\"", "\"encryption\": \"AES\""));
        assertThat(error(file)).isEqualTo(file + ": encryption must be S3 or KMS, not AES");
        Files.writeString(file, good.replace("\"retainBucket\": false", "\"retainBucket\": false, \"retian\": 1"));
        assertThat(error(file)).startsWith(file + ": retian is not a known field");
        Files.writeString(file, good.replace("\"webhook\": \"releasecopilot/jira/webhook_secret\"", "\"webhook\": 3"));
        assertThat(error(file)).isEqualTo(file + ": secrets.webhook must be a non-empty string");
        Files.writeString(file, good.replace("rate(30 minutes)", "every 30 minutes"));
        assertThat(error(file)).isEqualTo(file + ": reconcileSchedule.expression must be cron(...) or rate(...): every 30 minutes");
    }

    private static String error(Path file) {
        try {
            EnvConfig.read(file);
            return "no error";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static JsonNode auditBucket(JsonNode template) {
        return resources(template, "AWS::S3::Bucket").stream().filter(b -> b.at("/Properties/VersioningConfiguration")
                .isObject()).findFirst().orElseThrow().path("Properties");
    }

    private static List<JsonNode> resources(JsonNode template, String type) {
        List<JsonNode> found = new ArrayList<>();
        template.path("Resources").forEach(resource -> {
            if (resource.path("Type").asText().equals(type)) {
                found.add(resource);
            }
        });
        return found;
    }

    private static JsonNode statement(JsonNode statements, String sid) {
        for (JsonNode statement : statements) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + statements);
    }

    private static JsonNode function(JsonNode template, String handler) {
        return resources(template, "AWS::Lambda::Function").stream()
                .filter(f -> f.at("/Properties/Handler").asText().equals(handler)).findFirst().orElseThrow();
    }

    /** Returns the inline policies attached to the role of the function with that handler, as text. */
    private static String rolePolicies(JsonNode template, String handler) {
        String role = function(template, handler).at("/Properties/Role/Fn::GetAtt/0").asText();
        StringBuilder text = new StringBuilder();
        for (JsonNode policy : resources(template, "AWS::IAM::Policy")) {
            if (policy.at("/Properties/Roles").toString().contains("\"" + role + "\"")) {
                text.append(policy.at("/Properties/PolicyDocument"));
            }
        }
        return text.toString();
    }

    private static JsonNode rule(JsonNode template, String expression) {
        return resources(template, "AWS::Events::Rule").stream()
                .filter(r -> r.at("/Properties/ScheduleExpression").asText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + expression)).path("Properties");
    }
}
