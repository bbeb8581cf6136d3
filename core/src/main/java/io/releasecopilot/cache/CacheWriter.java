package io.releasecopilot.cache;

import io.releasecopilot.common.AuditException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes a {@code release-copilot-cache/v1} directory (docs/cache-layout.md) while a live fetch runs: every
 * page is stored raw, exactly as received, and {@code manifest.json} is rewritten atomically (a temporary file
 * moved over it) after every page, so a run killed at any moment leaves a manifest that lists only complete
 * pages and says where to resume.
 *
 * <p>{@link #open} compares the request with the manifest it finds. Entries asked for in the same way are
 * carried over: an interrupted fetch resumes, a complete ref can be updated incrementally. Entries asked for
 * differently, or all of them with {@code refresh}, start afresh; entries no longer asked for leave the
 * manifest. A manifest that cannot be read is never overwritten without {@code refresh}.
 *
 * <p>Generations: while {@code manifest.json} describes a complete fetch, the writer keeps it for readers and writes
 * its progress to {@code manifest.next.json}, never deleting or overwriting a page the complete generation lists;
 * {@link #publish} moves the next manifest over {@code manifest.json} once every fetch of it is complete. A run
 * killed before leaves the complete generation readable and the next run resumes from {@code manifest.next.json}.
 *
 * <p>Thread-safe: the fetches of several refs write through their own {@link PageLog} or {@link CommitLog}
 * at the same time; manifest updates are serialised.
 */
public final class CacheWriter implements AutoCloseable {

    private static final String MANIFEST = "manifest.json";
    private static final String NEXT = "manifest.next.json";
    private static final String LOCK = ".lock";

    private final Path dir;
    private final Path manifest;
    private final Clock clock;
    /** The manifest as last written; replaced as a whole under {@link #lock}. */
    private Manifest state;
    private final Map<String, String> repoDirs;
    private final Object lock = new Object();
    /** The pages of the complete generation readers see while this fetch writes the next one; empty when none. */
    private Set<String> published;
    /** {@code manifest.json}, or {@code manifest.next.json} while a complete generation is to be kept. */
    private Path target;
    private FileChannel lockChannel;
    private FileLock fileLock;

    private CacheWriter(Path dir, Clock clock, Manifest state, Map<String, String> repoDirs,
            boolean keep, Set<String> published) {
        this.dir = dir;
        this.manifest = dir.resolve(MANIFEST);
        this.clock = clock;
        this.state = state;
        this.repoDirs = repoDirs;
        this.published = published;
        this.target = keep ? dir.resolve(NEXT) : manifest;
    }

    /**
     * Opens {@code dir} for the fetch described by {@code request} and writes the manifest for it.
     *
     * @param refresh whether to ignore what the cache holds (and overwrite a manifest that cannot be read)
     * @throws AuditException naming the file when the directory cannot be written, when another run is writing it
     *                        (it holds {@code .lock}), or when its manifest is malformed or of another layout and
     *                        {@code refresh} is off
     */
    public static CacheWriter open(Path dir, CacheRequest request, boolean refresh) {
        return open(dir, request, refresh, Clock.systemUTC());
    }

    static CacheWriter open(Path dir, CacheRequest request, boolean refresh, Clock clock) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(request, "request");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new AuditException(dir + ": not a directory, expected a cache directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AuditException(dir + ": cannot create the cache directory (" + e.getMessage() + ")");
        }
        FileChannel channel = null;
        FileLock held = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            held = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            closeQuietly(channel);
            throw new AuditException(dir + ": another run is writing this cache directory (it holds "
                    + dir.resolve(LOCK) + "); wait for it or choose another --cache-dir");
        }
        try {
            Path manifest = dir.resolve(MANIFEST);
            Path next = dir.resolve(NEXT);
            Manifest current = !Files.exists(manifest) ? null : refresh ? loadIfValid(manifest) : load(manifest);
            boolean keep = current != null && current.complete();
            Manifest old = refresh ? null : keep && Files.exists(next) ? load(next) : current;
            if (!keep) {
                Files.deleteIfExists(next);
            }
            Set<String> kept = keep ? current.allPages() : Set.of();
            Map<String, String> repoDirs = CacheDirs.names(request.repositories().stream()
                    .map(CacheRequest.Repo::name).toList());
            CacheWriter writer = new CacheWriter(dir, clock, Manifest.next(old, request, now(clock)), repoDirs, keep,
                    kept);
            writer.lockChannel = channel;
            writer.fileLock = held;
            writer.update(m -> m);
            return writer;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AuditException(dir.resolve(NEXT) + ": cannot delete (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Makes what this fetch wrote the generation readers see, once every fetch of it is complete: the manifest of
     * the next generation is moved over {@code manifest.json} and the pages only the previous generation listed
     * are deleted. Until then readers keep reading the previous complete generation. Does nothing when the fetch
     * is not complete (a later run resumes it) or when it already writes {@code manifest.json}.
     */
    public void publish() {
        List<String> previous;
        synchronized (lock) {
            if (target.equals(manifest) || !state.complete()) {
                return;
            }
            update(m -> m);
            try {
                Files.move(target, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new AuditException(manifest + ": cannot write (" + e.getMessage() + ")");
            }
            target = manifest;
            previous = new ArrayList<>(published);
            published = Set.of();
        }
        deleteUnlisted(previous);
    }

    /** Releases the directory for other runs; the cache stays as written. */
    @Override
    public void close() {
        try {
            if (fileLock != null && fileLock.isValid()) {
                fileLock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases the lock as well
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    /** Returns the manifest, or null when it cannot be read (a refresh replaces it). */
    private static Manifest loadIfValid(Path manifest) {
        try {
            return load(manifest);
        } catch (AuditException e) {
            return null;
        }
    }

    private static Manifest load(Path manifest) {
        try {
            return Manifest.read(new CacheFile(manifest.getFileName().toString(), manifest, 0));
        } catch (AuditException e) {
            throw new AuditException(e.getMessage() + "; the cache was left as it is: use --refresh to start it"
                    + " afresh, or choose another --cache-dir");
        }
    }

    /** Returns the cache directory. */
    public Path dir() {
        return dir;
    }

    /** Returns the log of the Jira search pages. */
    public PageLog jira() {
        return new PageLog(this, "jira", Manifest::jira,
                (m, pages, next) -> m.withJira(m.jira().withPages(pages, next)));
    }

    /** Returns the log of the commit pages of one requested ref. */
    public CommitLog commits(String repo, String ref) {
        int i = repo(repo);
        List<String> refs = manifest().repositories().get(i).refs().stream().map(Manifest.Ref::ref).toList();
        int j = refs.indexOf(ref);
        if (j < 0) {
            throw new IllegalArgumentException("ref " + ref + " of " + repo + " was not requested");
        }
        String refDir = "bitbucket/" + repoDirs.get(repo) + "/" + CacheDirs.names(refs).get(ref);
        return new CommitLog(this, refDir, m -> m.repositories().get(i).refs().get(j),
                (m, changed) -> m.withRepo(i, r -> r.withRef(j, changed)));
    }

    /** Returns the log of the merged pull request pages of one requested repository. */
    public PageLog pullRequests(String repo) {
        int i = repo(repo);
        if (manifest().repositories().get(i).pullRequests() == null) {
            throw new IllegalArgumentException("pull requests of " + repo + " were not requested");
        }
        return new PageLog(this, "pullrequests/" + repoDirs.get(repo), m -> m.repositories().get(i).pullRequests(),
                (m, pages, next) -> m.withRepo(i, r -> r.withPullRequests(r.pullRequests().withPages(pages, next))));
    }

    /** Returns the commit page files the manifest lists for a repository, all refs, in manifest order. */
    public List<Path> commitPages(String repo) {
        List<Path> files = new ArrayList<>();
        for (Manifest.Ref ref : manifest().repositories().get(repo(repo)).refs()) {
            for (String page : ref.pages()) {
                Path file = inside(page);
                if (file != null) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** Returns the index of a requested repository in the manifest. */
    private int repo(String name) {
        List<Manifest.Repo> repos = manifest().repositories();
        for (int i = 0; i < repos.size(); i++) {
            if (repos.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("repository " + name + " was not requested");
    }

    /** Returns the manifest as last written. */
    Manifest manifest() {
        synchronized (lock) {
            return state;
        }
    }

    /** Stores one page at {@code relative} (a temporary file moved into place). */
    void writePage(String relative, byte[] body) {
        Path file = dir.resolve(relative);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(tmp, body);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AuditException(file + ": cannot write the page (" + e.getMessage() + ")");
        }
    }

    /** Replaces the manifest with {@code change} applied to it and writes it, holding the lock; returns the old one. */
    Manifest update(UnaryOperator<Manifest> change) {
        synchronized (lock) {
            Manifest result = state;
            state = change.apply(state).withUpdatedAt(now(clock));
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    state.write(out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new AuditException(target + ": cannot write (" + e.getMessage() + ")");
            }
            return result;
        }
    }

    /** Deletes page files the manifest no longer lists; files outside the cache or not named like pages stay. */
    void deleteUnlisted(List<String> pages) {
        if (pages.isEmpty()) {
            return;
        }
        Set<String> listed;
        synchronized (lock) {
            listed = new HashSet<>(state.allPages());
            listed.addAll(published);
        }
        for (String page : pages) {
            Path file = inside(page);
            if (file != null && !listed.contains(page) && CacheDirs.isPage(page)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a stale page left behind is harmless: only listed pages are read
                }
            }
        }
    }

    /**
     * Returns the number of the next page file of {@code pagesDir}: after the highest of {@code listed} and of
     * the pages the previous generation keeps there, so a new page never replaces a page a reader may read.
     */
    int nextNumber(String pagesDir, List<String> listed) {
        synchronized (lock) {
            int highest = CacheDirs.highest(listed);
            for (String page : published) {
                if (page.startsWith(pagesDir + "/")) {
                    highest = Math.max(highest, CacheDirs.number(page));
                }
            }
            return highest + 1;
        }
    }

    /** Returns the file of a listed page, or null when the path leaves the cache directory or is invalid. */
    private Path inside(String page) {
        try {
            Path root = dir.toAbsolutePath().normalize();
            Path file = dir.resolve(page).toAbsolutePath().normalize();
            return !Path.of(page).isAbsolute() && file.startsWith(root) && !file.equals(root) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
