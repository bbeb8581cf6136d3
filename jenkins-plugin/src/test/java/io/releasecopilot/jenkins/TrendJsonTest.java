package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendJsonTest {

    @Test
    void shouldListTheBuildsOldestFirstWithTheirFigures() throws Exception {
        JsonNode json = new ObjectMapper().readTree(TrendJson.write(TrendFixtures.newestFirst()));

        JsonNode builds = json.path("builds");
        assertThat(builds).hasSize(5);
        assertThat(builds.get(0).path("number").asInt()).isEqualTo(1);
        assertThat(builds.get(4).path("number").asInt()).isEqualTo(5);
        JsonNode third = builds.get(2);
        assertThat(third.path("fixVersion").asText()).isEqualTo(TrendFixtures.HOSTILE);
        assertThat(third.path("status").asText()).isEqualTo("FAIL");
        assertThat(third.path("url").asText()).isEqualTo("job/app/3/");
        assertThat(third.path("urlName").asText()).isEqualTo("releaseAudit-v3");
        assertThat(third.path("coverage").asDouble()).isEqualTo(0.77);
        assertThat(third.path("storiesWithoutCommits").asInt()).isEqualTo(7);
        assertThat(third.path("orphanCommits").asInt()).isEqualTo(14);
        assertThat(third.path("outOfScopeCommits").asInt()).isEqualTo(3);
        assertThat(third.path("storiesRevertedOnly").asInt()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(TrendJson.write(List.of())).path("builds")).isEmpty();
    }

    @Test
    void shouldShowTheCoverageRoundedDownInTheTable() {
        assertThat(TrendFixtures.newestFirst().get(0).getCoveragePercent()).isEqualTo("90.0 %");
        assertThat(ReleaseAuditAction.percent(0.99996)).isEqualTo("99.9 %");
    }
}
