package io.releasecopilot.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jars the package phase shades: each holds its front end and none of the others' (integration phase). */
class ShippedJarsITest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String LAMBDA_RUNTIME = "com/amazonaws/services/lambda/";

    @TempDir
    Path dir;

    @Test
    void shouldShipTheCommandLineWithoutTheLambdaRuntime() throws IOException {
        Set<String> rc = entries("rc.jar");

        assertThat(mainClass("rc.jar")).isEqualTo("io.releasecopilot.cli.Rc");
        assertThat(rc).contains("io/releasecopilot/cli/Rc.class", "io/releasecopilot/mirror/MirrorSource.class",
                "picocli/CommandLine.class");
        assertThat(rc).noneMatch(entry -> entry.startsWith(LAMBDA_RUNTIME))
                .noneMatch(entry -> entry.startsWith("io/releasecopilot/lambda/"))
                .noneMatch(entry -> entry.startsWith("io/releasecopilot/pipe/"));
    }

    @Test
    void shouldShipEveryHandlerTheStackDeploysInTheLambdaJar() throws IOException {
        Matcher handler = Pattern.compile("\"([\\w.]+)::handleRequest\"").matcher(Files.readString(
                ROOT.resolve("infra/src/main/java/io/releasecopilot/infra/ReleaseCopilotStack.java")));
        List<String> handlers = new ArrayList<>();
        while (handler.find()) {
            handlers.add(handler.group(1).replace('.', '/') + ".class");
        }
        Set<String> lambda = entries("rc-lambda.jar");

        assertThat(handlers).hasSize(3);
        assertThat(lambda).containsAll(handlers)
                .contains(LAMBDA_RUNTIME + "runtime/RequestHandler.class", "io/releasecopilot/mirror/ReconcilePass.class");
        assertThat(lambda).noneMatch(entry -> entry.startsWith("io/releasecopilot/cli/"))
                .noneMatch(entry -> entry.startsWith("io/releasecopilot/pipe/"))
                .noneMatch(entry -> entry.startsWith("picocli/"));
    }

    @Test
    void shouldShipThePipeImagesEntrypointWithoutTheLambdaRuntime() throws IOException, InterruptedException {
        Set<String> pipe = entries("rc-pipe.jar");

        assertThat(mainClass("rc-pipe.jar")).isEqualTo("io.releasecopilot.pipe.PipeCommand");
        assertThat(pipe).noneMatch(entry -> entry.startsWith(LAMBDA_RUNTIME))
                .noneMatch(entry -> entry.startsWith("io/releasecopilot/cli/"))
                .noneMatch(entry -> entry.startsWith("io/releasecopilot/lambda/"));
        assertThat(run("rc-pipe.jar", "--help")).contains("Bitbucket Pipelines pipe");
    }

    @Test
    void shouldSayInOneLineThatThePipeRanOutOfMemory() throws IOException, InterruptedException {
        ProcessBuilder pipe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx8m", "-jar", TARGET.resolve("rc-pipe.jar").toString()).redirectErrorStream(true)
                .directory(dir.toFile());
        pipe.environment().put("RC_CACHE_DIR", ROOT.resolve("samples/cache").toString());
        pipe.environment().put("FIX_VERSION", "2026.03.1");
        Process process = pipe.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(1);
        // the JVM itself may still print a line if a thread runs out of memory while dying; no stack trace is ours
        assertThat(out).contains("rc pipe: out of memory (maximum heap").doesNotContain("\tat ");
    }

    @Test
    void shouldRunTheReadmesFirstAuditWithTheCommandLineJar() throws IOException, InterruptedException {
        String out = run("rc.jar", "audit", "--offline", "--cache-dir", ROOT.resolve("samples/cache").toString(),
                "--json", dir.resolve("audit.json").toString(), "--summary", dir.resolve("summary.json").toString(),
                "--no-xlsx", "--markdown", dir.resolve("audit-summary.md").toString());

        assertThat(out).contains("Gate");
        assertThat(dir.resolve("audit-summary.md")).isNotEmptyFile();
    }

    private static Set<String> entries(String jar) throws IOException {
        try (JarFile file = new JarFile(TARGET.resolve(jar).toFile())) {
            Set<String> names = new TreeSet<>();
            file.stream().map(JarEntry::getName).forEach(names::add);
            return names;
        }
    }

    private static String mainClass(String jar) throws IOException {
        try (JarFile file = new JarFile(TARGET.resolve(jar).toFile())) {
            return file.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        }
    }

    /** Runs {@code java -jar target/JAR ARGS} and returns its output, once it has exited 0 or 3 (gate FAIL). */
    private static String run(String jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve(jar).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(out).isIn(0, 3);
        return out;
    }
}
