package io.releasecopilot.config;

import io.releasecopilot.common.UsageException;

/** Checks shared by the configuration's readers. */
final class Check {

    private Check() {
    }

    /** Throws a {@link UsageException} naming {@code where} when {@code name} is not a known setting. */
    static void knownName(String name, String where) {
        if (!Names.isKnown(name)) {
            throw new UsageException(where + ": unknown setting '" + printable(name) + "'" + Names.suggestion(name)
                    + " (see 'rc config --show' and docs/aws.md for the known names)");
        }
    }

    /** Returns a name cut to 60 printable characters, safe to put in a one-line message. */
    static String printable(String name) {
        String flat = name.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
