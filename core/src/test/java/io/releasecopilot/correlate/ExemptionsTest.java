package io.releasecopilot.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExemptionsTest {

    @Test
    void shouldParseEachKind() {
        assertThat(Exemptions.parseAll(List.of("message:^(chore|build)[:(]", "author:  Release Bot ", "merges",
                "MESSAGE:a:b")))
                .containsExactly(new Exemption(Exemption.Kind.MESSAGE, "^(chore|build)[:(]"),
                        new Exemption(Exemption.Kind.AUTHOR, "Release Bot"),
                        new Exemption(Exemption.Kind.MERGE, "true"),
                        new Exemption(Exemption.Kind.MESSAGE, "a:b"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "message:(unclosed | exemption 'message:(unclosed': invalid regex: Unclosed group near index 9",
        "message:         | exemption 'message:': missing regex after 'message:'",
        "author:          | exemption 'author:': missing name or e-mail after 'author:'",
        "merges:yes       | exemption 'merges:yes': 'merges' takes no value",
        "branch:main      | exemption 'branch:main': unknown kind 'branch'; use message:<regex>, author:<name-or-email> or merges",
        "''               | exemption '': empty; use message:<regex>, author:<name-or-email> or merges",
    })
    void shouldRejectBadSpecsNamingThem(String spec, String message) {
        assertThatThrownBy(() -> Exemptions.parse(spec)).isInstanceOf(UsageException.class).hasMessage(message);
    }
}
