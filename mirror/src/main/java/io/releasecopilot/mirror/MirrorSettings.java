package io.releasecopilot.mirror;

import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** The settings of the mirror's Lambda functions and of audits from the mirror. */
public final class MirrorSettings {

    private MirrorSettings() {
    }

    /** Loads a function's configuration from its environment (Secrets Manager ids are read when used). */
    static Configuration load(Map<String, String> environment) {
        return ConfigLoader.builder().environment(environment).load();
    }

    static AwsSettings aws(Configuration config) {
        return AwsSettings.from(config);
    }

    /**
     * Returns {@code DYNAMODB_TABLE}.
     *
     * @throws UsageException when it is not set
     */
    static String table(Configuration config) {
        return config.get(Names.DYNAMODB_TABLE).map(String::strip).filter(t -> !t.isEmpty())
                .orElseThrow(() -> new UsageException("DYNAMODB_TABLE is not set: the mirror table is unknown"));
    }

    /**
     * Parses an age: {@code 90m}, {@code 24h}, {@code 2d} or ISO-8601 ({@code PT6H}).
     *
     * @param what the flag or setting, for the error
     * @throws UsageException naming {@code what} when the text is not an age
     */
    public static Duration age(String text, String what) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return positive(Duration.parse(t.toUpperCase(Locale.ROOT)), text, what);
            }
            if (t.length() > 1) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                switch (t.charAt(t.length() - 1)) {
                    case 'm':
                        return positive(Duration.ofMinutes(n), text, what);
                    case 'h':
                        return positive(Duration.ofHours(n), text, what);
                    case 'd':
                        return positive(Duration.ofDays(n), text, what);
                    default:
                        break;
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // falls through to the error
        }
        throw new UsageException(what + " '" + text + "' is not an age (90m, 24h, 2d or PT6H)");
    }

    private static Duration positive(Duration d, String text, String what) {
        if (d.isZero() || d.isNegative()) {
            throw new UsageException(what + " '" + text + "' must be longer than zero");
        }
        return d;
    }
}
