package io.releasecopilot.cli.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsightsTextTest {

    @Test
    void shouldPutUntrustedTextOnOneLineWithoutControls() {
        assertThat(InsightsText.oneLine(" Fix\r\n\tlogin \u202Egnp.exe\u202C\u0007 now  ")).isEqualTo("Fix login gnp.exe now");
        assertThat(InsightsText.oneLine(null)).isEmpty();
    }

    @Test
    void shouldClipToTheLimitWithoutSplittingASurrogatePair() {
        String text = "a".repeat(448) + "\uD83D\uDE00\uD83D\uDE00";

        String clipped = InsightsText.clip(text, 450);

        assertThat(clipped).hasSize(449).endsWith("a…");
        assertThat(InsightsText.clip("x".repeat(450), 450)).hasSize(450).doesNotContain("…");
        assertThat(InsightsText.clip("x".repeat(451), 450)).hasSize(450).endsWith("x…");
    }

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
