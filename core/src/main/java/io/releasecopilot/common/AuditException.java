package io.releasecopilot.common;

/**
 * An error the user can act on: the message is one line that names what was wrong and where (a file,
 * a URL, a field). Front ends print the message alone, without a stack trace, and exit with status 1.
 */
public class AuditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
