package io.releasecopilot.gate;

import io.releasecopilot.common.UsageException;
import java.math.BigDecimal;

/** The checks every limit passes, whether it comes from a policy file or from flags. */
final class Limits {

    private Limits() {
    }

    /**
     * Checks one limit: finite, not negative, a share or coverage within 0..1, a count a whole number.
     *
     * @param where  the file or flag source named first in the message
     * @param path   the key path named next ({@code thresholds.orphanShare.warn})
     */
    static void checkValue(String where, String path, Metric metric, double value) {
        if (!Double.isFinite(value)) {
            throw error(where, path, "expected a finite number, got " + value);
        }
        if (value < 0) {
            throw error(where, path, "must not be negative, got " + format(value));
        }
        if (metric.isShare() && value > 1) {
            String hint = value <= 100 ? " (write " + format(value) + "% as " + format(value / 100) + ")" : "";
            throw error(where, path, "a share must be between 0 and 1, got " + format(value) + hint);
        }
        if (!metric.isShare() && value != Math.rint(value)) {
            throw error(where, path, "a count must be a whole number, got " + format(value));
        }
    }

    /**
     * Checks that the WARN limit comes before the FAIL limit: at most the FAIL limit for a maximum, at
     * least the FAIL limit for a minimum.
     */
    static void checkOrder(String where, String path, Metric metric, Threshold threshold) {
        if (threshold.warn() == null || threshold.fail() == null) {
            return;
        }
        double warn = threshold.warn();
        double fail = threshold.fail();
        if (metric.isMinimum() && warn < fail) {
            throw error(where, path, "the warn limit " + format(warn) + " is below the fail limit " + format(fail)
                    + " (for a minimum, warn must be at least fail)");
        }
        if (!metric.isMinimum() && warn > fail) {
            throw error(where, path, "the warn limit " + format(warn) + " is above the fail limit " + format(fail)
                    + " (for a maximum, warn must be at most fail)");
        }
    }

    static UsageException error(String where, String path, String problem) {
        return new UsageException(where + ": " + path + ": " + problem);
    }

    /** Returns a number as a user would write it: {@code 5}, {@code 0.05}. */
    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
