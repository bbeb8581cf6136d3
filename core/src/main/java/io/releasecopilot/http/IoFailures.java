package io.releasecopilot.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Short descriptions of transport failures for retry lines and errors: no stack trace, no header values. */
final class IoFailures {

    private IoFailures() {
    }

    static String describe(IOException e, Duration timeout, Duration connectTimeout, Redaction redaction) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connect timed out after " + Durations.format(connectTimeout);
        }
        if (e instanceof HttpTimeoutException) {
            return "no complete response within " + Durations.format(timeout);
        }
        String detail = detail(e, redaction);
        if (e instanceof ConnectException) {
            return "could not connect (" + detail + ")";
        }
        if (e instanceof SSLException) {
            return "TLS failure (" + detail + ")";
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("reset")) {
            return "connection reset (" + detail + ")";
        }
        if (lower.contains("no bytes")) {
            return "connection closed before the response (" + detail + ")";
        }
        if (lower.contains("eof") || lower.contains("content-length") || lower.contains("closed")
                || lower.contains("chunk") || lower.contains("truncated")) {
            return "response cut short (" + detail + ")";
        }
        if (lower.contains("status line") || lower.contains("header")) {
            return "malformed response (" + detail + ")";
        }
        return "connection failed (" + detail + ")";
    }

    /** The first message along the cause chain, masked, with the exception's simple name when there is none. */
    private static String detail(Throwable e, Redaction redaction) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return redaction.excerpt(t.getMessage(), 120);
            }
        }
        return e.getClass().getSimpleName();
    }
}
