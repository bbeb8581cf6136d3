package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.OutputTargets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one place that turns the step's parameters into the core's {@link AuditOptions}: outputs, gate and
 * correlation settings here, the sources (Jira, Bitbucket, local git, cache refresh) through
 * {@link LiveSources#wire}.
 */
final class AuditOptionsMapper {

    private AuditOptionsMapper() {
    }

    /** Maps the parameters, resolving paths against the workspace. */
    static AuditOptions map(StepOptions o, CredentialValues credentials, WorkspacePaths paths) {
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
        Lists.of(o.projects).forEach(builder::project);
        Lists.of(o.ignoreIssueTypes).forEach(builder::ignoreIssueType);
        Lists.of(o.exemptions).forEach(builder::exemption);
        for (Map.Entry<String, Double> limit : o.limits.entrySet()) {
            builder.gateLimit(GateLimitParameter.metric(limit.getKey()),
                    GateLimitParameter.threshold(limit.getKey(), limit.getValue()));
        }
        LiveSources.wire(o, credentials, paths, builder);
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
