package io.releasecopilot.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringPoolTest {

    @Test
    void shouldReturnOneInstanceAcrossThreadViewsAndCharacterRanges() {
        StringPool pool = new StringPool();
        StringPool.Local first = pool.local();
        StringPool.Local second = pool.local();
        char[] buffer = "xxDev 07yy".toCharArray();

        String a = first.intern(buffer, 2, 6);
        String b = second.intern(new String("Dev 07"));
        String c = first.intern(buffer, 2, 6);

        assertThat(a).isEqualTo("Dev 07").isSameAs(b).isSameAs(c);
    }

    @Test
    void shouldGrowPastItsInitialSize() {
        StringPool.Local local = new StringPool().local();
        for (int i = 0; i < 5000; i++) {
            char[] chars = ("name-" + i).toCharArray();
            assertThat(local.intern(chars, 0, chars.length)).isEqualTo("name-" + i);
        }
        char[] again = "name-1234".toCharArray();
        assertThat(local.intern(again, 0, again.length)).isSameAs(local.intern("name-1234"));
    }

    @Test
    void shouldSplitTheBitbucketAuthorRaw() {
        assertThat(StringPool.AuthorRaw.split("Mia Krystof <mia@acme.example>")).containsExactly("Mia Krystof",
                "mia@acme.example");
        assertThat(StringPool.AuthorRaw.split("<ci@acme.example>")).containsExactly(null, "ci@acme.example");
        assertThat(StringPool.AuthorRaw.split("build-bot")).containsExactly("build-bot", null);
        assertThat(StringPool.AuthorRaw.split("Broken <mail")).containsExactly("Broken <mail", null);
        assertThat(StringPool.AuthorRaw.split(null)).containsExactly(null, null);
    }
}
