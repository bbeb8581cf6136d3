package io.releasecopilot.pipe;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.Link;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.Story;
import io.releasecopilot.report.AuditReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The worst findings as file-less Code Insights annotations, worst first: stories without commits (HIGH),
 * stories whose commits are all reverted (HIGH), out-of-scope commits (MEDIUM), orphan commits (LOW). Each has
 * an {@code external_id} that stays the same for the same finding in every run.
 */
final class InsightsAnnotations {

    /** Bitbucket keeps at most this many annotations per report. */
    static final int MAX_PER_REPORT = 1000;
    /** Bitbucket rejects summaries longer than this. */
    static final int SUMMARY_MAX = 450;
    static final int DETAILS_MAX = 2000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InsightsAnnotations() {
    }

    /** Returns up to {@code max} annotations, worst first. */
    static List<ObjectNode> worst(AuditReport report, int max) {
        AuditInput input = report.result().input();
        String version = UntrustedText.oneLine(report.result().fixVersion());
        List<ObjectNode> annotations = new ArrayList<>();
        for (StoryCategory category : List.of(StoryCategory.WITHOUT_COMMITS, StoryCategory.REVERTED_ONLY)) {
            for (StoryResult story : report.result().stories()) {
                if (annotations.size() >= max) {
                    return annotations;
                }
                if (story.category() == category) {
                    annotations.add(story(story, input, version));
                }
            }
        }
        Map<String, Repository> repositories = new HashMap<>();
        input.repositories().forEach(repository -> repositories.putIfAbsent(repository.name(), repository));
        for (CommitCategory category : List.of(CommitCategory.OUT_OF_SCOPE, CommitCategory.ORPHAN)) {
            for (CommitResult commit : report.result().commits()) {
                if (annotations.size() >= max) {
                    return annotations;
                }
                if (commit.category() == category) {
                    annotations.add(commit(commit, repositories.get(commit.commit().repo()), version));
                }
            }
        }
        return annotations;
    }

    private static ObjectNode story(StoryResult result, AuditInput input, String version) {
        Story story = result.story();
        boolean reverted = result.category() == StoryCategory.REVERTED_ONLY;
        String what = reverted ? "has only reverted commits" : "has no commits";
        ObjectNode node = annotation(
                (reverted ? "rc-reverted-only-" : "rc-story-without-commits-") + story.key(),
                reverted ? "Story with only reverted commits" : "Story without commits",
                "BUG", "HIGH",
                story.key() + " " + what + " (fix version " + version + "): " + story.summary());
        node.put("details", UntrustedText.oneLine(story.issueType() + ", status " + story.status()
                + ", assignee " + (story.assignee() == null ? "none" : story.assignee())
                + (reverted ? ", " + result.commits().size() + " reverted commits" : ""), DETAILS_MAX));
        link(node, input.issueUrl(story.key()));
        return node;
    }

    private static ObjectNode commit(CommitResult result, Repository repository, String version) {
        Commit commit = result.commit();
        String shortHash = commit.hash().length() > 12 ? commit.hash().substring(0, 12) : commit.hash();
        boolean outOfScope = result.category() == CommitCategory.OUT_OF_SCOPE;
        String summary;
        if (outOfScope) {
            String keys = result.outOfScopeKeys().stream().map(Link::key).collect(Collectors.joining(", "));
            summary = commit.repo() + " " + shortHash + " names only issues outside fix version " + version + " ("
                    + keys + "): " + commit.subject();
        } else {
            summary = commit.repo() + " " + shortHash + " names no issue of the audited projects: " + commit.subject();
        }
        ObjectNode node = annotation(
                (outOfScope ? "rc-out-of-scope-" : "rc-orphan-") + commit.repo() + "-" + commit.hash(),
                outOfScope ? "Out-of-scope commit" : "Orphan commit",
                "CODE_SMELL", outOfScope ? "MEDIUM" : "LOW", summary);
        node.put("details", UntrustedText.oneLine("Author " + commit.author()
                + (commit.date() == null ? "" : ", " + commit.date())
                + ", on " + String.join(", ", commit.branches())
                + (commit.merge() ? ", merge commit" : ""), DETAILS_MAX));
        link(node, repository == null ? null : repository.commitUrl(commit.hash()));
        return node;
    }

    private static ObjectNode annotation(String externalId, String title, String type, String severity, String summary) {
        ObjectNode node = NODES.objectNode();
        node.put("external_id", UntrustedText.oneLine(externalId, 200));
        node.put("annotation_type", type);
        node.put("title", title);
        node.put("summary", UntrustedText.oneLine(summary, SUMMARY_MAX));
        node.put("severity", severity);
        node.put("result", "FAILED");
        return node;
    }

    private static void link(ObjectNode node, String url) {
        String link = InsightsText.httpLink(url);
        if (link != null) {
            node.put("link", link);
        }
    }
}
