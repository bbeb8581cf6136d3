package io.releasecopilot.source;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Building request addresses from user input, and following the links an API returns. Every user value is
 * percent-encoded (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~}, so a space is {@code %20} and
 * {@code /} in a ref is {@code %2F}); a link from a response is used as given, but only on the host it
 * was configured for, so credentials never travel to another host.
 */
public final class ApiUrls {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ApiUrls() {
    }

    /** Percent-encodes {@code value} for a query parameter or one path segment. */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Returns {@code base} (trailing slashes dropped) + {@code path} + {@code ?query} when a query is given. */
    public static URI resolve(URI base, String path, String query) {
        String text = trimSlashes(base.toString()) + path + (query == null || query.isEmpty() ? "" : "?" + query);
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new AuditException("cannot build a request address from " + base + ": " + e.getMessage());
        }
    }

    /** Returns {@code text} without trailing slashes. */
    public static String trimSlashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Returns the link {@code href} an API gave (a {@code next} page, a pull request's commits) as an address.
     * Characters that may not appear in an address are percent-encoded; nothing else changes.
     *
     * @param base the configured base; the link must use its scheme, host and port
     * @param what what the link is, for the error message
     * @throws AuditException when the link is not an absolute address on the configured host
     */
    public static URI link(URI base, String href, String what) {
        URI uri;
        try {
            uri = new URI(escapeIllegal(href.strip()));
        } catch (URISyntaxException e) {
            throw new AuditException(what + " is not a valid address: " + UntrustedText.echo(href, 200));
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new AuditException(what + " is not an absolute address: " + UntrustedText.echo(href, 200));
        }
        if (!sameOrigin(base, uri)) {
            throw new AuditException(what + " points to another host (" + uri.getScheme() + "://" + uri.getHost()
                    + port(uri) + ", configured " + base.getScheme() + "://" + base.getHost() + port(base)
                    + "); not followed, so credentials stay with the configured host");
        }
        return uri;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static String port(URI uri) {
        return uri.getPort() >= 0 ? ":" + uri.getPort() : "";
    }

    private static String escapeIllegal(String href) {
        StringBuilder out = new StringBuilder(href.length());
        for (int i = 0; i < href.length();) {
            int c = href.codePointAt(i);
            boolean legal = c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0;
            out.append(legal ? Character.toString(c) : encode(Character.toString(c)));
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
