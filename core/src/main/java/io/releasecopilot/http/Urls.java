package io.releasecopilot.http;

import java.net.URI;
import java.util.Locale;

/** Addresses as they appear in messages and logs, and the origin check that keeps credentials at home. */
final class Urls {

    private Urls() {
    }

    /** The address without user info or fragment: {@code scheme://host[:port]/path[?query]}. */
    static String display(URI url) {
        StringBuilder text = new StringBuilder();
        text.append(url.getScheme()).append("://").append(url.getHost() == null ? "" : url.getHost());
        if (url.getPort() != -1) {
            text.append(':').append(url.getPort());
        }
        text.append(url.getRawPath() == null ? "" : url.getRawPath());
        if (url.getRawQuery() != null) {
            text.append('?').append(url.getRawQuery());
        }
        return text.toString();
    }

    /** The host in lower case, or the empty string. */
    static String host(URI url) {
        return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    }

    /** {@code scheme://host:port} with the default port made explicit. */
    static String origin(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        if (port == -1) {
            port = "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        }
        return scheme + "://" + host(url) + ":" + port;
    }
}
