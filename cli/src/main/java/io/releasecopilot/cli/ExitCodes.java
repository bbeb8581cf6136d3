package io.releasecopilot.cli;

/** The exit codes of {@code rc audit} (PRODUCT.md §5). */
final class ExitCodes {

    /** The gate said PASS or WARN. */
    static final int OK = 0;
    /** Any error other than a usage error: unreadable cache, unwritable output, internal error. */
    static final int ERROR = 1;
    /** Unknown flag, bad value, bad policy or overrides file. */
    static final int USAGE = 2;
    /** The gate said FAIL. */
    static final int GATE_FAILED = 3;

    private ExitCodes() {
    }
}
