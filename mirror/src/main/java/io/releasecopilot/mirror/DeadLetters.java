package io.releasecopilot.mirror;

import io.releasecopilot.common.AuditException;

/** Where reconciliation puts the issues it cannot write, for a person to look at. */
@FunctionalInterface
interface DeadLetters {

    /**
     * Sends one message.
     *
     * @throws RuntimeException when it cannot be sent; the reconciliation then does not advance its watermark
     */
    void send(String message);

    /** Returns dead letters that fail: without a queue an unwritable issue fails the pass. */
    static DeadLetters none() {
        return message -> {
            throw new AuditException("an issue cannot be written to the mirror and MIRROR_DLQ_URL is not set: "
                    + message);
        };
    }
}
