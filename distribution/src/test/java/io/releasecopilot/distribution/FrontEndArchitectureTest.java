package io.releasecopilot.distribution;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import io.releasecopilot.pipe.InternalsUser;
import org.junit.jupiter.api.Test;

/**
 * The CLI, the pipe and the Lambda handler (the front ends this module ships) reach the core through its API only: the packages {@code docs/design.puml} gives a front end an
 * arrow to (audit, upload, report, gate, correlate, source, config, model, common), never the cache or HTTP
 * internals, except the types the API itself hands out.
 */
class FrontEndArchitectureTest {

    /**
     * Types of internal packages that the core API hands to a front end: {@code AuditPlan.cache()} returns a
     * {@code CachePlan}, {@code JiraMirror.writePages} takes a {@code PageLog}, the live sources read credentials
     * through a {@code CredentialSource}.
     */
    private static final String EXPOSED_TYPES =
            "io\\.releasecopilot\\.(cache\\.CachePlan|cache\\.PageLog|http\\.CredentialSource)(\\$.*)?";

    static final ArchRule CORE_API_ONLY = classes().should(
            adhereToPlantUmlDiagram(Path.of("..", "docs", "design.puml"), consideringOnlyDependenciesInDiagram())
                    .ignoreDependenciesWithTarget(nameMatching(EXPOSED_TYPES)))
            .because("a front end uses the core API; the core's internals may change under it");

    @Test
    void shouldUseOnlyTheCoreApi() {
        JavaClasses frontEnd = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.releasecopilot.cli", "io.releasecopilot.pipe", "io.releasecopilot.lambda");

        assertThat(frontEnd.contain("io.releasecopilot.cli.AuditCommand")).isTrue();
        assertThat(frontEnd.contain("io.releasecopilot.pipe.PipeCommand")).isTrue();
        assertThat(frontEnd.contain("io.releasecopilot.lambda.AuditHandler")).isTrue();
        CORE_API_ONLY.check(frontEnd);
    }

    @Test
    void shouldCatchAFrontEndThatReachesIntoTheCore() {
        EvaluationResult result = CORE_API_ONLY.evaluate(new ClassFileImporter().importClasses(InternalsUser.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("io.releasecopilot.http.ResilientHttpGet");
    }
}
