package io.releasecopilot.report.html;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.report.ReportJsonWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the HTML report folder ({@code --html DIR}): {@value #INDEX} with the report JSON in a data island, the
 * assets of {@link ReportAssets} beside it and, with a previous report to compare with, that report's JSON in a
 * second island. The folder works from {@code file://} and needs no network.
 *
 * <p>The folder is written to a staging folder first and swapped in at the end, so a failed write leaves an
 * existing report folder intact ({@link StagedDirectory}).
 */
public final class HtmlReportWriter {

    /** The page's file name. */
    public static final String INDEX = "index.html";

    private HtmlReportWriter() {
    }

    /**
     * Writes the report folder, replacing an earlier report folder at {@code dir}.
     *
     * @param previousReportJson a {@code release-audit/v1} report to compare with, or {@code null}
     * @throws UsageException when the previous report is missing or not such a report, or {@code dir} is a file
     *                        or a folder holding other files
     * @throws AuditException when the folder cannot be written; an existing folder is then left as it was
     */
    public static void write(AuditReport report, Path dir, Path previousReportJson) {
        try (StagedDirectory staged = stage(report, dir, previousReportJson)) {
            staged.commit();
        }
    }

    /**
     * Checks, before any work, what would make {@link #write} fail for the caller's inputs: a previous report
     * that is missing or not a report, and a {@code dir} that may not be replaced.
     *
     * @throws UsageException see {@link #write}
     */
    public static void check(Path dir, Path previousReportJson) {
        if (previousReportJson != null) {
            SafeReportJson.check(previousReportJson);
        }
        StagedDirectory.checkReplaceable(dir, fileNames());
    }

    /**
     * Writes the report folder into a staging folder beside {@code dir}; the caller commits it (with other
     * outputs) or closes it to discard it.
     *
     * @throws UsageException see {@link #write}
     * @throws AuditException see {@link #write}
     */
    public static StagedDirectory stage(AuditReport report, Path dir, Path previousReportJson) {
        if (previousReportJson != null) {
            SafeReportJson.check(previousReportJson);
        }
        StagedDirectory staged = StagedDirectory.create(dir, fileNames());
        try {
            writeIndex(staged.path().resolve(INDEX), report, previousReportJson);
            ReportAssets.copyTo(staged.path());
            return staged;
        } catch (IOException e) {
            staged.close();
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new AuditException("cannot write " + dir + ": " + reason, e);
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /** Returns the names of the files a report folder holds. */
    public static Set<String> fileNames() {
        Set<String> names = new HashSet<>(ReportAssets.ALL);
        names.add(INDEX);
        return Set.copyOf(names);
    }

    private static void writeIndex(Path file, AuditReport report, Path previous) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            HtmlPage.write(out, ReportHeader.of(report), "", json -> ReportJsonWriter.write(report, json),
                    previous == null ? null : json -> SafeReportJson.copy(previous, json));
            out.flush();
            channel.force(true);
        }
    }
}
