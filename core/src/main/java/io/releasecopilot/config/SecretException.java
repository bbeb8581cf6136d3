package io.releasecopilot.config;

import io.releasecopilot.common.AuditException;

/**
 * A secret could not be read or used. The message names the secret id and the error code (such as
 * {@code ResourceNotFoundException} or {@code AccessDeniedException}), never the secret's value.
 */
public class SecretException extends AuditException {

    private static final long serialVersionUID = 1L;

    private final String secretId;
    private final String errorCode;
    private final String detail;

    /**
     * @param secretId  the id asked for
     * @param errorCode the store's error code, or a short code of ours ({@code MalformedSecret})
     * @param detail    a readable reason without any secret value; may be empty
     */
    public SecretException(String secretId, String errorCode, String detail) {
        super("Secrets Manager secret '" + secretId + "': " + errorCode
                + (detail == null || detail.isBlank() ? "" : " (" + detail.strip() + ")"));
        this.secretId = secretId;
        this.errorCode = errorCode;
        this.detail = detail == null ? "" : detail.strip();
    }

    /** Returns the secret id asked for. */
    public String secretId() {
        return secretId;
    }

    /** Returns the error code, e.g. {@code ResourceNotFoundException}. */
    public String errorCode() {
        return errorCode;
    }

    /** Returns the readable reason that came with the code, or an empty string. */
    public String detail() {
        return detail;
    }
}
