package io.releasecopilot.audit;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.gate.GateStatus;

/**
 * The exit codes of a run, the same for every front end that exits: the command line ({@code rc}) and the
 * Bitbucket pipe. The Jenkins step maps the gate to a build result instead; the Lambda returns or throws.
 */
public enum ExitCode {

    /** The gate said PASS or WARN; for other commands, success. */
    OK(0),
    /** Any error other than a usage error: unreadable cache, unwritable output, fetch failure, internal error. */
    ERROR(1),
    /** Unknown flag, bad value or variable, bad policy or overrides file. */
    USAGE(2),
    /** The gate said FAIL. */
    GATE_FAILED(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** The exit code of an audit whose gate said {@code status}. */
    public static ExitCode of(GateStatus status) {
        return status == GateStatus.FAIL ? GATE_FAILED : OK;
    }

    /** The exit code of a run that failed with {@code failure}: a usage error or any other. */
    public static ExitCode of(Exception failure) {
        return failure instanceof UsageException ? USAGE : ERROR;
    }
}
