package io.releasecopilot.cli;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.report.html.ReportHeader;
import io.releasecopilot.report.store.ReportStore;
import io.releasecopilot.report.store.StoredReport;
import java.io.IOException;
import java.io.InputStream;
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
 * each with a stable id (a hash of its key) by which alone it can be opened. Heads are read once per file
 * version (key, size, modification time); other JSON files are skipped.
 */
final class RunIndex {

    private static final Logger LOG = System.getLogger(RunIndex.class.getName());

    /** A report in the store. */
    record Run(String id, String key, ReportHeader header, Instant lastModified) {

        /** Returns when the run was made: the report's generatedAt, else the file's modification time. */
        Instant time() {
            return header.generatedAt() != null ? header.generatedAt() : lastModified;
        }
    }

    /** The head of one file version; {@code header} is null for a file that is not a report. */
    private record Read(long size, Instant lastModified, ReportHeader header) {
    }

    private final ReportStore store;
    private Map<String, Read> reads = new HashMap<>();
    private List<Run> runs = List.of();

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
        for (StoredReport file : store.list()) {
            Read read = reads.get(file.key());
            if (read == null || read.size() != file.size() || !read.lastModified().equals(file.lastModified())) {
                read = new Read(file.size(), file.lastModified(), head(file.key()));
            }
            next.put(file.key(), read);
            if (read.header() != null) {
                found.add(new Run(id(file.key()), file.key(), read.header(), file.lastModified()));
            }
        }
        found.sort(Comparator.comparing(Run::time).reversed().thenComparing(Run::key));
        reads = next;
        runs = List.copyOf(found);
        return runs;
    }

    /** Returns the run with this id, listing the store again once if it is not known yet. */
    synchronized Optional<Run> find(String id) {
        Optional<Run> run = runs.stream().filter(r -> r.id().equals(id)).findFirst();
        return run.isPresent() ? run : refresh().stream().filter(r -> r.id().equals(id)).findFirst();
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

    private ReportHeader head(String key) {
        try (InputStream in = store.open(key)) {
            return ReportHeader.read(in, key);
        } catch (AuditException | IOException e) {
            LOG.log(Level.DEBUG, "skipping {0}: {1}", key, e.getMessage());
            return null;
        }
    }
}
