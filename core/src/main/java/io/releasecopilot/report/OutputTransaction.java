package io.releasecopilot.report;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes several output files so that either all of them replace their targets or none does (README.md, "Exit codes").
 *
 * <p>Each {@link #write} goes to a temporary file next to its target; {@link #commit} then moves every temporary
 * file onto its target, atomically where the file system can. {@link #close} deletes whatever was not committed,
 * so a failing writer, or a failure anywhere before {@code commit}, leaves existing files untouched:
 *
 * <pre>{@code
 * try (OutputTransaction tx = new OutputTransaction()) {
 *     tx.write(json, out -> ReportJsonWriter.write(report, out));
 *     tx.write(summary, out -> SummaryJsonWriter.write(report, out));
 *     tx.commit();
 * }
 * }</pre>
 *
 * <p>A target that is not a regular file ({@code /dev/null}, a FIFO, {@code /dev/stdout}; see {@link #writesInPlace})
 * is never renamed over: its content is staged in the system's temporary folder and written into it on
 * {@code commit}. A target reached through a symbolic link is replaced where the link leads, so the link stays.
 * Temporary files a killed writer left beside a target are deleted when that target is written again.
 *
 * <p>Once a {@code write} has failed, {@code commit} refuses to replace anything and throws that failure again.
 * {@code write} may be called from several threads at once, and the writers run in parallel; call {@code commit}
 * after every {@code write} has returned. Should a move fail
 * during {@code commit}, the targets moved before it keep their new content and the others their old content.
 * Failures are reported as {@link AuditException}s whose message names the target:
 * {@code cannot write dist/audit.json: permission denied (dist)}.
 */
public final class OutputTransaction implements AutoCloseable {

    private enum State { OPEN, COMMITTED, FAILED, CLOSED }

    /** A written temporary file waiting for {@link #commit}; {@code inPlace} copies it instead of moving it. */
    private record Pending(Path target, Path temp, boolean inPlace) {
    }

    private static final Pattern TEMP_SUFFIX = Pattern.compile("\\.[0-9a-f]{1,16}\\.tmp");

    private final Set<Path> targets = new HashSet<>();
    private final Set<Path> temps = new HashSet<>();
    private final Map<Path, Pending> ready = new LinkedHashMap<>();
    private State state = State.OPEN;
    private AuditException failure;

    /**
     * Writes a file to replace {@code target} on {@link #commit}, creating missing parent directories.
     * The writer's stream is buffered; the writer need not close it.
     *
     * @throws AuditException when the writer or the file system fails, or the target was already written
     * @throws IllegalStateException after {@code commit} or {@code close}
     */
    public void write(Path target, IoConsumer<OutputStream> writer) {
        Objects.requireNonNull(writer, "writer");
        Path key = target.toAbsolutePath().normalize();
        boolean inPlace = writesInPlace(key);
        synchronized (this) {
            requireOpen();
            if (!inPlace && !targets.add(key)) {
                failure = new AuditException("cannot write " + target + ": named twice as an output");
                throw failure;
            }
        }
        Path temp = null;
        boolean written = false;
        AuditException error = null;
        try {
            if (key.getParent() == null || Files.isDirectory(key)) {
                throw new FileSystemException(null, null, "it is a directory");
            }
            if (inPlace) {
                temp = Files.createTempFile("rc-output-", ".tmp");
                synchronized (this) {
                    temps.add(temp);
                }
            } else {
                Files.createDirectories(key.getParent());
                deleteStaleTemps(key);
                temp = createTemp(key);
            }
            fill(temp, writer);
            written = true;
        } catch (IOException | RuntimeException e) {
            error = new AuditException("cannot write " + target + ": " + reason(e), e);
            throw error;
        } finally {
            finish(key, target, temp, inPlace, written, error);
        }
    }

    /**
     * Returns whether a target is written in place rather than replaced: a character device, a FIFO or anything
     * else that exists and is neither a regular file nor a folder (symbolic links followed), and every path under
     * {@code /dev} or {@code /proc} ({@code /dev/null}, {@code /dev/stdout}). Renaming a file over such a target
     * would replace the device node or the link instead of writing to it.
     */
    public static boolean writesInPlace(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) {
            return true;
        }
        return Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute);
    }

    /**
     * Moves every written file onto its target.
     *
     * @throws AuditException the failure of an earlier {@code write}, replacing nothing; or naming the first
     *                        target that could not be replaced
     * @throws IllegalStateException after {@code commit} or {@code close}
     */
    public synchronized void commit() {
        requireOpen();
        if (failure != null) {
            throw new AuditException(failure.getMessage(), failure);
        }
        state = State.FAILED;
        for (Pending pending : ready.values()) {
            try {
                if (pending.inPlace()) {
                    copyInto(pending.temp(), pending.target().toAbsolutePath());
                    deleteQuietly(pending.temp());
                } else {
                    move(pending.temp(), destination(pending.target().toAbsolutePath()));
                }
            } catch (IOException e) {
                throw new AuditException("cannot write " + pending.target() + ": " + reason(e), e);
            }
            temps.remove(pending.temp());
        }
        ready.clear();
        state = State.COMMITTED;
    }

    /** Deletes every temporary file not committed; the transaction can no longer be used. */
    @Override
    public synchronized void close() {
        for (Path temp : temps) {
            deleteQuietly(temp);
        }
        temps.clear();
        ready.clear();
        state = State.CLOSED;
    }

    private synchronized void finish(Path key, Path target, Path temp, boolean inPlace, boolean written,
            AuditException error) {
        if (written && state == State.OPEN) {
            ready.put(inPlace ? temp : key, new Pending(target, temp, inPlace));
            return;
        }
        if (!written && failure == null) {
            failure = error != null ? error : new AuditException("cannot write " + target + ": the writer failed");
        }
        if (temp != null) {
            deleteQuietly(temp);
            temps.remove(temp);
        }
        targets.remove(key);
        if (written) {
            throw new IllegalStateException("output transaction ended while writing " + target);
        }
    }

    private static void fill(Path temp, IoConsumer<OutputStream> writer) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            writer.accept(new KeepOpen(out));
            out.flush();
            channel.force(true);
        }
    }

    private Path createTemp(Path key) throws IOException {
        String prefix = tempPrefix(key);
        for (int attempt = 0; ; attempt++) {
            Path temp = key.resolveSibling(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            synchronized (this) {
                temps.add(temp);
            }
            return temp;
        }
    }

    /** Writes a finished temporary file into a device or FIFO, which is opened for writing only. */
    private static void copyInto(Path temp, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            Files.copy(temp, out);
        }
    }

    /** Returns where a rename goes: through a symbolic link to the file it names, so the link stays a link. */
    private static Path destination(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.isRegularFile(target) ? target.toRealPath() : target;
    }

    /** Deletes the temporary files a killed writer of the same target left behind. */
    private void deleteStaleTemps(Path key) throws IOException {
        String prefix = tempPrefix(key);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(key.getParent(), ".*.tmp")) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && TEMP_SUFFIX.matcher(name.substring(prefix.length() - 1)).matches()
                        && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS) && !isOwnTemp(sibling)) {
                    deleteQuietly(sibling);
                }
            }
        }
    }

    private synchronized boolean isOwnTemp(Path temp) {
        return temps.contains(temp);
    }

    private static String tempPrefix(Path key) {
        String name = key.getFileName().toString();
        return "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("output transaction is " + state.name().toLowerCase(Locale.ROOT));
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // best effort: a stray temporary file is harmless and named as such
        }
    }

    /** Returns a one-line reason for a failure, without a stack trace. */
    static String reason(Exception e) {
        if (e instanceof FileSystemException fs) {
            String what = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof NotDirectoryException ? "not a directory"
                    : e instanceof FileAlreadyExistsException ? "a file is in the way"
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return UntrustedText.oneLine(fs.getFile() == null ? what : what + " (" + fs.getFile() + ")");
        }
        String message = e.getMessage();
        return UntrustedText.oneLine(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }

    /** Hands the writer the stream without letting it close it; {@code close} only flushes. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
