package io.releasecopilot.pipe;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.mirror.StandardMirror;
import io.releasecopilot.upload.UploadRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Maps a {@link PipeConfig} onto {@link AuditOptions} and runs the audit through the core. */
final class PipeAudit {

    static final String JSON = "audit.json";
    static final String XLSX = "audit.xlsx";
    static final String SUMMARY = "audit-summary.json";
    static final String MARKDOWN = "audit-summary.md";

    private PipeAudit() {
    }

    /** Fetches into the cache (unless {@code RC_CACHE_DIR} is set), audits and writes the artifacts. */
    static AuditOutcome run(PipeConfig config, Clock clock, String toolVersion) {
        return run(config, Map.of(), clock, toolVersion, null);
    }

    /**
     * Runs as {@link #run(PipeConfig, Clock, String)}; {@code env} gives the AWS settings ({@code AWS_REGION},
     * endpoint overrides) when the issues come from the Jira mirror.
     *
     * @param upload what the core uploads once the artifacts are written, or {@code null} for nothing
     */
    static AuditOutcome run(PipeConfig config, Map<String, String> env, Clock clock, String toolVersion,
            UploadRequest upload) {
        Path cacheDir = config.offline() ? config.cacheDir() : config.liveCacheDir();
        AuditOptions.Builder builder = options(config, cacheDir).upload(upload);
        if (config.offline()) {
            return new AuditRunner(clock, toolVersion).run(builder.build());
        }
        PipeConfig.Mirror mirror = config.jira().mirror();
        if (mirror != null) {
            ConfigLoader loader = ConfigLoader.builder().environment(env)
                    .flag(Names.DYNAMODB_TABLE, mirror.table(), PipeVariables.MIRROR_TABLE);
            if (mirror.maxAge() != null) {
                loader.flag(Names.MIRROR_MAX_AGE, mirror.maxAge(), PipeVariables.MIRROR_MAX_AGE);
            }
            Configuration settings = loader.load();
            builder.jiraMirror(StandardMirror.from(settings, clock)).acceptStaleMirror(mirror.acceptStale());
        }
        AuditOptions options = builder.offline(false).live(PipeFetch.sources(config)).build();
        return new AuditRunner(clock, toolVersion).run(options, PipeFetch.access(config));
    }

    /** Returns the audit options: outputs under {@code release-audit/}, build info as scope pairs. */
    static AuditOptions.Builder options(PipeConfig config, Path cacheDir) {
        Path out = config.outputDir();
        AuditOptions.Builder builder = AuditOptions.builder()
                .fixVersion(config.fixVersion())
                .cacheDir(cacheDir)
                .offline(true)
                .outputs(new OutputTargets(out.resolve(JSON), out.resolve(XLSX), out.resolve(SUMMARY),
                        out.resolve(MARKDOWN)))
                .policyFile(config.policyFile())
                .allowIncomplete(config.allowIncomplete());
        PipeConfig.Limits limits = config.limits();
        fail(builder, Metric.STORIES_WITHOUT_COMMITS, limits.maxStoriesWithoutCommits());
        fail(builder, Metric.ORPHAN_COMMITS, limits.maxOrphanCommits());
        fail(builder, Metric.OUT_OF_SCOPE_COMMITS, limits.maxOutOfScopeCommits());
        fail(builder, Metric.COVERAGE, limits.minCoverage());

        PipeConfig.Build build = config.build();
        if (build.workspace() != null && build.repoSlug() != null) {
            builder.scope("repository", build.workspace() + "/" + build.repoSlug());
        }
        scope(builder, "build", build.buildNumber());
        scope(builder, "commit", build.commit());
        scope(builder, "branch", build.branch());
        scope(builder, "tag", build.tag());
        scope(builder, "deployment", build.deploymentEnvironment());
        return builder;
    }

    private static void fail(AuditOptions.Builder builder, Metric metric, Number value) {
        if (value != null) {
            builder.gateLimit(metric, Threshold.failAt(value.doubleValue()));
        }
    }

    private static void scope(AuditOptions.Builder builder, String key, String value) {
        if (value != null) {
            builder.scope(key, value);
        }
    }
}
