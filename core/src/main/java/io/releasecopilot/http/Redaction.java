package io.releasecopilot.http;

import java.util.List;
import java.util.function.Supplier;

/**
 * Removes credential values from text that goes into a message or a log line: a server that echoes a token
 * in its error body, or an exception that quotes a header, must not leak it. A second line of defence: the
 * code never puts header values into messages in the first place.
 */
final class Redaction {

    private static final int SHORTEST = 4;

    private final Supplier<List<String>> secrets;

    /** Redacts the values {@code secrets} yields at the time of each call (OAuth tokens change). */
    Redaction(Supplier<List<String>> secrets) {
        this.secrets = secrets;
    }

    /** Redacts the secrets of {@code auth}. */
    static Redaction of(Auth auth) {
        return new Redaction(auth::secretValues);
    }

    /** {@code text} with every secret replaced by {@code ****}. */
    String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets.get()) {
            if (secret != null && secret.length() >= SHORTEST) {
                result = result.replace(secret, "****");
            }
        }
        return result;
    }
}
