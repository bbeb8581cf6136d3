package io.releasecopilot.aws;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.config.SecretException;
import io.releasecopilot.config.SecretPayload;
import io.releasecopilot.config.SecretRef;
import io.releasecopilot.config.SecretResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Jira and Bitbucket secrets ({@code SECRET_JIRA}, {@code SECRET_BITBUCKET}) with the ids the
 * merged configuration names, and checks that each is a JSON object of settings. Reports key counts, never
 * values.
 */
final class SecretsCheck implements ReadinessCheck {

    private static final Set<String> CHECKED = Set.of(Names.SECRET_JIRA, Names.SECRET_BITBUCKET);

    private final List<SecretRef> refs;
    private final SecretResolver resolver;

    SecretsCheck(Configuration config, SecretResolver resolver) {
        this.refs = config.secretRefs().stream()
                .filter(ref -> CHECKED.contains(ref.setting()) && !ref.id().isEmpty())
                .toList();
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "secrets";
    }

    @Override
    public String resource() {
        if (refs.isEmpty()) {
            return "secretsmanager:(none)";
        }
        return "secretsmanager:" + String.join(", ", refs.stream().map(SecretRef::id).toList());
    }

    @Override
    public String plan() {
        return "would read " + String.join(" and ", refs.stream().map(SecretRef::setting).toList())
                + " with GetSecretValue";
    }

    @Override
    public Optional<String> missing() {
        return refs.isEmpty() ? Optional.of("SECRET_JIRA and SECRET_BITBUCKET are both empty") : Optional.empty();
    }

    @Override
    public CheckResult run() {
        long start = System.nanoTime();
        if (refs.isEmpty()) {
            return CheckResult.fail(name(), resource(), missing().orElseThrow(), 0);
        }
        List<String> read = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (SecretStatus line : lines(refs, resolver)) {
            if (line.ok()) {
                read.add(line.setting() + " (" + line.detail() + ")");
            } else {
                failed.add(line.setting() + " " + line.secretId() + ": " + line.detail());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return failed.isEmpty()
                ? CheckResult.pass(name(), resource(), "read " + String.join(", ", read), millis)
                : CheckResult.fail(name(), resource(), String.join("; ", failed), millis);
    }

    /** Returns the AWS error code; a client-side failure (no credentials, no connection) also says why. */
    private static String describe(SecretException e) {
        if (!"SdkClientException".equals(e.errorCode()) || e.detail().isEmpty()) {
            return e.errorCode();
        }
        String detail = e.detail();
        return e.errorCode() + ": " + UntrustedText.oneLine(detail, 120);
    }

    /** Reads each secret and returns one line per id: OK with its key count, or the error code. */
    static List<SecretStatus> lines(List<SecretRef> refs, SecretResolver resolver) {
        List<SecretStatus> lines = new ArrayList<>();
        for (SecretRef ref : refs) {
            try {
                int names = SecretPayload.parse(ref.setting(), ref.id(), resolver.fetch(ref.id())).size();
                lines.add(new SecretStatus(ref.setting(), ref.id(), true, names + (names == 1 ? " name" : " names")));
            } catch (SecretException e) {
                lines.add(new SecretStatus(ref.setting(), ref.id(), false, describe(e)));
            }
        }
        return lines;
    }
}
