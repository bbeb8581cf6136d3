package io.releasecopilot.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.aws.fakes.SecretsManagerFake;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.AccessGrant;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code secretId} against a Secrets Manager fake and {@code upload} against S3Proxy, through WorkspaceAudit. */
class AwsWorkspaceAuditTest {

    private static final String ACCESS_KEY = "AKIDJENKINSTEST";
    private static final String SECRET_KEY = "jenkins-test-secret-key";
    private static final String PIPELINE_KEY = "AKIDFROMWITHAWS";
    private static final String PIPELINE_SECRET = "secret-key-from-the-pipeline";
    private static final String SECRET_ID = "releasecopilot/tokens";
    private static final String SECRET_JIRA_TOKEN = "jira-token-from-secrets-manager";
    private static final String SECRET_BITBUCKET_TOKEN = "bitbucket-token-from-secrets-manager";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    static {
        // the SDK's default chain reads system properties first: the agent's credentials in these tests
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
    }

    @TempDir
    Path workspace;

    private final List<String> log = new ArrayList<>();

    private AuditSummary audit(StepOptions options, CredentialValues credentials, Map<String, String> env)
            throws AuditFailure {
        return audit(options, credentials, env, true);
    }

    private AuditSummary audit(StepOptions options, CredentialValues credentials, Map<String, String> env,
            boolean onAgent) throws AuditFailure {
        return new WorkspaceAudit(options, credentials, CLOCK, "test", StepEnvironment.of(env, onAgent), log::add)
                .run(workspace);
    }

    private static SecretsManagerFake secrets() throws Exception {
        return new SecretsManagerFake().secret(SECRET_ID, new ObjectMapper().writeValueAsString(Map.of(
                "JIRA_EMAIL", "bot@acme.test", "JIRA_API_TOKEN", SECRET_JIRA_TOKEN,
                "BITBUCKET_ACCESS_TOKEN", SECRET_BITBUCKET_TOKEN)));
    }

    private static String url(SecretsManagerFake secrets) {
        return secrets.endpoint().toString();
    }

    @Test
    void shouldTakeTheSourceCredentialsFromTheSecretWhereNoJenkinsCredentialIsGiven() throws Exception {
        try (SecretsManagerFake secrets = secrets(); AtlassianFake fake = new AtlassianFake()) {
            StepOptions options = fake.options();
            options.secretId = SECRET_ID;
            options.region = "eu-west-1";
            CredentialValues jenkinsJira = CredentialValues.none().with("JIRA_EMAIL", "rm@acme.test")
                    .with("JIRA_API_TOKEN", AtlassianFake.JIRA_TOKEN);

            AuditSummary summary = audit(options, jenkinsJira,
                    Map.of("AWS_ENDPOINT_URL_SECRETS_MANAGER", url(secrets)));

            assertThat(summary.getCounts()).containsEntry("storiesTotal", 2).containsEntry("commitsTotal", 3);
            assertThat(secrets.askedIds()).containsExactly(SECRET_ID);
            String basic = Base64.getEncoder().encodeToString(("rm@acme.test:" + AtlassianFake.JIRA_TOKEN)
                    .getBytes(StandardCharsets.UTF_8));
            fake.server.verify(getRequestedFor(urlPathEqualTo(AtlassianFake.SEARCH))
                    .withHeader("Authorization", equalTo("Basic " + basic)));
            fake.server.verify(getRequestedFor(urlPathEqualTo(AtlassianFake.COMMITS))
                    .withHeader("Authorization", equalTo("Bearer " + SECRET_BITBUCKET_TOKEN)));
        }
        assertThat(log).noneSatisfy(line -> assertThat(line).contains(SECRET_BITBUCKET_TOKEN))
                .noneSatisfy(line -> assertThat(line).contains(SECRET_JIRA_TOKEN));
    }

    @Test
    void shouldNameTheSecretIdAndTheAwsErrorCodeWhenTheSecretCannotBeRead() throws Exception {
        try (SecretsManagerFake secrets = secrets(); AtlassianFake fake = new AtlassianFake()) {
            StepOptions options = fake.options();
            options.secretId = "releasecopilot/missing";

            assertThatThrownBy(() -> audit(options, CredentialValues.none(),
                    Map.of("AWS_REGION", "eu-west-1", "AWS_ENDPOINT_URL_SECRETS_MANAGER", url(secrets))))
                    .isInstanceOf(AuditFailure.class)
                    .hasMessageContaining("releasecopilot/missing").hasMessageContaining("ResourceNotFoundException");
            fake.server.verify(0, getRequestedFor(urlPathEqualTo(AtlassianFake.SEARCH)));
        }
        assertThat(workspace.resolve("release-audit")).doesNotExist();
    }

    @Test
    void shouldNotReadTheSecretOffline() throws Exception {
        try (SecretsManagerFake secrets = secrets()) {
            SampleWorkspace.create(workspace);
            StepOptions options = SampleWorkspace.offline();
            options.secretId = SECRET_ID;

            AuditSummary summary = audit(options, CredentialValues.none(),
                    Map.of("AWS_REGION", "eu-west-1", "AWS_ENDPOINT_URL_SECRETS_MANAGER", url(secrets)));

            assertThat(summary.getStatus()).isEqualTo("WARN");
            assertThat(summary.getUploads()).isEmpty();
            assertThat(secrets.askedIds()).isEmpty();
        }
    }

    @Test
    void shouldAskForARegionBeforeTheAudit() {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.upload = "s3://audits/jenkins";

        assertThatThrownBy(() -> audit(options, CredentialValues.none(), Map.of())).isInstanceOf(AuditFailure.class)
                .hasMessageStartingWith("no AWS region: give region or set AWS_REGION")
                .satisfies(e -> assertThat(((AuditFailure) e).isUsage()).isTrue());
        assertThat(workspace.resolve("release-audit")).doesNotExist();
    }

    @Test
    void shouldRefuseAKmsKeyWithoutUpload() {
        StepOptions options = SampleWorkspace.offline();
        options.kmsKeyId = "alias/audits";

        assertThatThrownBy(() -> audit(options, CredentialValues.none(), Map.of())).isInstanceOf(AuditFailure.class)
                .hasMessageStartingWith("kmsKeyId needs upload");
    }

    @Test
    void shouldUploadTheFilesAndTheCacheUnderThePrefixAndReturnTheirUris() throws Exception {
        S3Proxy proxy = s3Proxy();
        try (S3Client s3 = S3Client.builder().region(Region.EU_WEST_1).endpointOverride(endpoint(proxy))
                .forcePathStyle(true).httpClient(Apache5HttpClient.create()).build()) {
            s3.createBucket(request -> request.bucket("audits"));
            SampleWorkspace.create(workspace);
            StepOptions options = SampleWorkspace.offline();
            options.upload = "s3://audits/jenkins/portal";
            options.region = "eu-west-1";
            Map<String, String> env = Map.of("AWS_ENDPOINT_URL_S3", endpoint(proxy).toString());

            AuditSummary summary = audit(options, CredentialValues.none(), env);

            List<String> keys = s3.listObjectsV2Paginator(request -> request.bucket("audits")).contents().stream()
                    .map(S3Object::key).toList();
            String json = "jenkins/portal/artifacts/json/" + summary.getFixVersion() + "/";
            assertThat(keys).anySatisfy(key -> assertThat(key).startsWith(json).endsWith("/audit.json"))
                    .anySatisfy(key -> assertThat(key).startsWith(json).endsWith("/audit-summary.json"))
                    .anySatisfy(key -> assertThat(key).startsWith("jenkins/portal/temp_data/"))
                    .anySatisfy(key -> assertThat(key).startsWith("jenkins/portal/artifacts/html/").endsWith("/index.html"))
                    .allSatisfy(key -> assertThat(key).startsWith("jenkins/portal/"));
            assertThat(summary.getUploads()).hasSameSizeAs(keys)
                    .allSatisfy(uri -> assertThat(keys).contains(uri.substring("s3://audits/".length())));
            assertThat(summary.toStepResult("job/1/releaseAudit-x/", "x", List.of()))
                    .containsEntry("uploads", summary.getUploads());
            assertThat(log).anySatisfy(line -> assertThat(line)
                    .isEqualTo("uploaded " + keys.size() + " files to s3://audits/jenkins/portal"));
        } finally {
            proxy.stop();
        }
    }

    @Test
    void shouldFailTheStepInOneLineWhenTheUploadFails() throws Exception {
        S3Proxy proxy = s3Proxy();
        try {
            SampleWorkspace.create(workspace);
            StepOptions options = SampleWorkspace.offline();
            options.upload = "s3://no-such-bucket/jenkins";
            options.region = "eu-west-1";

            assertThatThrownBy(() -> audit(options, CredentialValues.none(),
                    Map.of("AWS_ENDPOINT_URL_S3", endpoint(proxy).toString())))
                    .isInstanceOf(AuditFailure.class)
                    .hasMessageStartingWith("upload to s3://no-such-bucket/jenkins failed: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(workspace.resolve("release-audit/audit-summary.json")).isRegularFile();
        } finally {
            proxy.stop();
        }
    }

    @Test
    void shouldSignWithTheKeysAndRegionOfTheBuildsEnvironmentNotTheAgentJvms() throws Exception {
        S3Proxy proxy = s3Proxy(PIPELINE_KEY, PIPELINE_SECRET);
        try (S3Client s3 = S3Client.builder().region(Region.EU_WEST_1).endpointOverride(endpoint(proxy))
                .forcePathStyle(true).httpClient(Apache5HttpClient.create())
                .credentialsProvider(() -> AwsBasicCredentials.create(PIPELINE_KEY, PIPELINE_SECRET)).build()) {
            s3.createBucket(request -> request.bucket("audits"));
            SampleWorkspace.create(workspace);
            StepOptions options = SampleWorkspace.offline();
            options.upload = "s3://audits/jenkins";
            // what withAWS(region: 'eu-central-1', credentials: 'deploy') puts into the step's EnvVars; the JVM's
            // own identity (the system properties above) is another key, which S3Proxy refuses
            Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", PIPELINE_KEY, "AWS_SECRET_ACCESS_KEY",
                    PIPELINE_SECRET, "AWS_REGION", "eu-central-1", "AWS_ENDPOINT_URL_S3", endpoint(proxy).toString());

            AuditSummary summary = audit(options, CredentialValues.none(), env, false);

            assertThat(summary.getUploads()).isNotEmpty()
                    .allSatisfy(uri -> assertThat(uri).startsWith("s3://audits/jenkins/"));
            assertThat(log).contains("AWS credentials: AWS_ACCESS_KEY_ID");
        } finally {
            proxy.stop();
        }
    }

    @Test
    void shouldReadTheSecretWithTheSessionCredentialsOfTheBuildsEnvironment() throws Exception {
        try (SecretsManagerFake secrets = secrets(); AtlassianFake fake = new AtlassianFake()) {
            StepOptions options = fake.options();
            options.secretId = SECRET_ID;

            audit(options, CredentialValues.none(), Map.of("AWS_ACCESS_KEY_ID", PIPELINE_KEY,
                    "AWS_SECRET_ACCESS_KEY", PIPELINE_SECRET, "AWS_SESSION_TOKEN", "session-from-withAWS",
                    "AWS_REGION", "eu-central-1", "AWS_ENDPOINT_URL_SECRETS_MANAGER", url(secrets)), false);

            assertThat(secrets.signedWith()).singleElement().asString()
                    .startsWith(PIPELINE_KEY + "/").contains("/eu-central-1/secretsmanager/");
            assertThat(secrets.sessionTokens()).containsExactly("session-from-withAWS");
        }
        assertThat(log).noneSatisfy(line -> assertThat(line).contains(PIPELINE_SECRET))
                .noneSatisfy(line -> assertThat(line).contains("session-from-withAWS"));
    }

    @Test
    void shouldNotLendTheControllersOwnIdentityOnTheBuiltInNode() throws Exception {
        try (SecretsManagerFake secrets = secrets()) {
            StepOptions options = SampleWorkspace.offline();
            options.offline = false;
            options.secretId = SECRET_ID;

            assertThatThrownBy(() -> audit(options, CredentialValues.none(), Map.of("AWS_REGION", "eu-west-1",
                    "AWS_ENDPOINT_URL_SECRETS_MANAGER", url(secrets)), false))
                    .isInstanceOf(AuditFailure.class)
                    .hasMessageStartingWith("no AWS credentials in the build's environment")
                    .satisfies(e -> assertThat(((AuditFailure) e).isUsage()).isTrue());
            assertThat(secrets.askedIds()).isEmpty();
        }
    }

    @Test
    void shouldNameTheMissingHalfOfAKeyPair() {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.upload = "s3://audits/jenkins";

        assertThatThrownBy(() -> audit(options, CredentialValues.none(),
                Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", PIPELINE_KEY), true))
                .isInstanceOf(AuditFailure.class)
                .hasMessage("AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY in the environment");
        assertThat(workspace.resolve("release-audit")).doesNotExist();
    }

    private static S3Proxy s3Proxy() throws Exception {
        return s3Proxy(ACCESS_KEY, SECRET_KEY);
    }

    private static S3Proxy s3Proxy(String accessKey, String secretKey) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.identity", accessKey);
        properties.setProperty("jclouds.credential", secretKey);
        BlobStore store = BlobStores.create("transient", properties);
        S3Proxy proxy = S3Proxy.builder().blobStore(store)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.setBlobStoreLocator((identity, container, blob) -> new AccessGrant(secretKey, store));
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        return proxy;
    }

    private static URI endpoint(S3Proxy proxy) {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }
}
