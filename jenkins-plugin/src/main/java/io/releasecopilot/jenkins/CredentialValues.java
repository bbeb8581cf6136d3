package io.releasecopilot.jenkins;

import io.releasecopilot.common.SecretMask;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Credential values resolved from the Jenkins store on the controller, keyed by the environment-variable name the
 * core reads them under ({@code JIRA_EMAIL}, {@code JIRA_API_TOKEN}, {@code BITBUCKET_ACCESS_TOKEN}, ...). They
 * cross the (encrypted) remoting channel to the agent in this object. {@link #toString()} never shows a value
 * and {@link #mask} removes every value from text before it reaches the build log.
 */
final class CredentialValues implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MASK = "****";

    private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

    /** Returns an empty set of values. */
    static CredentialValues none() {
        return new CredentialValues();
    }

    /** Adds a value under its environment-variable name. */
    CredentialValues with(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** Returns the value of the name, or {@code null}. */
    String get(String name) {
        return values.get(name);
    }

    /** Returns the names, in the order added. */
    Set<String> names() {
        return java.util.Collections.unmodifiableSet(values.keySet());
    }

    /** Returns whether there are no values. */
    boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns the text with every value replaced by {@code ****}, longest first: raw, URL-encoded, and as the
     * Base64 of {@code login:value} for each {@code *_EMAIL} and {@code *_USERNAME} login (an echoed Basic
     * header), through the core's {@link SecretMask}.
     */
    String mask(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        SecretMask mask = new SecretMask();
        values.forEach((name, value) -> {
            mask.add(value);
            if (name.endsWith("_EMAIL") || name.endsWith("_USERNAME")) {
                mask.addLogin(value);
            }
        });
        List<String> secrets = new ArrayList<>();
        for (String value : values.values()) {
            if (value != null && value.length() >= 3) {
                secrets.add(value);
            }
        }
        secrets.sort((a, b) -> b.length() - a.length());
        String masked = mask.apply(text);
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** Returns the entries as a map whose values are masked, for messages. */
    Map<String, String> masked() {
        Map<String, String> masked = new LinkedHashMap<>();
        values.keySet().forEach(name -> masked.put(name, MASK));
        return masked;
    }

    @Override
    public String toString() {
        return "CredentialValues" + masked();
    }
}
