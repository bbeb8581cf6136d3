package io.releasecopilot.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The core is the engine every front end shares: it must know nothing of Jenkins, picocli or Pipelines. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.releasecopilot");

    @Test
    void shouldNotDependOnJenkins() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "hudson..", "jenkins..", "org.kohsuke.stapler..", "org.jenkinsci..", "com.cloudbees..");
        rule.check(CORE);
    }

    @Test
    void shouldNotDependOnCommandLineOrFrontEnds() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "picocli..", "io.releasecopilot.cli..", "io.releasecopilot.jenkins..", "io.releasecopilot.pipe..");
        rule.check(CORE);
    }

    @Test
    void shouldNotPrintToTheConsole() {
        ArchRule rule = noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the core logs through System.Logger and returns results; front ends print");
        rule.check(CORE);
    }

    @Test
    void shouldFindCoreClasses() {
        org.assertj.core.api.Assertions.assertThat(CORE.contain("io.releasecopilot.audit.AuditRunner"))
                .as("the rules above must look at the real core classes")
                .isTrue();
    }
}
