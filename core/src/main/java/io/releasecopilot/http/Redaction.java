package io.releasecopilot.http;

import io.releasecopilot.common.SecretMask;
import io.releasecopilot.common.UntrustedText;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Removes credential values from text that goes into a message or a log line: a server that echoes a token
 * in its error body, or an exception that quotes a header, must not leak it. Masks with the run's
 * {@link SecretMask}, so every source's credentials are removed, and always before a text is cut
 * ({@link #excerpt}). A second line of defence: the code never puts header values into messages in the first
 * place.
 */
final class Redaction {

    private final SecretMask mask;

    private Redaction(SecretMask mask) {
        this.mask = mask;
    }

    /** Redacts the values {@code secrets} yields at the time of each call (OAuth tokens change). */
    Redaction(Supplier<? extends Collection<String>> secrets) {
        this(new SecretMask().addLive(secrets));
    }

    /** Redacts the secrets of {@code auth}. */
    static Redaction of(Auth auth) {
        return of(auth, new SecretMask());
    }

    /** Redacts the run's secrets in {@code mask}, after adding those of {@code auth} to it. */
    static Redaction of(Auth auth, SecretMask mask) {
        mask.addLive(auth::secretValues);
        if (auth instanceof Auth.Basic basic) {
            mask.addLogin(basic.user());
        }
        return new Redaction(mask);
    }

    /** {@code text} with every secret replaced by {@code ****}. */
    String apply(String text) {
        return mask.apply(text);
    }

    /** {@code text} masked in full, then made one line and cut to {@code max} ({@link Excerpt#oneLine}). */
    String excerpt(String text, int max) {
        return UntrustedText.oneLine(mask.apply(text), max);
    }
}
