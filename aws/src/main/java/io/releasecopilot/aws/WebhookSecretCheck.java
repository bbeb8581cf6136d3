package io.releasecopilot.aws;

import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.config.SecretException;
import io.releasecopilot.config.SecretPayload;
import io.releasecopilot.config.SecretRef;
import io.releasecopilot.config.SecretResolver;
import io.releasecopilot.config.Setting;
import java.util.Optional;

/**
 * Resolves the webhook secret as the webhook receiver would: {@code WEBHOOK_SECRET} from a level above
 * Secrets Manager if one sets it, else the secret {@code SECRET_WEBHOOK} names, which must hold a non-empty
 * {@code WEBHOOK_SECRET} (a JSON key or the plain secret string).
 */
final class WebhookSecretCheck implements ReadinessCheck {

    private final Optional<Setting> direct;
    private final SecretRef ref;
    private final SecretResolver resolver;

    WebhookSecretCheck(Configuration config, SecretResolver resolver) {
        this.direct = config.settingAboveSecrets(Names.WEBHOOK_SECRET).filter(found -> !found.isEmpty());
        this.ref = config.secretRefs().stream().filter(r -> r.setting().equals(Names.SECRET_WEBHOOK)).findFirst()
                .orElseThrow();
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "webhook_secret";
    }

    @Override
    public String resource() {
        return direct.map(setting -> "WEBHOOK_SECRET from " + setting.origin())
                .orElse("secretsmanager:" + (ref.id().isEmpty() ? "(none)" : ref.id()));
    }

    @Override
    public String plan() {
        return direct.isPresent() ? "would check that WEBHOOK_SECRET is set"
                : "would read SECRET_WEBHOOK with GetSecretValue and look for WEBHOOK_SECRET";
    }

    @Override
    public Optional<String> missing() {
        return direct.isEmpty() && ref.id().isEmpty() ? Optional.of("neither WEBHOOK_SECRET nor SECRET_WEBHOOK is set")
                : Optional.empty();
    }

    @Override
    public CheckResult run() {
        if (direct.isPresent()) {
            return CheckResult.pass(name(), resource(), "WEBHOOK_SECRET is set", 0);
        }
        if (ref.id().isEmpty()) {
            return CheckResult.fail(name(), resource(), missing().orElseThrow(), 0);
        }
        long start = System.nanoTime();
        try {
            Setting secret = SecretPayload.parse(ref.setting(), ref.id(), resolver.fetch(ref.id()))
                    .get(Names.WEBHOOK_SECRET);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (secret == null || secret.isEmpty()) {
                return CheckResult.fail(name(), resource(), "MalformedSecret: the secret has no WEBHOOK_SECRET",
                        millis);
            }
            return CheckResult.pass(name(), resource(), "resolved WEBHOOK_SECRET from " + ref.id(), millis);
        } catch (SecretException e) {
            return CheckResult.fail(name(), resource(), e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
