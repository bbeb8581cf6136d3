package io.releasecopilot.source.bitbucket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CloudCommitParserTest {

    @Test
    void shouldSplitTheBitbucketAuthorRaw() {
        assertThat(CloudCommitParser.splitAuthor("Mia Krystof <mia@acme.example>")).containsExactly("Mia Krystof",
                "mia@acme.example");
        assertThat(CloudCommitParser.splitAuthor("<ci@acme.example>")).containsExactly(null, "ci@acme.example");
        assertThat(CloudCommitParser.splitAuthor("build-bot")).containsExactly("build-bot", null);
        assertThat(CloudCommitParser.splitAuthor("Broken <mail")).containsExactly("Broken <mail", null);
        assertThat(CloudCommitParser.splitAuthor(null)).containsExactly(null, null);
    }
}
