package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.source.JiraMirror;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one place that turns the step's parameters into the core's {@link AuditOptions}: outputs, gate and
 * correlation settings here, the sources (Jira, Bitbucket, local git, cache refresh) through
 * {@link SourceParameters#wire}.
 */
final class AuditOptionsMapper {

    private AuditOptionsMapper() {
    }

    /** Maps the parameters, resolving paths against the workspace; Jira from the search API. */
    static AuditOptions map(StepOptions o, CredentialValues credentials, WorkspacePaths paths) {
        return map(o, credentials, paths, null);
    }

    /**
     * Maps the parameters, resolving paths against the workspace.
     *
     * @param mirror the Jira mirror of {@code jiraSource: 'MIRROR'}, or {@code null} for the search API
     * @throws UsageException when a mirror parameter is set without {@code jiraSource: 'MIRROR'}, or the mirror
     *                        is asked for on a run that fetches nothing (offline, no fix version or Jira site)
     */
    static AuditOptions map(StepOptions o, CredentialValues credentials, WorkspacePaths paths, JiraMirror mirror) {
        if (o.jiraSource != IssueSource.MIRROR && (StepOptions.clean(o.mirrorTable) != null
                || StepOptions.clean(o.mirrorMaxAge) != null || o.acceptStaleMirror)) {
            throw new UsageException("mirrorTable, mirrorMaxAge and acceptStaleMirror need jiraSource: 'MIRROR'");
        }
        AuditOptions.Builder builder = AuditOptions.builder()
                .fixVersion(StepOptions.clean(o.fixVersion))
                .cacheDir(paths.input(cacheDir(o)))
                .offline(o.offline)
                .allowIncomplete(o.allowIncomplete)
                .outputs(new OutputTargets(
                        output(paths, o.noJson, o.json, StepOptions.DEFAULT_JSON, "json"),
                        output(paths, o.noXlsx, o.xlsx, StepOptions.DEFAULT_XLSX, "xlsx"),
                        output(paths, o.noSummary, o.summary, StepOptions.DEFAULT_SUMMARY, "summary"),
                        output(paths, o.noMarkdown, o.markdown, StepOptions.DEFAULT_MARKDOWN, "markdown"),
                        output(paths, o.noHtml, o.html, StepOptions.DEFAULT_HTML, "html"),
                        null))
                .policyFile(o.policyFile == null && o.policyYaml != null
                        ? DefaultPolicy.write(o.policyYaml, paths.input(cacheDir(o)))
                        : paths.input(o.policyFile))
                .overridesFile(paths.input(o.overridesFile));
        if (o.scope != null) {
            o.scope.forEach(builder::scope);
        }
        ListParameters.of(o.projects).forEach(builder::project);
        ListParameters.of(o.ignoreIssueTypes).forEach(builder::ignoreIssueType);
        ListParameters.of(o.exemptions).forEach(builder::exemption);
        for (Map.Entry<String, Double> limit : o.limits.entrySet()) {
            builder.gateLimit(GateLimitParameter.metric(limit.getKey()),
                    GateLimitParameter.threshold(limit.getKey(), limit.getValue()));
        }
        SourceParameters.wire(o, credentials, paths, builder);
        if (mirror != null) {
            if (!builder.build().fetchesLive()) {
                throw new UsageException("jiraSource 'MIRROR' needs fixVersion and a Jira site (jiraSite or jiraUrl,"
                        + " for the issue links), and cannot be used with offline");
            }
            builder.jiraMirror(mirror).acceptStaleMirror(o.acceptStaleMirror);
        }
        return builder.build();
    }

    /** Returns where an output goes: nowhere when it is switched off, else the path given or the default. */
    private static Path output(WorkspacePaths paths, boolean off, String path, String fallback, String parameter) {
        return off ? null : paths.output(StepOptions.orDefault(path, fallback), parameter);
    }

    private static String cacheDir(StepOptions o) {
        return StepOptions.orDefault(o.cacheDir, StepOptions.DEFAULT_CACHE_DIR);
    }
}
