package io.releasecopilot.audit;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.report.MarkdownSummaryWriter;
import io.releasecopilot.report.OutputTransaction;
import io.releasecopilot.report.ReportJsonWriter;
import io.releasecopilot.report.SummaryJsonWriter;
import io.releasecopilot.report.excel.ExcelReportWriter;
import io.releasecopilot.report.html.HtmlReportWriter;
import io.releasecopilot.report.html.StagedDirectory;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes a report's files in one transaction: the two big files (JSON, Excel) are written concurrently,
 * and no file replaces an existing one unless all were written.
 */
final class ReportFiles {

    private final OutputTargets targets;

    /**
     * Prepares the writing; checks at once what can be checked before an audit runs: that the HTML folder may be
     * replaced and that the report to compare with is one.
     */
    ReportFiles(OutputTargets targets) {
        this.targets = targets;
        if (targets.html() != null) {
            HtmlReportWriter.check(targets.html(), targets.compare());
        }
    }

    List<Path> write(AuditReport report) {
        ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "rc-writer");
            thread.setDaemon(true);
            return thread;
        });
        try (OutputTransaction tx = new OutputTransaction()) {
            List<CompletableFuture<Void>> jobs = new ArrayList<>();
            if (targets.xlsx() != null) {
                jobs.add(CompletableFuture.runAsync(() -> tx.write(targets.xlsx(),
                        out -> new ExcelReportWriter().write(report, out)), pool));
            }
            if (targets.json() != null) {
                jobs.add(CompletableFuture.runAsync(() -> tx.write(targets.json(),
                        out -> ReportJsonWriter.write(report, out)), pool));
            }
            if (targets.summary() != null) {
                tx.write(targets.summary(), out -> SummaryJsonWriter.write(report, out));
            }
            if (targets.markdown() != null) {
                tx.write(targets.markdown(), out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    MarkdownSummaryWriter.write(report, writer);
                    writer.flush();
                });
            }
            try (StagedDirectory html = stageHtml(report, jobs)) {
                join(jobs);
                tx.commit();
                if (html != null) {
                    html.commit();
                }
            }
            return targets.all();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes the HTML folder beside its target while the pool writes the big files; it is swapped in last. */
    private StagedDirectory stageHtml(AuditReport report, List<CompletableFuture<Void>> jobs) {
        if (targets.html() == null) {
            return null;
        }
        try {
            return HtmlReportWriter.stage(report, targets.html(), targets.compare());
        } catch (RuntimeException e) {
            CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
            throw e;
        }
    }

    private static void join(List<CompletableFuture<Void>> jobs) {
        try {
            CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof AuditException audit) {
                throw audit;
            }
            throw new AuditException("cannot write the report: " + e.getCause(), e.getCause());
        }
    }
}
