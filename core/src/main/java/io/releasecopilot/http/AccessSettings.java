package io.releasecopilot.http;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.SourceFlavor;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The parts {@link JiraAccess} and {@link BitbucketAccess} share: flavor, base URL and "set X" messages. */
final class AccessSettings {

    private AccessSettings() {
    }

    /** {@code cloud} or {@code datacenter}, case-insensitive. */
    static SourceFlavor flavor(String product, String flavor) {
        String value = flavor == null ? "" : flavor.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "cloud":
                return SourceFlavor.CLOUD;
            case "datacenter":
            case "data-center":
                return SourceFlavor.DATACENTER;
            default:
                throw new UsageException(product + " flavor: expected cloud or datacenter, got '"
                        + UntrustedText.oneLine(flavor, 40) + "'");
        }
    }

    /** The base URL given, else the one under {@code name}; {@code null} when neither is set. */
    static URI url(URI given, CredentialSource env, String name) {
        if (given != null) {
            return checked(given, name);
        }
        String text = env.value(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return checked(new URI(text), name);
        } catch (URISyntaxException e) {
            throw new UsageException(name + ": not a valid URL (" + UntrustedText.oneLine(e.getReason(), 80) + ")");
        }
    }

    private static URI checked(URI url, String name) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || "http".equals(scheme)) || url.getHost() == null) {
            throw new UsageException(name + ": expected an http(s) URL such as https://example.com, got "
                    + UntrustedText.oneLine(Urls.display(url), 100));
        }
        if (url.getRawUserInfo() != null) {
            throw new UsageException(name + ": must not contain a user name or password; use the credential settings");
        }
        return url;
    }

    /** Fails naming the settings that are still missing when some of a group were given. */
    static void requireAll(CredentialSource env, String what, List<String> names) {
        List<String> missing = names.stream().filter(n -> !env.has(n)).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            List<String> given = names.stream().filter(env::has).collect(Collectors.toList());
            throw new UsageException(what + ": " + and(given) + (given.size() == 1 ? " is" : " are")
                    + " set but " + and(missing) + (missing.size() == 1 ? " is" : " are") + " not; set "
                    + and(missing));
        }
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    static String and(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
