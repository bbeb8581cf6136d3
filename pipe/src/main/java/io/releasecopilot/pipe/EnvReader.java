package io.releasecopilot.pipe;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UntrustedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads typed values from the environment and collects one line per malformed value instead of stopping at
 * the first. Blank values count as absent (Pipelines passes {@code ""} for a variable the step did not set).
 * A secret's value never appears in a line.
 */
final class EnvReader {

    /** The longest value echoed in a problem. */
    static final int SHOWN = 80;

    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    EnvReader(Map<String, String> env) {
        this.env = env;
    }

    List<String> problems() {
        return problems;
    }

    void problem(String line) {
        problems.add(line);
    }

    boolean has(String name) {
        return text(name) != null;
    }

    /** Returns the stripped value, or {@code null} when unset or blank. */
    String text(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    SecretValue secret(String name) {
        return SecretValue.of(env.get(name));
    }

    /** Returns a single-token value (a ref, an id): no whitespace or control characters. */
    String token(String name) {
        String value = text(name);
        if (value != null && UntrustedText.hasSpaceOrControl(value)) {
            problems.add(name + ": '" + UntrustedText.echo(value, SHOWN)
                    + "' must not contain spaces or control characters");
            return null;
        }
        return value;
    }

    /** Returns a non-negative whole number, or {@code null}. */
    Integer count(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            problems.add(name + ": '" + UntrustedText.echo(value, SHOWN) + "' is not a whole number of 0 or more");
            return null;
        }
        return Integer.valueOf(value);
    }

    /** Returns a share in 0..1, or {@code null}. */
    Double share(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            double share = Double.parseDouble(value);
            if (share >= 0 && share <= 1 && value.matches("[0-9.]+")) {
                return share;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + ": '" + UntrustedText.echo(value, SHOWN)
                + "' is not a share between 0 and 1 (e.g. 0.9 for 90%)");
        return null;
    }

    /** Returns {@code true}/{@code false} (any case); absent is {@code false}. */
    boolean flag(String name) {
        String value = text(name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(name + ": '" + UntrustedText.echo(value, SHOWN) + "' is not true or false");
                yield false;
            }
        };
    }

    /** Returns an absolute http(s) address without query or fragment, trailing slashes removed, or {@code null}. */
    URI url(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return URI.create(value.replaceAll("/+$", ""));
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(name + ": '" + UntrustedText.echo(value, SHOWN)
                + "' is not an http(s) address like https://example.com");
        return null;
    }

    /** Returns the value as a path resolved against {@code base}, or {@code null}. */
    Path path(String name, Path base) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return base.resolve(value).normalize();
        } catch (InvalidPathException e) {
            problems.add(name + ": '" + UntrustedText.echo(value, SHOWN) + "' is not a valid path");
            return null;
        }
    }

    /** Returns the value, lower case, when it is one of {@code choices}; else {@code fallback}. */
    String choice(String name, String fallback, String... choices) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        for (String choice : choices) {
            if (choice.equalsIgnoreCase(value)) {
                return choice;
            }
        }
        problems.add(name + ": '" + UntrustedText.echo(value, SHOWN) + "' is not one of " + String.join(", ", choices));
        return fallback;
    }
}
