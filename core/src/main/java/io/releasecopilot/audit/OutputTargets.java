package io.releasecopilot.audit;

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
 */
public record OutputTargets(Path json, Path xlsx, Path summary, Path markdown) {

    /** Returns the defaults of the predecessor: {@code dist/audit.json}, {@code dist/audit.xlsx}, {@code dist/audit-summary.json}. */
    public static OutputTargets defaults() {
        return new OutputTargets(Path.of("dist", "audit.json"), Path.of("dist", "audit.xlsx"),
                Path.of("dist", "audit-summary.json"), null);
    }

    /** Returns the configured paths in a fixed order: JSON, Excel, summary, Markdown. */
    public List<Path> all() {
        List<Path> paths = new ArrayList<>();
        for (Path path : new Path[] {json, xlsx, summary, markdown}) {
            if (path != null) {
                paths.add(path);
            }
        }
        return paths;
    }
}
