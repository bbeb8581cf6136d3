package io.releasecopilot.aws;

import io.releasecopilot.common.UsageException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How old the Jira mirror's reconciliation watermark may be ({@code MIRROR_MAX_AGE}) before it is stale. */
public final class MirrorAge {

    /** The default: one day. */
    public static final Duration DEFAULT = Duration.ofHours(24);

    private MirrorAge() {
    }

    /**
     * Parses an age: {@code 90m}, {@code 24h}, {@code 2d} or ISO-8601 ({@code PT6H}).
     *
     * @param what the flag or setting, for the error
     * @throws UsageException naming {@code what} when the text is not a positive age
     */
    public static Duration parse(String text, String what) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration age = null;
        try {
            if (t.startsWith("p")) {
                age = Duration.parse(t.toUpperCase(Locale.ROOT));
            } else if (t.length() > 1) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                age = switch (t.charAt(t.length() - 1)) {
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> null;
                };
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            age = null;
        }
        if (age == null || age.isZero() || age.isNegative()) {
            throw new UsageException(what + " '" + text + "' is not an age (90m, 24h, 2d or PT6H)");
        }
        return age;
    }

    /** Returns {@code MIRROR_MAX_AGE} from the configuration, or the default. */
    public static Duration of(io.releasecopilot.config.ConfigLookup config) {
        return config.get(io.releasecopilot.config.Names.MIRROR_MAX_AGE).filter(a -> !a.isBlank())
                .map(a -> parse(a, "MIRROR_MAX_AGE")).orElse(DEFAULT);
    }

    /** Returns an age as {@code 95 min} or {@code 30 h}. */
    public static String describe(Duration age) {
        long minutes = age.toMinutes();
        return minutes >= 120 ? minutes / 60 + " h" : minutes + " min";
    }
}
