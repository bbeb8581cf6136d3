package io.releasecopilot.report.store;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Report files under a local folder: every {@code *.json} file up to {@value #MAX_DEPTH} folders deep, skipping
 * hidden files and folders (such as the staging folders of a report being written). Symbolic links are not
 * followed, and {@link #open} reads only regular files inside the folder; a symbolic link or other special file
 * named {@code *.json} is listed with its problem so that it is not missed silently.
 */
public final class DirectoryReportStore implements ReportStore {

    /** How many folders deep the listing looks. */
    public static final int MAX_DEPTH = 8;

    private final Path root;

    /**
     * Creates a store on a folder.
     *
     * @throws UsageException when the folder does not exist
     */
    public DirectoryReportStore(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UsageException(root + ": no such folder");
        }
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public List<StoredReport> list() {
        List<StoredReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.find(root, MAX_DEPTH, (path, attributes) -> !attributes.isDirectory()
                && path.getFileName().toString().endsWith(".json") && !hidden(path))) {
            files.forEach(path -> reports.add(stored(path)));
        } catch (IOException | UncheckedIOException e) {
            throw new AuditException("cannot list " + root + ": " + e.getMessage(), e);
        }
        return reports;
    }

    @Override
    public InputStream open(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || hidden(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new AuditException("no report " + key + " in " + root);
        }
        try {
            return new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16);
        } catch (IOException e) {
            throw new AuditException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean hidden(Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private StoredReport stored(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            String key = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
            String problem = attributes.isRegularFile() ? null
                    : attributes.isSymbolicLink() ? "it is a symbolic link, which is not followed"
                    : "it is not a regular file";
            return new StoredReport(key, attributes.size(), attributes.lastModifiedTime().toInstant(), problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
