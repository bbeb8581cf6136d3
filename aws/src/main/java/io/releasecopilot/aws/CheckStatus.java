package io.releasecopilot.aws;

import java.util.Locale;

/**
 * The outcome of one readiness check, written in lower case in the health JSON. The JSON holds only pass and
 * fail: a check skipped with {@code --skip} is left out of it.
 */
public enum CheckStatus {
    PASS, FAIL, SKIPPED;

    /** Returns the name used in JSON: {@code pass}, {@code fail}, {@code skipped}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
