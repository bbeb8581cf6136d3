package io.releasecopilot.mirror;

import static io.releasecopilot.aws.MirrorKeys.BY_FIX_VERSION;
import static io.releasecopilot.aws.MirrorKeys.FIX_VERSION_KEY;
import static io.releasecopilot.aws.MirrorKeys.ISSUE_KEY;
import static io.releasecopilot.aws.MirrorKeys.META_PK;
import static io.releasecopilot.aws.MirrorKeys.PK;
import static io.releasecopilot.aws.MirrorKeys.SK;
import static io.releasecopilot.aws.MirrorKeys.WATERMARK;
import static io.releasecopilot.aws.MirrorKeys.WATERMARK_SK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.AuditException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * The mirror's reads (the watermark's {@code GetItem}, the index {@code Query}) as DynamoDB's JSON API calls,
 * signed with Signature Version 4 and sent with an SDK HTTP client: no DynamoDB client is needed, only the SDK's
 * core, which the Jenkins plugin takes from the {@code aws-java-sdk2-core} plugin (there is no DynamoDB API
 * plugin, and issue 10 forbids shipping the client). Reads the same items as {@link MirrorStore}.
 */
public final class DynamoDbJsonTable implements MirrorTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "DynamoDB_20120810.";

    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final URI endpoint;
    private final String table;

    /**
     * @param http     the HTTP client, closed by the caller
     * @param endpoint the endpoint override ({@code AWS_ENDPOINT_URL_DYNAMODB}), or {@code null} for the region's
     */
    public DynamoDbJsonTable(SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint,
            String table) {
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint != null ? endpoint : URI.create("https://dynamodb." + region + ".amazonaws.com"
                + (region.startsWith("cn-") ? ".cn" : ""));
        this.table = table;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Optional<Instant> watermark() {
        ObjectNode request = JSON.createObjectNode().put("TableName", table).put("ConsistentRead", true);
        ObjectNode key = request.putObject("Key");
        key.putObject(PK).put("S", META_PK);
        key.putObject(SK).put("S", WATERMARK_SK);
        JsonNode value = call("GetItem", request).path("Item").path(WATERMARK).path("N");
        return value.isTextual() ? Optional.of(Instant.ofEpochMilli(Long.parseLong(value.asText())))
                : Optional.empty();
    }

    @Override
    public List<String> issuesOf(String fixVersion, List<String> projects) {
        List<JsonNode> items = new ArrayList<>();
        if (projects.isEmpty()) {
            query(fixVersion, null, items);
        } else {
            for (String project : projects) {
                query(fixVersion, project + "-", items);
            }
        }
        items.sort(Comparator.comparing((JsonNode item) -> item.path(ISSUE_KEY).path("S").asText(),
                MirrorTable::compareKeys));
        return items.stream().map(item -> item.path("issue").path("S").asText()).toList();
    }

    private void query(String fixVersion, String keyPrefix, List<JsonNode> into) {
        ObjectNode request = JSON.createObjectNode().put("TableName", table).put("IndexName", BY_FIX_VERSION)
                .put("ProjectionExpression", "#i, #k");
        request.putObject("ExpressionAttributeNames").put("#fv", FIX_VERSION_KEY).put("#i", "issue")
                .put("#k", ISSUE_KEY);
        ObjectNode values = request.putObject("ExpressionAttributeValues");
        values.putObject(":fv").put("S", fixVersion);
        String condition = "#fv = :fv";
        if (keyPrefix != null) {
            condition += " AND begins_with(#k, :p)";
            values.putObject(":p").put("S", keyPrefix);
        }
        request.put("KeyConditionExpression", condition);
        JsonNode start = null;
        do {
            if (start != null) {
                request.set("ExclusiveStartKey", start);
            }
            JsonNode response = call("Query", request);
            response.path("Items").forEach(into::add);
            start = response.path("LastEvaluatedKey");
            start = start.isObject() && !start.isEmpty() ? start : null;
        } while (start != null);
    }

    /**
     * Sends one signed call and returns its JSON answer.
     *
     * @throws AuditException naming the table, the call and DynamoDB's error type when it is refused
     */
    private JsonNode call(String operation, ObjectNode request) {
        try {
            byte[] body = JSON.writeValueAsBytes(request);
            SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                    .putHeader("Content-Type", "application/x-amz-json-1.0")
                    .putHeader("X-Amz-Target", API + operation)
                    .putHeader("Content-Length", Integer.toString(body.length))
                    .build();
            SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                    .identity(credentials.resolveCredentials())
                    .request(unsigned)
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region));
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request()).contentStreamProvider(signed.payload().orElse(null)).build()).call();
            JsonNode answer;
            try (InputStream in = response.responseBody().orElse(null)) {
                answer = in == null ? JSON.createObjectNode() : JSON.readTree(in);
            }
            int status = response.httpResponse().statusCode();
            if (status / 100 != 2) {
                String type = answer.path("__type").asText("");
                type = type.substring(type.lastIndexOf('#') + 1);
                throw new AuditException("Jira mirror dynamodb:" + table + ": " + operation + " refused: "
                        + (type.isEmpty() ? "HTTP " + status : type + " (HTTP " + status + ")"));
            }
            return answer;
        } catch (IOException e) {
            throw new AuditException("Jira mirror dynamodb:" + table + ": " + operation + " failed: "
                    + e.getMessage(), e);
        }
    }
}
