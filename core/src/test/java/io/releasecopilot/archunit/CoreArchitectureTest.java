package io.releasecopilot.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.releasecopilot.common.SecretMask;
import io.releasecopilot.common.UntrustedText;
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

    /**
     * Which characters of untrusted text are unsafe on one line, and how such text is cut, is decided in one place:
     * {@link UntrustedText}. No other class classifies characters the way a cleaner does ({@code Character.getType},
     * {@code isSpaceChar}, {@code isIdentifierIgnorable}) or declares a cleaning helper of its own.
     */
    static final ArchRule ONE_TEXT_RULE = noClasses().that().doNotHaveFullyQualifiedName(UntrustedText.class.getName())
            .should().callMethod(Character.class, "getType", int.class)
            .orShould().callMethod(Character.class, "getType", char.class)
            .orShould().callMethod(Character.class, "isSpaceChar", int.class)
            .orShould().callMethod(Character.class, "isSpaceChar", char.class)
            .orShould().callMethod(Character.class, "isIdentifierIgnorable", int.class)
            .orShould().callMethod(Character.class, "isIdentifierIgnorable", char.class)
            .because("untrusted text is cleaned by UntrustedText alone");

    static final ArchRule NO_OWN_CLEANERS = noMethods().that().areDeclaredInClassesThat()
            .doNotHaveFullyQualifiedName(UntrustedText.class.getName())
            .should().haveNameMatching("oneLine|flat|printable|shorten|clip|shown")
            .because("untrusted text is put on one line by UntrustedText alone");

    @Test
    void shouldCleanUntrustedTextInOnePlace() {
        ONE_TEXT_RULE.check(CORE);
        NO_OWN_CLEANERS.check(CORE);
    }

    @Test
    void shouldCatchAHandMadeCleaner() {
        JavaClasses cleaner = new ClassFileImporter().importClasses(HandMadeCleaner.class);

        assertThat(ONE_TEXT_RULE.evaluate(cleaner).hasViolation()).isTrue();
        assertThat(NO_OWN_CLEANERS.evaluate(cleaner).hasViolation()).isTrue();
        JavaClasses clean = new ClassFileImporter().importClasses(UntrustedText.class, SecretMask.class);
        assertThat(ONE_TEXT_RULE.evaluate(clean).hasViolation()).isFalse();
    }

    /** What the rule must refuse: a second, slightly different idea of a safe line. */
    static final class HandMadeCleaner {
        static String flat(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
            return out.toString();
        }
    }

    @Test
    void shouldFindCoreClasses() {
        org.assertj.core.api.Assertions.assertThat(CORE.contain("io.releasecopilot.audit.AuditRunner"))
                .as("the rules above must look at the real core classes")
                .isTrue();
    }
}
