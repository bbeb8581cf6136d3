package io.releasecopilot.mirror;

import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.config.ConfigLookup;
import java.time.Clock;

/**
 * The Jira mirror of the CLI, the Lambda and the pipe: read with the standard HTTP clients and the SDK's default
 * credentials chain. A class of its own so that a front end's run without the mirror loads no AWS class.
 */
public final class StandardMirror {

    private StandardMirror() {
    }

    /**
     * Returns the mirror the configuration names.
     *
     * @throws io.releasecopilot.common.UsageException when {@code DYNAMODB_TABLE} is not set or
     *                                                 {@code MIRROR_MAX_AGE} is not an age
     */
    public static MirrorSource from(ConfigLookup config, Clock clock) {
        return MirrorSource.from(config, new StandardHttpClients(), clock);
    }
}
