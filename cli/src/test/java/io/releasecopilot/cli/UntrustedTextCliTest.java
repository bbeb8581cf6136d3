package io.releasecopilot.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.releasecopilot.common.UntrustedText;
import org.junit.jupiter.api.Test;

/** Text the user or a server gave reaches the terminal by the shared rule of {@link UntrustedText}, in one place. */
class UntrustedTextCliTest {

    private static final String TERMINAL_CONTROL = "\u001b[2J\u001b]0;pwned\u0007";

    @Test
    void shouldNotEchoTerminalControlsOrBidiOverridesOfAnUnknownFlag() {
        RcRun run = RcRun.of("audit", "--bogus" + TERMINAL_CONTROL + "\u202Eexe.txt\nsecond line");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bogus").doesNotContain("\u001b", "\u0007", "\u202E");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void shouldShowWhereABadFlagValueHoldsAnOverride() {
        RcRun run = RcRun.of("audit", "--fix-version", "1.0", "--jira-flavor", "clo\u202Eud");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("\"clo?ud\"").doesNotContain("\u202E");
    }

    @Test
    void shouldCleanUntrustedTextOnlyThroughTheSharedRule() {
        JavaClasses cli = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.releasecopilot.cli");
        ArchRule classifies = noClasses().should().callMethod(Character.class, "getType", int.class)
                .orShould().callMethod(Character.class, "getType", char.class)
                .orShould().callMethod(Character.class, "isSpaceChar", int.class)
                .orShould().callMethod(Character.class, "isSpaceChar", char.class)
                .because("untrusted text is cleaned by UntrustedText alone");
        ArchRule ownCleaners = noMethods().should().haveNameMatching("oneLine|flat|printable|shorten|clip|shown")
                .because("untrusted text is put on one line by UntrustedText alone");

        assertThat(cli.contain("io.releasecopilot.cli.AuditCommand")).isTrue();
        classifies.check(cli);
        ownCleaners.check(cli);
    }
}
