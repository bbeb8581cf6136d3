package io.releasecopilot.mirror;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.config.SecretPayload;
import io.releasecopilot.config.SecretRef;
import io.releasecopilot.config.SecretResolver;
import io.releasecopilot.config.Setting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The webhook's shared secret, resolved as {@code rc health}'s {@code webhook_secret} check does:
 * {@code WEBHOOK_SECRET} from a level above Secrets Manager (the function's environment), else the secret
 * {@code SECRET_WEBHOOK} names ({@code releasecopilot/jira/webhook_secret}: a JSON object with
 * {@code WEBHOOK_SECRET}, or the secret string itself). Only that one secret is read. The value is kept for
 * {@link #TTL}, so a warm function makes one Secrets Manager call per TTL and a rotation takes effect within it.
 */
final class WebhookSecret {

    /** How long a resolved secret is kept. */
    static final Duration TTL = Duration.ofMinutes(5);

    private final Configuration config;
    private final SecretResolver resolver;
    private final Clock clock;
    private SecretValue cached;
    private Instant expires = Instant.MIN;

    WebhookSecret(Configuration config, SecretResolver resolver, Clock clock) {
        this.config = config;
        this.resolver = resolver;
        this.clock = clock;
    }

    /**
     * Returns the secret, or empty when none is configured.
     *
     * @throws io.releasecopilot.config.SecretException when the secret cannot be read (its id and the AWS error
     *         code, never a value)
     */
    synchronized Optional<SecretValue> get() {
        Instant now = clock.instant();
        if (cached != null && now.isBefore(expires)) {
            return Optional.of(cached);
        }
        Optional<Setting> direct = config.settingAboveSecrets(Names.WEBHOOK_SECRET).filter(s -> !s.isEmpty());
        SecretValue value = null;
        if (direct.isPresent()) {
            value = SecretValue.of(direct.get().value());
        } else {
            SecretRef ref = config.secretRefs().stream().filter(r -> r.setting().equals(Names.SECRET_WEBHOOK))
                    .findFirst().orElse(null);
            if (ref != null && !ref.id().isEmpty()) {
                Setting found = SecretPayload.parse(ref.setting(), ref.id(), resolver.fetch(ref.id()))
                        .get(Names.WEBHOOK_SECRET);
                value = found == null || found.isEmpty() ? null : SecretValue.of(found.value());
            }
        }
        cached = value;
        expires = now.plus(TTL);
        return Optional.ofNullable(value);
    }
}
