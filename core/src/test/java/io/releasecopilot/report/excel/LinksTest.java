package io.releasecopilot.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {

    private final Links links = new Links(new AuditInput("1.0", "https://jira.example.com/browse/", List.of(),
            List.of(), List.of(
                    new Repository("portal", "acme", SourceFlavor.CLOUD, List.of(), "https://bb.example.com/c/"),
                    new Repository("local", "", SourceFlavor.GIT, List.of(), null)),
            List.of(), List.of(), List.of()));

    @Test
    void shouldBuildIssueAndCommitAddresses() {
        assertThat(links.issue("ABC-1")).isEqualTo("https://jira.example.com/browse/ABC-1");
        assertThat(links.commit("portal", "abc")).isEqualTo("https://bb.example.com/c/abc");
    }

    @Test
    void shouldReturnNullWhenTheAddressIsUnknown() {
        assertThat(links.commit("local", "abc")).isNull();
        assertThat(links.commit("missing", "abc")).isNull();
        assertThat(links.commit(null, "abc")).isNull();
        assertThat(links.issue(null)).isNull();
    }

    @Test
    void shouldAcceptOnlyPlainHttpAddresses() {
        assertThat(Links.safe("HTTPS://x.example.com/a?b=1&c=2")).isNotNull();
        assertThat(Links.safe("http://x.example.com/a")).isNotNull();
        assertThat(Links.safe("javascript:alert(1)")).isNull();
        assertThat(Links.safe("file:///etc/passwd")).isNull();
        assertThat(Links.safe("https://x.example.com/a b")).isNull();
        assertThat(Links.safe("https://x.example.com/\"x\"")).isNull();
        assertThat(Links.safe("https://x.example.com/<x>")).isNull();
        assertThat(Links.safe("https://x.example.com/\u0000")).isNull();
        assertThat(Links.safe("https:///no-host")).isNull();
        assertThat(Links.safe("https://x.example.com/" + "a".repeat(Links.MAX_URL_LENGTH))).isNull();
        assertThat(Links.safe(null)).isNull();
    }
}
