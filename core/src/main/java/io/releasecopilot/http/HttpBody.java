package io.releasecopilot.http;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A successful response.
 *
 * @param url     the address that answered
 * @param status  the HTTP status, 2xx
 * @param body    the raw body, exactly as received
 * @param headers the response headers, names in lower case
 */
public record HttpBody(URI url, int status, byte[] body, Map<String, List<String>> headers) {

    public HttpBody {
        headers = Map.copyOf(headers);
    }
}
