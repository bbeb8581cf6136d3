package io.releasecopilot.config;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;

/** Checks shared by the configuration's readers. */
final class Check {

    private Check() {
    }

    /** Throws a {@link UsageException} naming {@code where} when {@code name} is not a known setting. */
    static void knownName(String name, String where) {
        if (!Names.isKnown(name)) {
            throw new UsageException(where + ": unknown setting '" + UntrustedText.echo(name, 60) + "'"
                    + Names.suggestion(name)
                    + " (see 'rc config --show' and docs/aws.md for the known names)");
        }
    }
}
