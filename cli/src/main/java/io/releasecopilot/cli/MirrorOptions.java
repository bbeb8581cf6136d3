package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.mirror.StandardMirror;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Where {@code rc audit} reads the Jira issues: {@code --jira-source api} (the Jira search, the default) or
 * {@code mirror} (the DynamoDB mirror the webhook keeps, docs/aws.md), with {@code --mirror-table},
 * {@code --mirror-max-age} and {@code --accept-stale-mirror}. Nothing of AWS is loaded unless the mirror is
 * chosen.
 */
final class MirrorOptions {

    @Option(names = "--jira-source", paramLabel = "SOURCE", defaultValue = "api",
            description = "Where the version's issues come from: api (Jira search, default) or mirror (DynamoDB).")
    String jiraSource;

    @Option(names = "--mirror-table", paramLabel = "NAME",
            description = "The mirror's DynamoDB table (default: DYNAMODB_TABLE).")
    String mirrorTable;

    @Option(names = "--mirror-max-age", paramLabel = "AGE",
            description = "Age of the last reconciliation after which the mirror is stale: 90m, 24h, 2d (default 24h).")
    String mirrorMaxAge;

    @Option(names = "--accept-stale-mirror",
            description = "Audit a stale or never reconciled mirror with a warning instead of failing the gate.")
    boolean acceptStaleMirror;

    /** Adds {@code DYNAMODB_TABLE} and {@code MIRROR_MAX_AGE} from the flags given. */
    void addTo(ConfigLoader loader) {
        if (mirrorTable != null) {
            loader.flag(Names.DYNAMODB_TABLE, mirrorTable, "flag --mirror-table");
        }
        if (mirrorMaxAge != null) {
            loader.flag(Names.MIRROR_MAX_AGE, mirrorMaxAge, "flag --mirror-max-age");
        }
    }

    /**
     * Sets the mirror on the builder when {@code --jira-source mirror}.
     *
     * @param live whether the audit reads Jira (a Jira URL and a fix version, not offline)
     */
    void applyTo(AuditOptions.Builder builder, Configuration config, boolean live) {
        String source = jiraSource == null ? "api" : jiraSource.strip().toLowerCase(Locale.ROOT);
        if ("api".equals(source)) {
            if (mirrorTable != null || mirrorMaxAge != null || acceptStaleMirror) {
                throw new UsageException("--mirror-table, --mirror-max-age and --accept-stale-mirror need"
                        + " --jira-source mirror");
            }
            return;
        }
        if (!"mirror".equals(source)) {
            throw new UsageException("--jira-source must be api or mirror, not '" + jiraSource + "'");
        }
        if (!live) {
            throw new UsageException("--jira-source mirror needs --fix-version and --jira-url (or JIRA_BASE_URL, for"
                    + " issue links), and cannot be used with --offline");
        }
        builder.jiraMirror(StandardMirror.from(config, Clock.systemUTC()))
                .acceptStaleMirror(acceptStaleMirror);
    }
}
