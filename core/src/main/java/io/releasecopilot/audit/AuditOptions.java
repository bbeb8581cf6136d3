package io.releasecopilot.audit;

import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.source.CommitSelection;
import io.releasecopilot.source.JiraMirror;
import io.releasecopilot.source.git.GitRange;
import io.releasecopilot.source.live.FetchRequest;
import io.releasecopilot.upload.UploadRequest;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that describes one audit. The CLI, the Jenkins step, the pipe and the Lambda handler all build
 * this one record (through {@link #builder()}) and hand it to {@link AuditRunner}; none copies settings by hand.
 *
 * @param fixVersion        the fix version to audit; {@code null} takes it from the cache
 * @param cacheDir          the cache directory
 * @param offline           whether to use only the cache (no network)
 * @param live              what to fetch from Jira (and Bitbucket) into the cache first, or {@code null} to
 *                          read only the cache; ignored when {@code offline}
 * @param selection         the repositories and refs an offline audit reads from the cache ({@code --repo},
 *                          {@code --branch}), or {@code null} for all
 * @param git               a local clone to read the commits from instead of the cache's Bitbucket pages, or
 *                          {@code null}
 * @param outputs           where to write
 * @param scope             user metadata pairs, in the order given
 * @param policyFile        a policy YAML file, or {@code null}
 * @param gateLimits        gate limits given as flags; each replaces that level of the file's (or default) limit
 * @param ignoredIssueTypes issue types left out of the stories
 * @param extraProjects     project keys audited besides those of the version's issues
 * @param exemptions        exemption specs: {@code message:<regex>}, {@code author:<name>}, {@code merges}
 * @param overridesFile     a per-commit overrides file (YAML or CSV), or {@code null}
 * @param dryRun            whether to print the plan and write nothing
 * @param allowIncomplete   whether the gate may pass on incomplete data (an interrupted fetch); the outputs
 *                          say the data is incomplete either way
 * @param jiraMirror        where to read the Jira issues instead of the Jira search (the DynamoDB mirror), or
 *                          {@code null} to search Jira; used only with {@code live}
 * @param acceptStaleMirror whether a stale mirror only warns instead of failing the gate
 * @param upload            what to upload once the outputs are written, or {@code null} for no upload; never
 *                          used by a dry run
 */
public record AuditOptions(
        String fixVersion,
        Path cacheDir,
        boolean offline,
        FetchRequest live,
        CommitSelection selection,
        GitRange git,
        OutputTargets outputs,
        Map<String, String> scope,
        Path policyFile,
        Map<Metric, Threshold> gateLimits,
        Set<String> ignoredIssueTypes,
        Set<String> extraProjects,
        List<String> exemptions,
        Path overridesFile,
        boolean dryRun,
        boolean allowIncomplete,
        JiraMirror jiraMirror,
        boolean acceptStaleMirror,
        UploadRequest upload) {

    public AuditOptions {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(outputs, "outputs");
        scope = Collections.unmodifiableMap(new LinkedHashMap<>(scope));
        gateLimits = gateLimits.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(gateLimits));
        ignoredIssueTypes = Collections.unmodifiableSet(new LinkedHashSet<>(ignoredIssueTypes));
        extraProjects = Collections.unmodifiableSet(new LinkedHashSet<>(extraProjects));
        exemptions = List.copyOf(exemptions);
    }

    /** Returns whether the run fetches from Jira (and Bitbucket) before reading the cache. */
    public boolean fetchesLive() {
        return live != null && !offline;
    }

    /** Returns these options with the files uploaded once they are written ({@code null}: no upload). */
    public AuditOptions withUpload(UploadRequest request) {
        return new AuditOptions(fixVersion, cacheDir, offline, live, selection, git, outputs, scope, policyFile,
                gateLimits, ignoredIssueTypes, extraProjects, exemptions, overridesFile, dryRun, allowIncomplete,
                jiraMirror, acceptStaleMirror, request);
    }

    /** Returns a builder with the defaults of the predecessor ({@code temp_data/}, {@code dist/...}). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AuditOptions}; every setter returns the builder. */
    public static final class Builder {
        private String fixVersion;
        private Path cacheDir = Path.of("temp_data");
        private boolean offline;
        private FetchRequest live;
        private CommitSelection selection;
        private GitRange git;
        private OutputTargets outputs = OutputTargets.defaults();
        private final Map<String, String> scope = new LinkedHashMap<>();
        private Path policyFile;
        private final Map<Metric, Threshold> gateLimits = new EnumMap<>(Metric.class);
        private final Set<String> ignoredIssueTypes = new LinkedHashSet<>();
        private final Set<String> extraProjects = new LinkedHashSet<>();
        private final List<String> exemptions = new java.util.ArrayList<>();
        private Path overridesFile;
        private boolean dryRun;
        private boolean allowIncomplete;
        private JiraMirror jiraMirror;
        private boolean acceptStaleMirror;
        private UploadRequest upload;

        private Builder() {
        }

        public Builder fixVersion(String value) {
            fixVersion = value;
            return this;
        }

        public Builder cacheDir(Path value) {
            cacheDir = value;
            return this;
        }

        public Builder offline(boolean value) {
            offline = value;
            return this;
        }

        public Builder live(FetchRequest value) {
            live = value;
            return this;
        }

        /** Reads only these repositories and refs of the cache (offline {@code --repo}, {@code --branch}). */
        public Builder select(CommitSelection value) {
            selection = value;
            return this;
        }

        public Builder git(GitRange value) {
            git = value;
            return this;
        }

        public Builder outputs(OutputTargets value) {
            outputs = value;
            return this;
        }

        public Builder scope(String key, String value) {
            scope.put(key, value);
            return this;
        }

        public Builder policyFile(Path value) {
            policyFile = value;
            return this;
        }

        /** Sets one level of one metric's limit; the other level keeps what the policy file says. */
        public Builder gateLimit(Metric metric, Threshold limit) {
            gateLimits.merge(metric, limit, (old, add) -> new Threshold(
                    add.warn() != null ? add.warn() : old.warn(),
                    add.fail() != null ? add.fail() : old.fail()));
            return this;
        }

        public Builder ignoreIssueType(String value) {
            ignoredIssueTypes.add(value);
            return this;
        }

        public Builder project(String value) {
            extraProjects.add(value);
            return this;
        }

        public Builder exemption(String spec) {
            exemptions.add(spec);
            return this;
        }

        public Builder overridesFile(Path value) {
            overridesFile = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder allowIncomplete(boolean value) {
            allowIncomplete = value;
            return this;
        }

        /** Reads the Jira issues from a mirror instead of the Jira search. */
        public Builder jiraMirror(JiraMirror value) {
            jiraMirror = value;
            return this;
        }

        /** Lets an audit from a stale mirror pass the gate (with a warning). */
        public Builder acceptStaleMirror(boolean value) {
            acceptStaleMirror = value;
            return this;
        }

        /** Uploads the files once they are written ({@code null}: no upload). */
        public Builder upload(UploadRequest value) {
            upload = value;
            return this;
        }

        public AuditOptions build() {
            return new AuditOptions(fixVersion, cacheDir, offline, live, selection, git, outputs, scope, policyFile,
                    gateLimits, ignoredIssueTypes, extraProjects, exemptions, overridesFile, dryRun, allowIncomplete,
                    jiraMirror, acceptStaleMirror, upload);
        }
    }
}
