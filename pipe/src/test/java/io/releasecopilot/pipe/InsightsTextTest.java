package io.releasecopilot.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsightsTextTest {

    @Test
    void shouldMakeReportIdsFromFixVersions() {
        assertThat(InsightsReport.id("2026.03.1")).isEqualTo("release-copilot-2026-03-1");
        assertThat(InsightsReport.id("Mobile App / R 7 ")).isEqualTo("release-copilot-mobile-app-r-7");
        assertThat(InsightsReport.id("///")).isEqualTo("release-copilot");
        assertThat(InsightsReport.id("v".repeat(100))).hasSize("release-copilot-".length() + 60);
    }

    @Test
    void shouldLinkOnlyToHttpAddresses() {
        assertThat(InsightsText.httpLink("https://acme.atlassian.net/browse/APP-1")).isNotNull();
        assertThat(InsightsText.httpLink("javascript:alert(1)")).isNull();
        assertThat(InsightsText.httpLink(null)).isNull();
    }
}
