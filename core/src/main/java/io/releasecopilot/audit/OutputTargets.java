package io.releasecopilot.audit;

import io.releasecopilot.common.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an audit writes its files; a {@code null} path means that output is not written.
 *
 * @param json     the report JSON ({@code release-audit/v1})
 * @param xlsx     the Excel workbook
 * @param summary  the summary JSON ({@code release-audit-summary/v1})
 * @param markdown the Markdown summary
 * @param html     the HTML report folder
 * @param compare  a previous report JSON the HTML report compares with; needs {@code html}
 */
public record OutputTargets(Path json, Path xlsx, Path summary, Path markdown, Path html, Path compare) {

    public OutputTargets {
        if (compare != null && html == null) {
            throw new UsageException("--compare " + compare + " needs --html: the comparison is part of the HTML report");
        }
    }

    /** Returns targets without an HTML report. */
    public OutputTargets(Path json, Path xlsx, Path summary, Path markdown) {
        this(json, xlsx, summary, markdown, null, null);
    }

    /** Returns the defaults of the predecessor: {@code dist/audit.json}, {@code dist/audit.xlsx}, {@code dist/audit-summary.json}. */
    public static OutputTargets defaults() {
        return new OutputTargets(Path.of("dist", "audit.json"), Path.of("dist", "audit.xlsx"),
                Path.of("dist", "audit-summary.json"), null);
    }

    /** Returns the configured paths in a fixed order: JSON, Excel, summary, Markdown, HTML folder. */
    public List<Path> all() {
        List<Path> paths = new ArrayList<>();
        for (Path path : new Path[] {json, xlsx, summary, markdown, html}) {
            if (path != null) {
                paths.add(path);
            }
        }
        return paths;
    }
}
