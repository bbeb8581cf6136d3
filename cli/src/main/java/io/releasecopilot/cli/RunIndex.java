package io.releasecopilot.cli;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.report.html.ReportHeader;
import io.releasecopilot.report.html.SafeReportJson;
import io.releasecopilot.report.store.ReportStore;
import io.releasecopilot.report.store.StoredReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs {@code rc serve} knows: the {@code release-audit/v1} reports of a {@link ReportStore}, newest first,
 * each with a stable id (a hash of its key) by which alone it can be opened. Each file version (key, size,
 * modification time) is read once, in full, so that a truncated report is found before anyone opens it. A JSON
 * document of another schema (such as a summary) is skipped; any other file that is not a readable report
 * (empty, not JSON, cut short, a figure of the wrong type, a symbolic link) is kept as {@link Broken}, with its
 * problem, so that the list can mark it.
 */
final class RunIndex {

    private static final Logger LOG = System.getLogger(RunIndex.class.getName());

    /** A JSON file of the store that the index lists: a {@link Run} or a {@link Broken} file. */
    sealed interface Entry permits Run, Broken {

        String id();

        String key();
    }

    /** A report in the store. */
    record Run(String id, String key, ReportHeader header, Instant lastModified) implements Entry {

        /** Returns when the run was made: the report's generatedAt, else the file's modification time. */
        Instant time() {
            return header.generatedAt() != null ? header.generatedAt() : lastModified;
        }
    }

    /** A JSON file in the store that should be a report but cannot be read as one; {@code problem} names it. */
    record Broken(String id, String key, String problem) implements Entry {
    }

    /**
     * What one file version holds: a report's head, or the problem that makes it unreadable; neither for a
     * document of another schema.
     */
    private record Read(long size, Instant lastModified, ReportHeader header, String problem) {
    }

    private final ReportStore store;
    private Map<String, Read> reads = new HashMap<>();
    private List<Run> runs = List.of();
    private List<Broken> broken = List.of();

    RunIndex(ReportStore store) {
        this.store = store;
    }

    ReportStore store() {
        return store;
    }

    /**
     * Lists the store again and returns its runs, newest first.
     *
     * @throws AuditException when the store cannot be listed
     */
    synchronized List<Run> refresh() {
        Map<String, Read> next = new HashMap<>();
        List<Run> found = new ArrayList<>();
        List<Broken> unreadable = new ArrayList<>();
        for (StoredReport file : store.list()) {
            Read read = reads.get(file.key());
            if (read == null || read.size() != file.size() || !read.lastModified().equals(file.lastModified())) {
                read = file.problem() != null
                        ? new Read(file.size(), file.lastModified(), null, file.key() + ": " + file.problem())
                        : read(file);
            }
            next.put(file.key(), read);
            if (read.header() != null) {
                found.add(new Run(id(file.key()), file.key(), read.header(), file.lastModified()));
            } else if (read.problem() != null) {
                unreadable.add(new Broken(id(file.key()), file.key(), read.problem()));
            }
        }
        found.sort(Comparator.comparing(Run::time).reversed().thenComparing(Run::key));
        unreadable.sort(Comparator.comparing(Broken::key));
        reads = next;
        runs = List.copyOf(found);
        broken = List.copyOf(unreadable);
        return runs;
    }

    /** Returns the files of the last {@link #refresh} that should be reports but cannot be read, by key. */
    synchronized List<Broken> broken() {
        return broken;
    }

    /**
     * Lists the store again and returns what the file with this id is now: a run, a broken file, or neither
     * when there is no such file. Pages call this so that a report changed since the last listing is read again
     * before any of it is sent.
     */
    synchronized Optional<Entry> current(String id) {
        refresh();
        Optional<Entry> run = runs.stream().filter(r -> r.id().equals(id)).findFirst().map(Entry.class::cast);
        return run.isPresent() ? run : broken.stream().filter(b -> b.id().equals(id)).findFirst().map(Entry.class::cast);
    }

    /** Returns the next older run of the same fix version, if any. */
    synchronized Optional<Run> previous(Run run) {
        return runs.stream()
                .filter(other -> other.header().fixVersion().equals(run.header().fixVersion()))
                .filter(other -> other.time().isBefore(run.time()))
                .findFirst();
    }

    /** Returns the id of a key: 16 hex digits of its SHA-256. */
    static String id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a file's head, then the whole file, which must be one complete report. */
    private Read read(StoredReport file) {
        String key = file.key();
        try {
            ReportHeader header;
            try (InputStream in = store.open(key)) {
                header = ReportHeader.read(in, key);
            }
            try (InputStream in = store.open(key)) {
                SafeReportJson.copy(in, OutputStream.nullOutputStream(), key);
            }
            return new Read(file.size(), file.lastModified(), header, null);
        } catch (ReportHeader.OtherDocumentException e) {
            LOG.log(Level.DEBUG, "skipping {0}: {1}", key, e.getMessage());
            return new Read(file.size(), file.lastModified(), null, null);
        } catch (AuditException | IOException e) {
            String problem = file.size() == 0 ? key + " is empty"
                    : e instanceof AuditException ? e.getMessage() : "cannot read " + key + ": " + e.getMessage();
            LOG.log(Level.WARNING, "{0}", problem);
            return new Read(file.size(), file.lastModified(), null, problem);
        }
    }
}
