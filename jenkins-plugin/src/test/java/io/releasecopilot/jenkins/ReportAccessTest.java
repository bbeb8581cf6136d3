package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The build page's report data is shown only to users who may see the build's archived files, as
 * {@code Run.doArtifact} decides ({@code Run.ARTIFACTS} when that permission is enabled).
 */
class ReportAccessTest {

    private final Map<String, Object> sent = new LinkedHashMap<>();

    /** Jenkins answering the artifacts permission as given. */
    private static JenkinsFacade artifacts(boolean allowed) {
        return new JenkinsFacade() {
            @Override
            boolean mayReadArtifacts(Run<?, ?> run) {
                return allowed;
            }
        };
    }

    private StaplerResponse2 response() {
        return (StaplerResponse2) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaplerResponse2.class}, (proxy, method, args) -> {
                    sent.put(method.getName(), args == null ? null : args[0]);
                    return null;
                });
    }

    private static ReleaseAuditAction action(JenkinsFacade jenkins) {
        ReleaseAuditAction action = new ReleaseAuditAction("2026.03.1",
                TrendFixtures.summary("2026.03.1", "WARN", 0.8, 48, 554, 130),
                List.of("2026.03.1/release-audit/audit.json", "2026.03.1/release-audit/html/index.html"),
                "2026.03.1/release-audit/audit.json", "2026.03.1/release-audit/html/index.html");
        action.useFacade(jenkins);
        return action;
    }

    @Test
    void shouldRefuseTheReportJsonToAUserWhoMayNotSeeTheArtifacts() throws Exception {
        action(artifacts(false)).doReport(null, response());

        assertThat(sent).containsOnlyKeys("sendError").containsEntry("sendError", 403);
    }

    @Test
    void shouldHideRowsFilesAndTheInteractiveReportFromSuchAUser() {
        ReleaseAuditAction action = action(artifacts(false));

        assertThat(action.isArtifactsVisible()).isFalse();
        assertThat(action.isReportAvailable()).isFalse();
        assertThat(action.getArtifacts()).isEmpty();
        assertThat(action.getReportFiles()).isEmpty();
        assertThat(action.getOrphanCommits()).isEmpty();
        assertThat(action.getStoriesWithoutCommits()).isEmpty();
        assertThat(action.getStatus()).as("figures and verdict stay visible").isEqualTo("WARN");
        assertThat(action.getCounts()).containsEntry("orphanCommits", 554);
    }

    @Test
    void shouldServeAUserWhoMaySeeTheArtifacts() throws Exception {
        ReleaseAuditAction action = action(artifacts(true));

        action.doReport(null, response());

        assertThat(action.isReportAvailable()).isTrue();
        assertThat(action.getArtifacts()).hasSize(2);
        assertThat(sent).containsEntry("sendError", 404).as("not attached to a build: no file to send");
    }
}
