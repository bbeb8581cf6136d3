package io.releasecopilot.http;

import io.releasecopilot.common.SecretValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where credentials and connection settings are looked up, by their environment name (docs/aws.md, "Names")
 * ({@code JIRA_EMAIL}, {@code BITBUCKET_ACCESS_TOKEN}, …). The environment, a {@code .env} or override file
 * and AWS Secrets Manager (a JSON map keyed by the same names) can each be one source; {@link #orElse}
 * layers them, highest precedence first.
 *
 * <p>Implementations return the raw value; callers go through {@link #value} and {@link #secret}, which
 * treat blank values as absent.
 */
@FunctionalInterface
public interface CredentialSource {

    /** Returns the value stored under {@code name}, if any. */
    Optional<String> lookup(String name);

    /** Returns the stripped value of {@code name}; blank values count as absent. */
    default Optional<String> value(String name) {
        return lookup(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Returns the value of {@code name} as a {@link SecretValue}; blank values count as absent. */
    default Optional<SecretValue> secret(String name) {
        return value(name).map(SecretValue::of);
    }

    /** Returns {@code true} when {@code name} has a non-blank value. */
    default boolean has(String name) {
        return value(name).isPresent();
    }

    /** Returns a source that asks this one first and {@code fallback} for names this one has no value for. */
    default CredentialSource orElse(CredentialSource fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return name -> {
            Optional<String> own = value(name);
            return own.isPresent() ? own : fallback.lookup(name);
        };
    }

    /** A source backed by a map, e.g. a parsed Secrets Manager secret or a test fixture. */
    static CredentialSource of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** The process environment. */
    static CredentialSource environment() {
        return name -> Optional.ofNullable(System.getenv(name));
    }
}
