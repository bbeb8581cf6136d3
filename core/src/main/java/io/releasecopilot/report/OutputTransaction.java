package io.releasecopilot.report;

import io.releasecopilot.common.AuditException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
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

/**
 * Writes several output files so that either all of them replace their targets or none does (PRODUCT.md §5).
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
 * <p>Once a {@code write} has failed, {@code commit} refuses to replace anything and throws that failure again.
 * {@code write} may be called from several threads at once, and the writers run in parallel; call {@code commit}
 * after every {@code write} has returned. Should a move fail
 * during {@code commit}, the targets moved before it keep their new content and the others their old content.
 * Failures are reported as {@link AuditException}s whose message names the target:
 * {@code cannot write dist/audit.json: permission denied (dist)}.
 */
public final class OutputTransaction implements AutoCloseable {

    private enum State { OPEN, COMMITTED, FAILED, CLOSED }

    /** A written temporary file waiting for {@link #commit}. */
    private record Pending(Path target, Path temp) {
    }

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
        synchronized (this) {
            requireOpen();
            if (!targets.add(key)) {
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
            Files.createDirectories(key.getParent());
            temp = createTemp(key);
            fill(temp, writer);
            written = true;
        } catch (IOException | RuntimeException e) {
            error = new AuditException("cannot write " + target + ": " + reason(e), e);
            throw error;
        } finally {
            finish(key, target, temp, written, error);
        }
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
                move(pending.temp(), pending.target().toAbsolutePath());
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

    private synchronized void finish(Path key, Path target, Path temp, boolean written, AuditException error) {
        if (written && state == State.OPEN) {
            ready.put(key, new Pending(target, temp));
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
        String name = key.getFileName().toString();
        String prefix = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
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
            return PlainText.oneLine(fs.getFile() == null ? what : what + " (" + fs.getFile() + ")");
        }
        String message = e.getMessage();
        return PlainText.oneLine(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
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
