package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rc audit --git-dir}: the version's issues from the cache, the commits from a local clone. */
class GitAuditTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldAuditTheCommitsOfTheReleaseRange() throws Exception {
        String key = JSON.readTree(SAMPLE.resolve("jira/page-00001.json").toFile()).path("issues").get(0)
                .path("key").asText();
        Path repo = dir.resolve("portal");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo, "APP-999999 shipped in the previous release");
            git.tag().setName("v1.0").call();
            commit(git, repo, key.toLowerCase(java.util.Locale.ROOT) + ": first change of this release");
            commit(git, repo, "fix typo");
        }

        RcRun run = RcRun.of("audit", "--offline", "--cache-dir", SAMPLE.toString(), "--git-dir", repo.toString(),
                "--branch", "main", "--since-ref", "v1.0", "--no-xlsx",
                "--json", dir.resolve("audit.json").toString(),
                "--summary", dir.resolve("summary.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.path("commitsTotal").asInt()).isEqualTo(2);
        assertThat(summary.path("linkedCommits").asInt()).isEqualTo(1);
        assertThat(summary.path("orphanCommits").asInt()).isEqualTo(1);
        assertThat(summary.path("storiesWithCommits").asInt()).isEqualTo(1);
        JsonNode report = JSON.readTree(dir.resolve("audit.json").toFile());
        assertThat(report.path("repositories").get(0).path("flavor").asText()).isEqualTo("git");
    }

    @Test
    void shouldNameAnUnknownSinceRef() throws Exception {
        Path repo = dir.resolve("portal");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo, "initial");
        }

        RcRun run = RcRun.of("audit", "--offline", "--cache-dir", SAMPLE.toString(), "--git-dir", repo.toString(),
                "--branch", "main", "--since-ref", "v9.9", "--json", dir.resolve("audit.json").toString(),
                "--no-xlsx", "--summary", dir.resolve("summary.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("v9.9").contains(repo.toString());
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    @Test
    void shouldPrintNoSlf4jLinesWhenJGitAndTheAwsSdkAreLoaded() throws Exception {
        Path repo = dir.resolve("portal");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo, "initial");
            git.tag().setName("v1.0").call();
            commit(git, repo, "second");
        }

        String audit = stderrOfRc(0, "audit", "--offline", "--cache-dir", SAMPLE.toString(), "--git-dir", repo.toString(),
                "--branch", "main", "--since-ref", "v1.0", "--no-xlsx", "--quiet",
                "--json", dir.resolve("audit.json").toString(), "--summary", dir.resolve("summary.json").toString());
        String health = stderrOfRc(1, "health", "--readiness", "--region", "eu-west-1",
                "--set", "AWS_ENDPOINT_URL=http://127.0.0.1:9", "--set", "S3_BUCKET=audits",
                "--set", "DYNAMODB_TABLE=rc-webhooks");

        assertThat(audit).doesNotContain("SLF4J");
        assertThat(health).doesNotContain("SLF4J");
    }

    /**
     * Runs rc in a JVM of its own with the jars it ships with (no test jars, some of which bring an SLF4J
     * binding), as users do, and returns what it printed on stderr.
     */
    private static String stderrOfRc(int exitCode, String... args) throws IOException, InterruptedException {
        String classPath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Rc.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(err).isEqualTo(exitCode);
        return err;
    }

    private static void commit(Git git, Path repo, String message) throws IOException, GitAPIException {
        Files.writeString(repo.resolve("file.txt"), message);
        git.add().addFilepattern("file.txt").call();
        PersonIdent who = new PersonIdent("Dev", "dev@acme.test");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
