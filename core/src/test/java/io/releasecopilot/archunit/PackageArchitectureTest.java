package io.releasecopilot.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.common.LayerBreaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The core's package design, as {@code docs/design.puml} draws it (docs/architecture.md): each package uses only
 * the packages it has an arrow to, and no packages depend on each other in a cycle.
 */
class PackageArchitectureTest {

    /** The one diagram of the design; tests run in the module's folder. */
    static final Path DESIGN = Path.of("..", "docs", "design.puml");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.releasecopilot");

    static final ArchRule LAYERS = classes().should(
            adhereToPlantUmlDiagram(DESIGN, consideringOnlyDependenciesInDiagram()))
            .because("each core package uses only the packages docs/design.puml gives it an arrow to");

    static final ArchRule NO_CYCLES = slices().matching("io.releasecopilot.(**)").should().beFreeOfCycles()
            .because("packages that need each other are one package or need a third one");

    @Test
    void shouldKeepTheCorePackagesInTheirLayers() {
        LAYERS.check(CORE);
    }

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        NO_CYCLES.check(CORE);
    }

    @Test
    void shouldCatchALowerLayerThatUsesAHigherOne() {
        EvaluationResult result = LAYERS.evaluate(new ClassFileImporter().importClasses(LayerBreaker.class,
                AuditRunner.class, UsageException.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(LayerBreaker.class.getName())
                && line.contains(AuditRunner.class.getName()));
    }

    @Test
    void shouldCatchACycle() {
        EvaluationResult result = NO_CYCLES.evaluate(new ClassFileImporter().importClasses(LayerBreaker.class,
                AuditRunner.class, UsageException.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("common", "audit");
    }

    @Test
    void shouldDrawEveryCorePackage() throws Exception {
        List<PackageMatcher> drawn = Pattern.compile("<<(\\.\\.io\\.releasecopilot[^>]*)>>")
                .matcher(Files.readString(DESIGN)).results().map(match -> PackageMatcher.of(match.group(1))).toList();
        List<String> packages = CORE.stream().map(JavaClass::getPackageName).distinct().toList();

        assertThat(CORE.contain(AuditRunner.class.getName())).as("the rules look at the real core classes").isTrue();
        assertThat(packages).hasSizeGreaterThan(8)
                .allSatisfy(name -> assertThat(drawn).as(name).anyMatch(matcher -> matcher.matches(name)));
    }
}
