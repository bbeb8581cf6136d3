package io.releasecopilot.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.config.Configuration;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadMetadataTest {

    private static final Instant GENERATED = Instant.parse("2026-11-24T03:20:01Z");

    @Test
    void shouldCarryMarkerFixVersionTimeShaAndScope() throws IOException {
        Map<String, String> metadata = UploadMetadata.of("2026.03.1", GENERATED, "run-1", "1.0.0", "9f2c1ab",
                Map.of("env", "prod"));

        assertThat(metadata).containsEntry("artifact", "rc-audit").containsEntry("fix-version", "2026.03.1")
                .containsEntry("generated-at", "2026-11-24T03:20:01Z").containsEntry("git-sha", "9f2c1ab")
                .containsEntry("run-id", "run-1").doesNotContainKey("scope-truncated");
        assertThat(new ObjectMapper().readTree(metadata.get("scope")).path("env").asText()).isEqualTo("prod");
    }

    @Test
    void shouldKeepWithinTwoKilobytesAndSayWhatWasLeftOut() throws IOException {
        Map<String, String> scope = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            scope.put("key" + i, "välue-" + "x".repeat(40) + i);
        }

        Map<String, String> metadata = UploadMetadata.of("2026.03.1", GENERATED, "run-1", "1.0.0", null, scope);

        assertThat(UploadMetadata.size(metadata)).isLessThanOrEqualTo(UploadMetadata.LIMIT);
        JsonNode kept = new ObjectMapper().readTree(metadata.get("scope"));
        assertThat(kept.size()).isBetween(1, 59);
        assertThat(kept.path("key0").asText()).startsWith("välue-");
        assertThat(metadata.get("scope")).matches("\\p{ASCII}+").containsIgnoringCase("\\u00e4");
        assertThat(metadata.get("scope-truncated")).startsWith((60 - kept.size()) + " of 60 pairs left out");
        assertThat(metadata).doesNotContainKey("git-sha");
    }

    @Test
    void shouldCutALongFixVersionBetweenTwoCodePoints() throws IOException {
        String fixVersion = "r".repeat(255) + "\uD83D\uDE00";

        String value = UploadMetadata.of(fixVersion, GENERATED, "run-1", "1.0.0", null, Map.of()).get("fix-version");

        assertThat(value).matches("\\p{ASCII}+").doesNotContainIgnoringCase("\\ud83d");
        assertThat(new ObjectMapper().readTree("\"" + value + "\"").asText()).isEqualTo("r".repeat(255) + "…");
    }

    @Test
    void shouldDropAPairTooBigToFitAtAll() {
        Map<String, String> metadata = UploadMetadata.of("1.0", GENERATED, "run-1", "dev", null,
                Map.of("huge", "y".repeat(5000)));

        assertThat(metadata.get("scope")).isEqualTo("{}");
        assertThat(metadata.get("scope-truncated")).startsWith("1 of 1 pairs left out");
        assertThat(UploadMetadata.size(metadata)).isLessThanOrEqualTo(UploadMetadata.LIMIT);
    }

    @Test
    void shouldTakeTheGitShaFromTheScopeThenJenkinsThenPipelines() {
        Configuration both = Configuration.of(Map.of("GIT_COMMIT", "jenkins", "BITBUCKET_COMMIT", "pipes"), "env");

        Configuration pipelines = Configuration.of(Map.of("BITBUCKET_COMMIT", "pipes"), "env");

        assertThat(AuditUploads.gitSha(Map.of("gitSha", "scope"), commit(both))).contains("scope");
        assertThat(AuditUploads.gitSha(Map.of(), commit(both))).contains("jenkins");
        assertThat(AuditUploads.gitSha(Map.of(), commit(pipelines))).contains("pipes");
        assertThat(AuditUploads.gitSha(Map.of(), commit(Configuration.of(Map.of(), "env")))).isEmpty();
    }

    private static String commit(Configuration config) {
        UploadSettings settings = new UploadSettings(S3Uri.parse("s3://audits"), null, false);
        return UploadRequest.of(settings, config, plan -> List.of()).ciCommit();
    }
}
