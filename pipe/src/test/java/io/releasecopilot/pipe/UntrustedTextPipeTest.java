package io.releasecopilot.pipe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.releasecopilot.common.UntrustedText;
import org.junit.jupiter.api.Test;

/** Text from Jira, Bitbucket or a variable reaches the log and Code Insights by the rule of {@link UntrustedText}. */
class UntrustedTextPipeTest {

    @Test
    void shouldCleanUntrustedTextOnlyThroughTheSharedRule() {
        JavaClasses pipe = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.releasecopilot.pipe");

        assertThat(pipe.contain(InsightsText.class)).isTrue();
        noClasses().should().callMethod(Character.class, "getType", int.class)
                .orShould().callMethod(Character.class, "getType", char.class)
                .orShould().callMethod(Character.class, "isSpaceChar", int.class)
                .orShould().callMethod(Character.class, "isSpaceChar", char.class)
                .because("untrusted text is cleaned by UntrustedText alone")
                .check(pipe);
        noMethods().should().haveNameMatching("oneLine|flat|printable|shorten|clip|shown")
                .because("untrusted text is put on one line by UntrustedText alone")
                .check(pipe);
    }
}
