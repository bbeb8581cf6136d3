package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.audit.AuditOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inline default policy of the global configuration reaches the core as a policy file in the cache. */
class DefaultPolicyTest {

    @TempDir
    Path workspace;

    @Test
    void shouldWriteTheInlinePolicyIntoTheCacheAndReadItFromThere() throws IOException {
        StepOptions o = new StepOptions();
        o.fixVersion = "1.0";
        o.offline = true;
        o.cacheDir = "cache";
        o.policyYaml = "gate:\n  minCoverage: 0.9\n";

        AuditOptions options = AuditOptionsMapper.map(o, CredentialValues.none(), new WorkspacePaths(workspace));

        Path written = workspace.resolve("cache").resolve(DefaultPolicy.FILE_NAME);
        assertThat(options.policyFile()).isEqualTo(written);
        assertThat(Files.readString(written)).isEqualTo("gate:\n  minCoverage: 0.9\n");
    }

    @Test
    void shouldPreferAPolicyFile() {
        StepOptions o = new StepOptions();
        o.fixVersion = "1.0";
        o.offline = true;
        o.policyFile = "policy.yaml";
        o.policyYaml = "gate: {}\n";

        AuditOptions options = AuditOptionsMapper.map(o, CredentialValues.none(), new WorkspacePaths(workspace));

        assertThat(options.policyFile()).isEqualTo(workspace.resolve("policy.yaml"));
        assertThat(workspace.resolve("temp_data")).doesNotExist();
    }
}
