package io.releasecopilot.common;

import java.util.Objects;

/**
 * A credential value. {@link #toString()} never shows it, so a secret that reaches a log line, an exception
 * message or a report by accident prints as {@code ****}; code that needs the value calls {@link #reveal()}.
 */
public final class SecretValue {

    private final String value;

    private SecretValue(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Wraps a value; returns {@code null} for {@code null} or blank input. */
    public static SecretValue of(String value) {
        return value == null || value.isBlank() ? null : new SecretValue(value.strip());
    }

    /** Returns the value, for the one place that must send it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretValue secret && value.equals(secret.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
