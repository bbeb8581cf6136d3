package io.releasecopilot.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every form a credential can take in a server's answer is masked, for every login it is used with. */
class SecretMaskTest {

    private static final String TOKEN = "tok/en+1234=abcd";

    private final SecretMask mask = new SecretMask().add(SecretValue.of(TOKEN)).addLogin("ann@acme.test")
            .addLogin("bob");

    @Test
    void shouldMaskRawAndUrlEncodedValues() {
        String encoded = URLEncoder.encode(TOKEN, StandardCharsets.UTF_8);

        assertThat(mask.apply("a " + TOKEN + " b " + encoded + " c " + encoded.toLowerCase()))
                .isEqualTo("a **** b **** c ****");
    }

    @Test
    void shouldMaskTheBasicPairOfEveryLogin() {
        String ann = base64("ann@acme.test:" + TOKEN);
        String bob = base64("bob:" + TOKEN);

        assertThat(mask.apply("Basic " + ann + ", Basic " + bob + ", " + ann.replace("=", "")))
                .isEqualTo("Basic ****, Basic ****, ****");
    }

    @Test
    void shouldMaskValuesThatChangeDuringTheRun() {
        List<String> live = new ArrayList<>();
        mask.addLive(() -> live);
        live.add("rotated-access-token");

        assertThat(mask.apply("Bearer rotated-access-token")).isEqualTo("Bearer ****");
    }

    @Test
    void shouldLeaveShortValuesAndPlainTextAlone() {
        mask.add("abc").add((SecretValue) null).add("  ");

        assertThat(mask.apply("abc and bob")).isEqualTo("abc and bob");
        assertThat(mask.apply(null)).isNull();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
