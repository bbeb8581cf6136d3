package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build page's rows show untrusted text by the shared rule of the core. */
class AuditDigestTest {

    @Test
    void shouldDropEveryCharacterThatCanSpoofARowOfTheBuildPage() {
        String summary = "Pay \u200Binvoice\u061C \uFEFFfor \u202Egnp.exe\u202C\r\nnow";

        assertThat(AuditDigest.shorten(summary)).isEqualTo("Pay invoice for gnp.exe now");
    }

    @Test
    void shouldCutAtTheLimitWithoutSplittingASurrogatePair() {
        String shortened = AuditDigest.shorten("a".repeat(158) + "\uD83D\uDE00".repeat(3));

        assertThat(shortened).hasSizeLessThanOrEqualTo(160).endsWith("a…");
    }
}
