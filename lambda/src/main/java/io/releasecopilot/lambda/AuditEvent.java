package io.releasecopilot.lambda;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.common.Suggest;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.mirror.StandardMirror;
import io.releasecopilot.source.live.FetchRequest;
import io.releasecopilot.source.live.FetchRequestBuilder;
import io.releasecopilot.upload.S3Uri;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An audit request as a Lambda event: the CLI's options by name (docs/lambda-event.json). Unknown fields and
 * values of the wrong type are a {@link UsageException} naming the field.
 */
final class AuditEvent {

    static final List<String> FIELDS = List.of("fixVersion", "cacheDir", "scope", "projects", "exempt",
            "ignoreIssueTypes", "thresholds", "policyFile", "overridesFile", "xlsx", "markdown", "upload", "region",
            "kmsKeyId", "uploadCache", "settings", "offline", "jiraUrl", "jiraFlavor", "jql", "bitbucketUrl",
            "bitbucketFlavor", "workspace", "repos", "branches", "sinceRef", "since", "until", "pullRequests",
            "allowIncomplete", "jiraSource", "mirrorTable", "mirrorMaxAge", "acceptStaleMirror");

    private final Map<String, Object> event;

    AuditEvent(Map<String, Object> event) {
        this.event = event == null ? Map.of() : event;
        for (String field : this.event.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new UsageException("event: unknown field '" + field + "'" + Suggest.closest(field, FIELDS)
                        .map(name -> " (did you mean '" + name + "'?)")
                        .orElse(" (fields: " + String.join(", ", FIELDS) + ")"));
            }
        }
    }

    /** Adds the event's configuration values at the highest level (step parameters). */
    void addTo(ConfigLoader loader) {
        EventValues.map(event, "settings").forEach((name, value) -> loader.flag(name, value, "event settings"));
        EventValues.string(event, "region").ifPresent(value -> loader.flag(Names.AWS_REGION, value, "event region"));
        EventValues.string(event, "upload").ifPresent(value -> {
            S3Uri target = S3Uri.parse(value);
            loader.flag(Names.S3_BUCKET, target.bucket(), "event upload");
            loader.flag(Names.S3_PREFIX, target.prefix(), "event upload");
        });
        EventValues.string(event, "kmsKeyId")
                .ifPresent(value -> loader.flag(Names.KMS_KEY_ID, value, "event kmsKeyId"));
        EventValues.string(event, "mirrorTable")
                .ifPresent(value -> loader.flag(Names.DYNAMODB_TABLE, value, "event mirrorTable"));
        EventValues.string(event, "mirrorMaxAge")
                .ifPresent(value -> loader.flag(Names.MIRROR_MAX_AGE, value, "event mirrorMaxAge"));
    }

    /** Returns whether the raw cache is uploaded (default: yes). */
    boolean uploadCache() {
        return EventValues.bool(event, "uploadCache", true);
    }

    /** Builds the audit's options; the outputs go to {@code outputDir}. */
    AuditOptions options(Configuration config, Path outputDir) {
        String fixVersion = EventValues.string(event, "fixVersion").or(() -> config.get(Names.FIX_VERSION))
                .orElse(null);
        Optional<String> jiraUrl = EventValues.string(event, "jiraUrl").or(() -> config.get("JIRA_BASE_URL"));
        boolean offline = EventValues.bool(event, "offline", false);
        if (!offline && fixVersion == null && EventValues.string(event, "jiraUrl").isPresent()) {
            throw new UsageException("event: jiraUrl needs fixVersion (or FIX_VERSION): the fetch asks Jira for"
                    + " that version's issues");
        }
        boolean live = !offline && jiraUrl.isPresent() && fixVersion != null;
        AuditOptions.Builder builder = AuditOptions.builder()
                .fixVersion(fixVersion)
                .cacheDir(Path.of(EventValues.string(event, "cacheDir")
                        .orElse(live ? outputDir.resolve("cache").toString() : "temp_data")))
                .offline(!live)
                .outputs(new OutputTargets(outputDir.resolve("audit.json"),
                        EventValues.bool(event, "xlsx", true) ? outputDir.resolve("audit.xlsx") : null,
                        outputDir.resolve("audit-summary.json"),
                        EventValues.bool(event, "markdown", true) ? outputDir.resolve("audit-summary.md") : null));
        EventValues.string(event, "policyFile").map(Path::of).ifPresent(builder::policyFile);
        EventValues.string(event, "overridesFile").map(Path::of).ifPresent(builder::overridesFile);
        EventValues.map(event, "scope").forEach(builder::scope);
        EventValues.strings(event, "projects").forEach(builder::project);
        EventValues.strings(event, "exempt").forEach(builder::exemption);
        EventValues.strings(event, "ignoreIssueTypes").forEach(builder::ignoreIssueType);
        builder.allowIncomplete(EventValues.bool(event, "allowIncomplete", false));
        thresholds(builder);
        if (live) {
            builder.live(liveSources(fixVersion, jiraUrl.get(), config));
        } else {
            builder.select(given().offline());
        }
        jiraSource(builder, config, live);
        return builder.build();
    }

    /** The event's source fields as given, without settings: offline, repos and branches select from the cache. */
    private FetchRequestBuilder given() {
        FetchRequestBuilder given = FetchRequest.builder()
                .jiraUrl(EventValues.string(event, "jiraUrl").orElse(null))
                .jiraFlavor(EventValues.string(event, "jiraFlavor").orElse(null))
                .jql(EventValues.string(event, "jql").orElse(null))
                .bitbucketUrl(EventValues.string(event, "bitbucketUrl").orElse(null))
                .bitbucketFlavor(EventValues.string(event, "bitbucketFlavor").orElse(null))
                .workspace(EventValues.string(event, "workspace").orElse(null))
                .sinceRef(EventValues.string(event, "sinceRef").orElse(null))
                .since(EventValues.string(event, "since").orElse(null))
                .until(EventValues.string(event, "until").orElse(null))
                .pullRequests(EventValues.bool(event, "pullRequests", false));
        EventValues.strings(event, "repos").forEach(given::repo);
        EventValues.strings(event, "branches").forEach(given::branch);
        return given;
    }

    /** {@code jiraSource}: {@code api} (default) or {@code mirror}, the DynamoDB mirror of docs/aws.md. */
    private void jiraSource(AuditOptions.Builder builder, Configuration config, boolean live) {
        String source = EventValues.string(event, "jiraSource").orElse("api");
        if ("api".equals(source)) {
            return;
        }
        if (!"mirror".equals(source)) {
            throw new UsageException("event: jiraSource must be 'api' or 'mirror', not '" + source + "'");
        }
        if (!live) {
            throw new UsageException("event: jiraSource 'mirror' needs fixVersion and jiraUrl (or JIRA_BASE_URL),"
                    + " and offline false");
        }
        builder.jiraMirror(StandardMirror.from(config, Clock.systemUTC()))
                .acceptStaleMirror(EventValues.bool(event, "acceptStaleMirror", false));
    }

    /** The Jira search and Bitbucket range, named as the CLI's flags; workspace and URLs fall back to settings. */
    private FetchRequest liveSources(String fixVersion, String jiraUrl, Configuration config) {
        FetchRequestBuilder live = FetchRequest.builder()
                .fixVersion(fixVersion)
                .jiraUrl(jiraUrl)
                .jiraFlavor(EventValues.string(event, "jiraFlavor").orElse("cloud"))
                .jql(EventValues.string(event, "jql").orElse(null));
        EventValues.strings(event, "projects").forEach(live::project);
        List<String> repos = EventValues.strings(event, "repos");
        if (!repos.isEmpty()) {
            live.bitbucketUrl(EventValues.string(event, "bitbucketUrl").or(() -> config.get("BITBUCKET_BASE_URL"))
                            .orElse(null))
                    .bitbucketFlavor(EventValues.string(event, "bitbucketFlavor").orElse("cloud"))
                    .workspace(EventValues.string(event, "workspace").or(() -> config.get("BITBUCKET_WORKSPACE"))
                            .orElse(null))
                    .sinceRef(EventValues.string(event, "sinceRef").orElse(null))
                    .since(EventValues.string(event, "since").orElse(null))
                    .until(EventValues.string(event, "until").orElse(null))
                    .pullRequests(EventValues.bool(event, "pullRequests", false));
            repos.forEach(live::repo);
            EventValues.strings(event, "branches").forEach(live::branch);
        }
        return live.build();
    }

    /** {@code "thresholds": {"coverage": {"warn": 0.95, "fail": 0.9}, "orphanCommits": 50}}, as in a policy file. */
    private void thresholds(AuditOptions.Builder builder) {
        List<String> ids = Arrays.stream(Metric.values()).map(Metric::id).toList();
        for (Map.Entry<String, Object> entry : EventValues.object(event, "thresholds").entrySet()) {
            Metric metric = Metric.fromId(entry.getKey()).orElseThrow(() -> new UsageException(
                    "event: thresholds: unknown metric '" + entry.getKey() + "'" + Suggest.closest(entry.getKey(), ids)
                            .map(name -> " (did you mean '" + name + "'?)").orElse("")));
            String where = "thresholds." + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> levels) {
                for (Object level : levels.keySet()) {
                    if (!"warn".equals(level) && !"fail".equals(level)) {
                        throw new UsageException("event: " + where + ": unknown level '" + level + "' (warn, fail)");
                    }
                }
                builder.gateLimit(metric, new Threshold(EventValues.number(levels.get("warn"), where + ".warn"),
                        EventValues.number(levels.get("fail"), where + ".fail")));
            } else {
                builder.gateLimit(metric, Threshold.failAt(EventValues.number(entry.getValue(), where)));
            }
        }
    }
}
