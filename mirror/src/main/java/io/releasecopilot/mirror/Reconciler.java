package io.releasecopilot.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.jira.JiraSearchPages;
import io.releasecopilot.source.jira.Jql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One reconciliation pass: searches Jira for the issues updated since the watermark minus an overlap (every
 * issue on the first pass), oldest change first, writes each through {@link MirrorStore#apply} — the webhook's
 * path, so nothing newer is ever replaced — and sends what it cannot write to the dead letters. Only a pass
 * that read every page moves the watermark, to the time the pass started.
 */
final class Reconciler {

    /** The default overlap: changes Jira indexes late, and clock skew between Jira and AWS. */
    static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(15);

    private final MirrorStore store;
    private final HttpGet jira;
    private final SourceFlavor flavor;
    private final URI site;
    private final List<String> projects;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final Duration overlap;

    /**
     * What a pass did.
     *
     * @param jql          the JQL sent
     * @param requests     search requests made
     * @param issues       issues read
     * @param written      issues whose state was newer than the mirror's
     * @param deadLettered issues sent to the dead letters
     * @param watermark    the watermark after the pass
     */
    record Result(String jql, int requests, int issues, int written, int deadLettered, Instant watermark) {
    }

    Reconciler(MirrorStore store, HttpGet jira, SourceFlavor flavor, URI site, List<String> projects,
            DeadLetters deadLetters, Clock clock, Duration overlap) {
        this.store = store;
        this.jira = jira;
        this.flavor = flavor;
        this.site = site;
        this.projects = List.copyOf(projects);
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.overlap = overlap;
    }

    /**
     * Runs one pass.
     *
     * @throws AuditException when a search request fails or a page is not a search page (the watermark stays)
     */
    Result run() {
        Instant started = clock.instant();
        Optional<Instant> watermark = store.watermark();
        Long minutes = watermark.map(w -> {
            Duration since = Duration.between(w, started).plus(overlap);
            return Math.max(1, since.toMinutes() + (since.toSecondsPart() > 0 ? 1 : 0));
        }).orElse(null);
        String jql = Jql.updatedWithin(minutes, projects);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger issues = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger dead = new AtomicInteger();
        HttpGet counted = (url, resource) -> {
            requests.incrementAndGet();
            return jira.get(url, resource);
        };
        JiraSearchPages.forEach(flavor, site, jql, counted, body -> {
            for (JsonNode issue : read(body).path("issues")) {
                issues.incrementAndGet();
                try {
                    if (store.apply(IssueJson.state(issue)) == MirrorStore.Outcome.WRITTEN) {
                        written.incrementAndGet();
                    }
                } catch (IllegalArgumentException | SdkException | AuditException e) {
                    deadLetters.send(deadLetter(issue, e));
                    dead.incrementAndGet();
                }
            }
        });
        store.advanceWatermark(started);
        return new Result(jql, requests.get(), issues.get(), written.get(), dead.get(),
                store.watermark().orElse(started));
    }

    /** The message for an issue that could not be written: its id and key and why, never its fields. */
    private static String deadLetter(JsonNode issue, RuntimeException e) {
        ObjectNode message = IssueJson.JSON.createObjectNode();
        message.put("source", "reconciliation");
        message.put("issueId", IssueJson.text(issue, "id"));
        message.put("issueKey", IssueJson.text(issue, "key"));
        message.put("reason", e instanceof IllegalArgumentException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        return message.toString();
    }

    private static JsonNode read(byte[] body) {
        try {
            return IssueJson.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
