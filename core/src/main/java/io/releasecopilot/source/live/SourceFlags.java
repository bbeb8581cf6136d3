package io.releasecopilot.source.live;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.ApiUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of the source flags; every failure is a {@link UsageException} that names the flag. */
final class SourceFlags {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern WORKSPACE = Pattern.compile("~?[A-Za-z0-9._-]+");

    private SourceFlags() {
    }

    /** Parses {@code cloud} or {@code datacenter}. */
    static SourceFlavor flavor(String flag, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "cloud":
                return SourceFlavor.CLOUD;
            case "datacenter":
                return SourceFlavor.DATACENTER;
            default:
                throw new UsageException(flag + " must be cloud or datacenter, not \""
                        + UntrustedText.echo(value, 100) + "\"");
        }
    }

    /** Parses an absolute http(s) address without credentials, query or fragment; trailing slashes dropped. */
    static URI url(String flag, String value) {
        String v = value == null ? "" : value.strip();
        URI uri;
        try {
            uri = new URI(ApiUrls.trimSlashes(v));
        } catch (URISyntaxException e) {
            throw new UsageException(flag + " \"" + UntrustedText.echo(value, 100) + "\" is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !scheme.equals("https") && !scheme.equals("http")) {
            throw new UsageException(flag + " \"" + UntrustedText.echo(value, 100)
                    + "\" must be an absolute http(s) URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UsageException(flag + " must not contain credentials; pass them as credentials instead");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new UsageException(flag + " \"" + UntrustedText.echo(value, 100)
                    + "\" must not have a query or fragment");
        }
        return uri;
    }

    /** Splits repeated values that may each be a comma list; blanks and duplicates dropped, order kept. */
    static List<String> list(Collection<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Checks a repository slug. */
    static String slug(String flag, String value) {
        if (!SLUG.matcher(value).matches() || value.chars().allMatch(c -> c == '.')) {
            throw new UsageException(flag + " \"" + UntrustedText.echo(value, 100)
                    + "\" is not a repository slug (letters, digits,"
                    + " '.', '_' and '-')");
        }
        return value;
    }

    /** Checks a Cloud workspace or Data Center project key ({@code ~user} for personal projects). */
    static String workspace(String value) {
        String v = value.strip();
        if (!WORKSPACE.matcher(v).matches() || v.replace("~", "").chars().allMatch(c -> c == '.')) {
            throw new UsageException("--workspace \"" + UntrustedText.echo(value, 100)
                    + "\" is not a workspace or project key"
                    + " (letters, digits, '.', '_' and '-')");
        }
        return v;
    }

    /** Checks a ref name: not blank, no control characters. */
    static String ref(String flag, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new UsageException(flag + " must not be empty");
        }
        if (UntrustedText.hasControl(v)) {
            throw new UsageException(flag + " \"" + UntrustedText.echo(v, 100) + "\" contains a control character");
        }
        return v;
    }

    /** Parses a day {@code YYYY-MM-DD}. */
    static LocalDate date(String flag, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(flag + " \"" + UntrustedText.echo(value, 100) + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
