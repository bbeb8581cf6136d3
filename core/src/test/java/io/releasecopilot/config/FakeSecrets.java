package io.releasecopilot.config;

import io.releasecopilot.common.SecretValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A secret store in memory that records the ids asked for; unknown ids fail like Secrets Manager. */
final class FakeSecrets implements SecretResolver {

    final List<String> asked = new ArrayList<>();
    private final Map<String, String> secrets = new HashMap<>();

    FakeSecrets put(String id, String text) {
        secrets.put(id, text);
        return this;
    }

    @Override
    public SecretValue fetch(String secretId) {
        asked.add(secretId);
        String text = secrets.get(secretId);
        if (text == null) {
            throw new SecretException(secretId, "ResourceNotFoundException", "no such secret");
        }
        return SecretValue.of(text);
    }
}
