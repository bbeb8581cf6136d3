package io.releasecopilot.jenkins;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import jenkins.util.VirtualFile;

/**
 * Answers a GET of the build pages' data endpoints: an archived report JSON streamed from the artifact manager
 * (so remote artifact storage works too), or JSON the plugin made. Always {@code application/json} with
 * {@code nosniff}, so a browser never renders the data as a page.
 */
final class ArtifactResponse {

    private ArtifactResponse() {
    }

    /** Sends the archived file, or 404 when it is missing (the artifact was deleted or never archived). */
    static void send(HttpServletResponse response, VirtualFile file) throws IOException {
        if (file == null || !file.isFile()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        headers(response);
        long length = file.length();
        if (length > 0) {
            response.setContentLengthLong(length);
        }
        try (InputStream in = file.open(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** Answers 403: the user may not see what the endpoint serves. */
    static void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Sends JSON the plugin wrote. */
    static void send(HttpServletResponse response, byte[] json) throws IOException {
        headers(response);
        response.setContentLength(json.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(json);
        }
    }

    private static void headers(HttpServletResponse response) {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-cache");
    }
}
