package io.releasecopilot.jenkins;

import java.io.IOException;

/**
 * An audit that could not run, as it comes back from the agent: the core's exception turned into this plugin
 * class (the controller refuses to deserialize classes of bundled libraries), with credential values masked and
 * no cause attached.
 */
public final class AuditFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean usage;

    AuditFailure(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    /** Returns whether the parameters were wrong (rather than the cache or the disk). */
    public boolean isUsage() {
        return usage;
    }
}
