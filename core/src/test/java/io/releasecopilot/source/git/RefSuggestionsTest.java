package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Similar refs: close by edit distance or by prefix, remote names compared without their remote. */
class RefSuggestionsTest {

    @Test
    void shouldFindTyposPrefixesAndRemoteTrackingNames() {
        List<String> names = List.of("develop", "main", "origin/main", "origin/release/2.0", "v1.0", "v1.0.1");

        assertThat(RefSuggestions.similar("mian", names, Set.of("origin"))).containsExactly("main", "origin/main");
        assertThat(RefSuggestions.similar("relase/2.0", names, Set.of("origin")))
                .containsExactly("origin/release/2.0");
        assertThat(RefSuggestions.similar("V1.0.2", names, Set.of("origin"))).containsExactly("v1.0.1", "v1.0");
        assertThat(RefSuggestions.similar("dev", names, Set.of("origin"))).containsExactly("develop");
        assertThat(RefSuggestions.similar("feature/xyz", names, Set.of("origin"))).isEmpty();
    }
}
