package io.releasecopilot.mirror;

import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import java.util.Map;

/** The settings of the mirror's Lambda functions and of audits from the mirror. */
public final class MirrorSettings {

    private MirrorSettings() {
    }

    /** Loads a function's configuration from its environment (Secrets Manager ids are read when used). */
    static Configuration load(Map<String, String> environment) {
        return ConfigLoader.builder().environment(environment).load();
    }

    static AwsSettings aws(Configuration config) {
        return AwsSettings.from(config);
    }

    /**
     * Returns {@code DYNAMODB_TABLE}.
     *
     * @throws UsageException when it is not set
     */
    static String table(Configuration config) {
        return config.get(Names.DYNAMODB_TABLE).map(String::strip).filter(t -> !t.isEmpty())
                .orElseThrow(() -> new UsageException("DYNAMODB_TABLE is not set: the mirror table is unknown"));
    }
}
