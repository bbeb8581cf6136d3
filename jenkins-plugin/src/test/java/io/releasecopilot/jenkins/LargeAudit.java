package io.releasecopilot.jenkins;

import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.Correlator;
import io.releasecopilot.gate.Gate;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.model.Story;
import io.releasecopilot.report.AuditReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release of any size, correlated and gated by the core as a real audit is: story {@code APP-i}; commit
 * {@code c} names story {@code c % stories} unless it is one of every 7 (orphans) or every 11 (naming another
 * project's issue), with a long message, as a busy monorepo would have.
 */
final class LargeAudit {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private LargeAudit() {
    }

    static AuditReport report(String fixVersion, int stories, int commits) {
        return report(fixVersion, stories, commits, List.of());
    }

    /** The same release, with the fetches an interrupted fetch left incomplete (the gate fails on them). */
    static AuditReport report(String fixVersion, int stories, int commits, List<String> incomplete) {
        List<Story> storyList = new ArrayList<>();
        for (int i = 1; i <= stories; i++) {
            storyList.add(new Story("APP-" + i, "Story " + i + " with a summary as long as real ones get", "Done",
                    "done", "Story", false, null, "Developer " + i % 40, List.of("backend"), List.of("Checkout"),
                    List.of(fixVersion), null, START));
        }
        List<Commit> commitList = new ArrayList<>();
        for (int c = 0; c < commits; c++) {
            String key = c % 7 == 0 ? "" : c % 11 == 0 ? "OPS-" + c + " " : "APP-" + (1 + c % stories) + " ";
            commitList.add(new Commit(c % 3 == 0 ? "portal" : "billing-api", String.format("%040x", c),
                    START.plusSeconds(60L * c), "Developer " + c % 40, "dev" + c % 40 + "@example.com",
                    key + "Change " + c + " of the release\n\nA body of several lines explaining the change " + c,
                    List.of("main"), 1));
        }
        AuditInput input = new AuditInput(fixVersion, "https://acme.atlassian.net/browse/", storyList, commitList,
                List.of(new Repository("portal", "acme", SourceFlavor.CLOUD, List.of("main"), null),
                        new Repository("billing-api", "acme", SourceFlavor.CLOUD, List.of("main"), null)),
                List.of(), List.of("generated"), List.of(), incomplete);
        AuditResult result = Correlator.correlate(input, CorrelationSettings.defaults());
        Map<String, String> scope = new LinkedHashMap<>();
        scope.put("env", "prod");
        scope.put("team", "payments");
        return new AuditReport(result, Policy.defaults(), Gate.evaluate(Policy.defaults(), result), START, scope,
                "1.0.0");
    }
}
