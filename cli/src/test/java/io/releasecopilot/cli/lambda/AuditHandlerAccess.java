package io.releasecopilot.cli.lambda;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Runs the audit handler from tests of other packages, without Secrets Manager. */
public final class AuditHandlerAccess {

    private AuditHandlerAccess() {
    }

    public static Map<String, Object> run(Map<String, Object> event, Path workDir) {
        return new AuditHandler(Map.of("SECRETS_MANAGER", "false"), workDir, Clock.systemUTC())
                .handleRequest(event, null);
    }
}
