package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A configured rule that makes an otherwise orphan commit exempt. None exist unless configured.
 *
 * @param kind  what the rule looks at
 * @param value the message regex, the author (display name or e-mail, case-insensitive) or {@code true}
 */
public record Exemption(Kind kind, String value) {

    /** What an exemption looks at. */
    public enum Kind {
        /** A regular expression found anywhere in the message. */
        MESSAGE,
        /** The author's display name or e-mail address. */
        AUTHOR,
        /** Merge commits. */
        MERGE
    }

    public Exemption {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
        if (kind == Kind.MESSAGE) {
            Pattern.compile(value); // fail early on a bad pattern
        }
    }

    /** Returns a human-readable description, used as the exemption reason in reports. */
    public String describe() {
        return switch (kind) {
            case MESSAGE -> "message matches /" + value + "/";
            case AUTHOR -> "author is " + value;
            case MERGE -> "merge commit";
        };
    }

    /** Returns whether the commit matches this rule. */
    public boolean matches(Commit commit) {
        return switch (kind) {
            case MESSAGE -> Pattern.compile(value).matcher(commit.message()).find();
            case AUTHOR -> value.equalsIgnoreCase(commit.author())
                    || commit.authorEmail() != null && value.equalsIgnoreCase(commit.authorEmail());
            case MERGE -> commit.merge();
        };
    }
}
