package io.releasecopilot.common;

/**
 * An error in how the tool was called or configured: a bad option value, a policy or overrides file with
 * an unknown key. Front ends print the message alone and exit with status 2.
 */
public class UsageException extends AuditException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
