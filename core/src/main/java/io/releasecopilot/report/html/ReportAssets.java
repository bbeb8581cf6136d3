package io.releasecopilot.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The static files of the HTML report, read from the class path ({@code io/releasecopilot/report/html/}).
 * Scripts are plain ES2020 without modules (modules do not load from {@code file://}) and run in the order of
 * {@link #SCRIPTS}; each adds to one global, {@code ReleaseCopilot}. A host page that serves them itself (the
 * Jenkins build page) includes {@link #STYLESHEET} and the scripts in this order.
 */
public final class ReportAssets {

    /** The style sheet. */
    public static final String STYLESHEET = "report.css";

    /** The scripts, in the order they must run. */
    public static final List<String> SCRIPTS = List.of(
            "report-core.js", "report-model.js", "report-table.js", "report-views.js", "report-compare.js",
            "report.js");

    /** Every asset: the style sheet, then the scripts. */
    public static final List<String> ALL = Stream.concat(Stream.of(STYLESHEET), SCRIPTS.stream()).toList();

    private ReportAssets() {
    }

    /**
     * Opens an asset.
     *
     * @throws IllegalArgumentException when the name is not one of {@link #ALL}
     */
    public static InputStream open(String name) {
        if (!ALL.contains(name)) {
            throw new IllegalArgumentException("not a report asset: " + name);
        }
        InputStream in = ReportAssets.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("report asset missing from the class path: " + name);
        }
        return in;
    }

    /** Returns the media type to serve an asset with. */
    public static String contentType(String name) {
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    }

    /** Copies every asset into the folder. */
    static void copyTo(Path dir) throws IOException {
        for (String name : ALL) {
            try (InputStream in = open(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
