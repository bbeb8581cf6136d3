package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.OutputTargets;
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
                .outputs(new OutputTargets(
                        paths.output(o.json, "json"),
                        o.noXlsx ? null : paths.output(o.xlsx, "xlsx"),
                        paths.output(o.summary, "summary"),
                        paths.output(o.markdown, "markdown"),
                        paths.output(o.html, "html"),
                        null))
                .policyFile(o.policyFile == null && o.policyYaml != null
                        ? DefaultPolicy.write(o.policyYaml, paths.input(cacheDir(o)))
                        : paths.input(o.policyFile))
                .overridesFile(paths.input(o.overridesFile));
        Lists.pairs(o.scope, "scope").forEach(builder::scope);
        Lists.items(o.projects).forEach(builder::project);
        Lists.items(o.ignoreIssueTypes).forEach(builder::ignoreIssueType);
        Lists.lines(o.exemptions).forEach(builder::exemption);
        for (Map.Entry<String, Double> limit : o.limits.entrySet()) {
            builder.gateLimit(GateLimitParameter.metric(limit.getKey()),
                    GateLimitParameter.threshold(limit.getKey(), limit.getValue()));
        }
        LiveSources.wire(o, credentials, paths, builder);
        return builder.build();
    }

    private static String cacheDir(StepOptions o) {
        return o.cacheDir == null ? StepOptions.DEFAULT_CACHE_DIR : o.cacheDir;
    }
}
