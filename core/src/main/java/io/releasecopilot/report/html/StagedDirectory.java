package io.releasecopilot.report.html;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A folder written beside its target and swapped in by {@link #commit}, so that a failed write leaves an existing
 * folder as it was (docs/html-report.md, "Writing it"). {@link #close} deletes the staged folder unless it was
 * committed.
 *
 * <p>An existing target is only ever replaced when it is empty or holds nothing but the files this folder is
 * made of: a folder with anything else in it (say {@code dist/} with the JSON report) is refused rather than
 * deleted. The swap renames the old folder aside, renames the new one into place and then deletes the old
 * one; should the second rename fail, the old folder is renamed back.
 */
public final class StagedDirectory implements AutoCloseable {

    /** The rest of the name of a staging ({@code .tmp}) or moved-aside ({@code .old}) folder after the prefix. */
    private static final Pattern STALE = Pattern.compile("[0-9a-f]{1,16}\\.(tmp|old)");

    private final Path target;
    private final Path staged;
    private boolean done;

    private StagedDirectory(Path target, Path staged) {
        this.target = target;
        this.staged = staged;
    }

    /**
     * Creates an empty staging folder beside {@code target}, creating missing parents.
     *
     * @param names the only names an existing target may hold to be replaced
     * @throws UsageException when {@code target} is a file, or a folder holding other files
     * @throws AuditException when the staging folder cannot be created
     */
    public static StagedDirectory create(Path target, Set<String> names) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new UsageException("cannot write a report folder at " + target);
        }
        checkReplaceable(target, names);
        try {
            Files.createDirectories(parent);
            deleteStale(absolute);
            return new StagedDirectory(absolute, createSibling(absolute, ".tmp"));
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Returns the staging folder to write into. */
    public Path path() {
        return staged;
    }

    /**
     * Puts the staged folder in place of the target.
     *
     * @throws AuditException naming the target when it cannot be replaced; the old folder then stays
     */
    public void commit() {
        if (done) {
            throw new IllegalStateException("already committed or closed: " + target);
        }
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path old = createSibling(target, ".old");
                Path aside = old.resolve("previous");
                move(target, aside);
                try {
                    move(staged, target);
                } catch (IOException e) {
                    move(aside, target);
                    deleteTree(old);
                    throw e;
                }
                deleteTree(old);
            } else {
                move(staged, target);
            }
            done = true;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Deletes the staged folder unless it was committed. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            deleteTree(staged);
        }
    }

    /**
     * Checks that {@code target} is missing, or a folder holding only files with the given names.
     *
     * @throws UsageException when it is a file, or a folder holding anything else
     */
    public static void checkReplaceable(Path target, Set<String> names) {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("cannot write report folder " + target + ": it is a file");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!names.contains(name) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw new UsageException("will not replace " + target + ": it holds " + name
                            + ", which is not part of a report folder; choose a new or empty folder");
                }
            }
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /**
     * Deletes the hidden folders a killed writer of the same target left beside it: staging folders, and the
     * folder the old report was moved aside to once the target is back in place.
     */
    private static void deleteStale(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        boolean targetExists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), ".*")) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (!name.startsWith(prefix) || !Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rest = name.substring(prefix.length());
                if (STALE.matcher(rest).matches() && (rest.endsWith(".tmp") || targetExists)) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Creates a hidden folder beside the target; unlike a temporary folder, it gets the umask's permissions. */
    private static Path createSibling(Path target, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createDirectory(target.resolveSibling(name + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a stray hidden folder beside the report is harmless
        }
    }

    private static AuditException failure(Path target, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new AuditException("cannot write " + target + ": " + reason, e);
    }
}
