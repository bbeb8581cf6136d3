package io.releasecopilot.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPathsTest {

    @TempDir
    Path dir;

    private Path cache;
    private Path policy;

    @BeforeEach
    void setUp() throws IOException {
        cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve("manifest.json"), "{}");
        policy = Files.writeString(dir.resolve("policy.yml"), "thresholds: {}\n");
    }

    @Test
    void shouldAcceptSeparateFiles() {
        assertThatCode(() -> paths().output("--json", dir.resolve("dist/audit.json"))
                .output("--summary", dir.resolve("dist/audit-summary.json"))
                .outputFolder("--html", dir.resolve("dist/html")).check()).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAnOutputThatIsAnInput() {
        assertThatThrownBy(() -> paths().output("--markdown", policy).check())
                .isInstanceOf(UsageException.class)
                .hasMessage("--markdown " + policy + " and --policy " + policy
                        + " are the same file: an output must not overwrite an input");
    }

    @Test
    void shouldFollowSymbolicLinksToTheInput() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), policy);

        assertThatThrownBy(() -> paths().output("--summary", link).check())
                .hasMessageContaining("--summary " + link).hasMessageContaining("--policy " + policy);
    }

    @Test
    void shouldResolveAFileThatDoesNotExistYetThroughALinkedFolder() throws IOException {
        Path linkedCache = Files.createSymbolicLink(dir.resolve("linked"), cache);
        Path target = linkedCache.resolve("pages/new.json");

        assertThatThrownBy(() -> paths().output("--json", target).check())
                .hasMessage("--json " + target + " is inside the cache (--cache-dir " + cache
                        + "): write the reports outside the cache");
    }

    @Test
    void shouldRefuseAnOutputIntoTheCache() {
        assertThatThrownBy(() -> paths().output("--json", cache.resolve("manifest.json")).check())
                .isInstanceOf(UsageException.class).hasMessageContaining("is inside the cache");
    }

    @Test
    void shouldRefuseTwoOutputsOfTheSameFile() {
        Path file = dir.resolve("dist/audit.json");

        assertThatThrownBy(() -> paths().output("--json", file).output("--summary", dir.resolve("dist/../dist/audit.json"))
                .check())
                .hasMessageContaining("--json " + file).hasMessageContaining("--summary")
                .hasMessageEndingWith("each output needs its own file");
    }

    @Test
    void shouldLetSeveralOutputsGoToDevNull() {
        assertThatCode(() -> paths().output("--json", Path.of("/dev/null")).output("--xlsx", Path.of("/dev/null"))
                .check()).doesNotThrowAnyException();
    }

    @Test
    void shouldExplainAnOutputInsideTheHtmlFolder() {
        Path html = dir.resolve("dist/html");

        assertThatThrownBy(() -> paths().output("--json", html.resolve("audit.json")).outputFolder("--html", html)
                .check())
                .hasMessage("--json " + html.resolve("audit.json") + " is inside the --html folder " + html
                        + ", which is replaced as a whole: write it elsewhere");
    }

    @Test
    void shouldRefuseAnHtmlFolderHoldingTheCache() {
        assertThatThrownBy(() -> AuditPaths.of(AuditOptions.builder().cacheDir(cache)
                .outputs(new OutputTargets(null, null, null, null)).build()).outputFolder("--html", dir).check())
                .hasMessage("--cache-dir " + cache + " is inside the --html folder " + dir
                        + ", which is replaced as a whole: it would be lost");
    }

    @Test
    void shouldRefuseAnEmptyPath() {
        assertThatThrownBy(() -> paths().output("--json", Path.of("")).check())
                .isInstanceOf(UsageException.class).hasMessage("--json must not be empty");
    }

    @Test
    void shouldRefuseAFolderAsAnOutputFile() {
        assertThatThrownBy(() -> paths().output("--json", dir).check())
                .isInstanceOf(UsageException.class)
                .hasMessage("--json " + dir + " is a folder; give the name of a file to write");
    }

    @Test
    void shouldNameTheFlagsOfAnAuditsOptions() {
        AuditOptions options = AuditOptions.builder().cacheDir(cache).policyFile(policy)
                .outputs(new OutputTargets(dir.resolve("a.json"), null, policy, null)).build();

        assertThatThrownBy(() -> AuditPaths.of(options).check())
                .hasMessageStartingWith("--summary " + policy + " and --policy " + policy);
    }

    private AuditPaths paths() {
        return AuditPaths.of(AuditOptions.builder().cacheDir(cache).policyFile(policy)
                .outputs(new OutputTargets(null, null, null, null)).build());
    }
}
