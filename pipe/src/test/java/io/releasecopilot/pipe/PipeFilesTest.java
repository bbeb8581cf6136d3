package io.releasecopilot.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks that pipe.yml, the README, the example pipeline and the Dockerfile agree with the code. */
class PipeFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path PIPE = ROOT.resolve("bitbucket-pipe");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldDeclareExactlyTheVariablesThePipeKnows() throws IOException {
        JsonNode pipe = YAML.readTree(PIPE.resolve("pipe.yml").toFile());

        assertThat(pipe.path("name").asText()).isNotBlank();
        assertThat(pipe.path("image").asText()).matches("[a-z0-9./-]+/release-copilot-pipe:\\d+\\.\\d+\\.\\d+");
        assertThat(pipe.path("description").asText()).isNotBlank();
        assertThat(pipe.path("repository").asText()).startsWith("https://");
        assertThat(pipe.path("maintainer").isMissingNode()).isFalse();
        assertThat(pipe.path("tags").size()).isPositive();
        Set<String> declared = new TreeSet<>();
        pipe.path("variables").forEach(variable -> {
            assertThat(variable.has("default")).as(variable.toString()).isTrue();
            declared.add(variable.path("name").asText());
        });
        assertThat(declared).containsExactlyInAnyOrderElementsOf(PipeVariables.USER);
    }

    @Test
    void shouldDocumentEveryVariableAndUseOnlyKnownOnesInTheReadme() throws IOException {
        String readme = Files.readString(PIPE.resolve("README.md"));

        assertThat(PipeVariables.USER).allSatisfy(name -> assertThat(readme).contains("| `" + name + "`"));
        for (String secure : PipeVariables.SECURE) {
            assertThat(readme).containsPattern("\\| `" + secure + "` \\(1?2?\\*\\*\\*\\)");
        }
        List<JsonNode> pipes = new ArrayList<>();
        Matcher blocks = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (blocks.find()) {
            collectPipes(YAML.readTree(blocks.group(1)), pipes);
        }
        assertThat(pipes).hasSize(4);
        assertThat(pipes).allSatisfy(this::assertUsesThisPipeWithKnownVariables);
    }

    @Test
    void shouldAuditBeforeTheProductionDeploymentInTheExamplePipeline() throws IOException {
        JsonNode pipeline = YAML.readTree(ROOT.resolve("example-pipelines/bitbucket-pipelines.yml").toFile());
        JsonNode steps = pipeline.path("pipelines").path("branches").path("release/*");

        int audit = -1;
        int production = -1;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i).path("step");
            List<JsonNode> pipes = new ArrayList<>();
            collectPipes(step, pipes);
            if (!pipes.isEmpty()) {
                audit = i;
                pipes.forEach(this::assertUsesThisPipeWithKnownVariables);
                assertThat(pipes.get(0).path("variables").path("REPOS").isArray()).isTrue();
                assertThat(step.path("artifacts").toString()).contains("release-audit/**");
            }
            if ("production".equals(step.path("deployment").asText())) {
                production = i;
            }
        }
        assertThat(audit).isNotNegative();
        assertThat(production).isGreaterThan(audit);
    }

    @Test
    void shouldBuildAnImageWhoseEntrypointIsTheCommandTheTestsRun() throws IOException {
        String dockerfile = Files.readString(PIPE.resolve("Dockerfile"));

        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jre\\S*$");
        assertThat(dockerfile).contains("COPY distribution/target/rc-pipe.jar /opt/release-copilot/rc-pipe.jar");
        assertThat(Files.readString(ROOT.resolve("distribution/pom.xml")))
                .contains("<outputFile>${project.build.directory}/rc-pipe.jar</outputFile>",
                        "<mainClass>" + PipeCommand.class.getName() + "</mainClass>");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).isNotIn("root", "0");
        assertThat(dockerfile).containsPattern(
                "(?m)^ENTRYPOINT \\[\"java\", (\"-XX:[^\"]+\", )*\"-jar\", \"/opt/release-copilot/rc-pipe.jar\"]$");

        StringWriter out = new StringWriter();
        int code = PipeCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Bitbucket Pipelines pipe", "Exit codes: 0 gate PASS or WARN, 3 gate FAIL");
    }

    @Test
    void shouldRefuseArguments() {
        StringWriter err = new StringWriter();
        int code = PipeCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--fix-version", "1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("rc pipe: Unknown options");
    }

    private void assertUsesThisPipeWithKnownVariables(JsonNode pipe) {
        String image = pipe.path("pipe").asText();
        assertThat(image).isEqualTo("docker://" + pipeImage());
        List<String> names = new ArrayList<>();
        pipe.path("variables").fieldNames().forEachRemaining(names::add);
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(PipeVariables.USER).contains(name));
    }

    private static String pipeImage() {
        try {
            return YAML.readTree(PIPE.resolve("pipe.yml").toFile()).path("image").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectPipes(JsonNode node, List<JsonNode> pipes) {
        if (node.isObject() && node.has("pipe")) {
            pipes.add(node);
        }
        node.forEach(child -> collectPipes(child, pipes));
    }
}
