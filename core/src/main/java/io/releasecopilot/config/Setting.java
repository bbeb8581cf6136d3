package io.releasecopilot.config;

import io.releasecopilot.common.SecretValue;
import java.util.Objects;

/**
 * One configured value and where it came from. The value of a credential is held as a {@link SecretValue}, so
 * {@link #toString()} and {@link #display()} never show it.
 */
public final class Setting {

    private final String name;
    private final String plain;
    private final SecretValue secret;
    private final String origin;

    private Setting(String name, String plain, SecretValue secret, String origin) {
        this.name = name;
        this.plain = plain;
        this.secret = secret;
        this.origin = origin;
    }

    /**
     * Returns a setting; the value is wrapped as a {@link SecretValue} when {@link Names#isSecret} says so.
     *
     * @param origin where it came from: {@code defaults.yml}, {@code env}, {@code secretsmanager:<id>} …
     */
    public static Setting of(String name, String value, String origin) {
        Objects.requireNonNull(value, "value");
        if (Names.isSecret(name)) {
            SecretValue wrapped = SecretValue.of(value);
            return new Setting(name, wrapped == null ? "" : null, wrapped, origin);
        }
        return new Setting(name, value, null, origin);
    }

    public String name() {
        return name;
    }

    /** Returns where the value came from. */
    public String origin() {
        return origin;
    }

    /** Returns whether the value is a credential. */
    public boolean isSecret() {
        return secret != null;
    }

    /** Returns the value itself, credentials included: for the one place that must use it. */
    public String value() {
        return secret != null ? secret.reveal() : plain;
    }

    /** Returns the value as it may be printed: {@code ****} for a credential. */
    public String display() {
        return secret != null ? secret.toString() : plain;
    }

    /** Returns whether the value is empty: set on purpose to nothing, which hides lower levels. */
    public boolean isEmpty() {
        return secret == null && plain.isEmpty();
    }

    @Override
    public String toString() {
        return name + "=" + display() + " (" + origin + ")";
    }
}
