package io.releasecopilot.report.excel;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * Compresses a zip stream on a second thread.
 *
 * <p>fastexcel builds the XML and deflates it on the calling thread, one after the other. With this class
 * fastexcel writes with deflate level 0 (stored blocks, close to a copy) into {@link #input()}, a bounded
 * in-memory pipe; a background thread reads the zip entries back and writes them, deflated at the given
 * level, to the target with {@link ZipOutputStream}. Building XML and compressing then run on two cores.
 * Memory is bounded by the pipe: at most {@link #CHUNKS} chunks of {@link #CHUNK_SIZE} bytes in flight.
 *
 * <p>It earns its place: the workbook is the audit's longest write (the JSON report, on the other core, ends
 * first), and with deflate on the writing thread the whole 10× benchmark audit took 1.50 × the wall time
 * (three pairs in turn, 0.98–1.58, on a moderately loaded 2-core machine; CPU 0.97 ×), which alone would
 * take the audit further from its goal of 3 × a bare parse (docs/benchmarks.md). On a machine whose
 * cores are all busy with other work it gains nothing (0.83 ×, 0.70–1.07).
 *
 * <p>The reader takes what a streaming zip writer produces: local headers, deflated data (or stored data
 * of known size), data descriptors with 4- or 8-byte sizes (opczip, fastexcel's zip library, writes 8-byte
 * sizes without a zip64 field), then the central directory, which is dropped and written anew. Each
 * entry's CRC is checked, so a stream it misreads fails instead of producing a damaged file.
 *
 * <p>The output is a plain {@link ZipOutputStream} zip, readable as a stream. Like any streamed zip, an
 * entry above 4 GB uncompressed would need zip64 data descriptors; a sheet is far below that within
 * Excel's row limit unless its cells hold tens of kilobytes each.
 */
final class BackgroundCompression {

    static final int CHUNK_SIZE = 256 * 1024;
    static final int CHUNKS = 8;

    private static final long LOC_SIGNATURE = 0x04034b50L;
    private static final long DESCRIPTOR_SIGNATURE = 0x08074b50L;
    private static final long CEN_SIGNATURE = 0x02014b50L;
    private static final long END_SIGNATURE = 0x06054b50L;
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
    private final PipeOutput input = new PipeOutput();
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean aborted;

    private BackgroundCompression(OutputStream target, int level) {
        thread = new Thread(() -> run(target, level), "xlsx-compression");
        thread.setDaemon(true);
    }

    /** Starts the background thread that writes the recompressed zip to {@code target}. */
    static BackgroundCompression start(OutputStream target, int level) {
        BackgroundCompression compression = new BackgroundCompression(target, level);
        compression.thread.start();
        return compression;
    }

    /** Returns the stream the zip is written to, deflated at level 0. */
    OutputStream input() {
        return input;
    }

    /** Ends the input and waits until the target holds the whole zip; rethrows the thread's failure. */
    void finish() throws IOException {
        input.close();
        join();
        rethrow();
    }

    /** Stops the background thread after a failure of the writer; the target holds a partial zip. */
    void abort() {
        aborted = true;
        join();
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
                aborted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable cause = failure;
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
    }

    private void run(OutputStream target, int level) {
        try {
            recompress(new Reader(new PipeInput()), target, level);
        } catch (Throwable t) {
            failure = t;
        }
    }

    private static void recompress(Reader in, OutputStream target, int level) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(level);
        Inflater inflater = new Inflater(true);
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try {
            long signature;
            while ((signature = in.u32()) == LOC_SIGNATURE) {
                copyEntry(in, zip, inflater, crc, buffer);
            }
            if (signature != CEN_SIGNATURE && signature != END_SIGNATURE) {
                throw new ZipException("not a zip stream: unexpected record " + Long.toHexString(signature));
            }
            zip.finish(); // the central directory of the input is left unread and written anew
            target.flush();
            in.drain();
        } finally {
            inflater.end();
        }
    }

    private static void copyEntry(Reader in, ZipOutputStream zip, Inflater inflater, CRC32 crc, byte[] buffer)
            throws IOException {
        in.skip(2); // version needed
        int flags = in.u16();
        int method = in.u16();
        in.skip(4); // time, date
        long headerCrc = in.u32();
        long headerCompressed = in.u32();
        in.skip(4); // size
        int nameLength = in.u16();
        int extraLength = in.u16();
        String name = new String(in.bytes(nameLength), StandardCharsets.UTF_8);
        in.skip(extraLength);
        boolean descriptor = (flags & 8) != 0;

        zip.putNextEntry(new ZipEntry(name));
        crc.reset();
        long compressed;
        long size;
        if (method == ZipEntry.DEFLATED) {
            inflater.reset();
            inflate(in, zip, inflater, crc, buffer, name);
            compressed = inflater.getBytesRead();
            size = inflater.getBytesWritten();
        } else if (method == ZipEntry.STORED && !descriptor && headerCompressed != 0xFFFFFFFFL) {
            in.copy(headerCompressed, zip, crc);
            compressed = headerCompressed;
            size = headerCompressed;
        } else {
            throw new ZipException("unsupported zip entry " + name + " (method " + method + ")");
        }
        zip.closeEntry();

        long expectedCrc = descriptor ? readDescriptor(in, compressed, size, name) : headerCrc;
        if (expectedCrc != crc.getValue()) {
            throw new ZipException("CRC mismatch in zip entry " + name);
        }
    }

    private static void inflate(Reader in, ZipOutputStream zip, Inflater inflater, CRC32 crc, byte[] buffer,
            String name) throws IOException {
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    in.handTo(inflater);
                }
                int n = inflater.inflate(buffer);
                if (n > 0) {
                    crc.update(buffer, 0, n);
                    zip.write(buffer, 0, n);
                } else if (inflater.needsDictionary()) {
                    throw new ZipException("zip entry " + name + " needs a dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw new ZipException("bad deflate data in zip entry " + name + ": " + e.getMessage());
        }
        in.giveBack(inflater.getRemaining());
    }

    /** Reads a data descriptor: optional signature, CRC, then sizes of 4 or 8 bytes each; returns the CRC. */
    private static long readDescriptor(Reader in, long compressed, long size, String name) throws IOException {
        long first = in.u32();
        long crc = first == DESCRIPTOR_SIGNATURE ? in.u32() : first;
        byte[] next = in.peek(24);
        if (next.length >= 12 && le32(next, 0) == compressed && le32(next, 4) == size
                && isSignature(le32(next, 8))) {
            in.skip(8);
        } else if (next.length >= 16 && le64(next, 0) == compressed && le64(next, 8) == size) {
            in.skip(16);
        } else {
            throw new ZipException("bad data descriptor of zip entry " + name);
        }
        return crc;
    }

    private static boolean isSignature(long value) {
        return value == LOC_SIGNATURE || value == CEN_SIGNATURE;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static long le64(byte[] b, int at) {
        return le32(b, at) | le32(b, at + 4) << 32;
    }

    /** A filled part of a buffer; an empty chunk ends the stream. */
    private record Chunk(byte[] data, int length) {
    }

    /** The writer's side of the pipe: fills chunks and queues them. */
    private final class PipeOutput extends OutputStream {
        private byte[] buffer = new byte[CHUNK_SIZE];
        private int length;
        private boolean closed;

        @java.lang.Override
        public void write(int b) throws IOException {
            if (length == buffer.length) {
                send();
            }
            buffer[length++] = (byte) b;
        }

        @java.lang.Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (length == buffer.length) {
                    send();
                }
                int n = Math.min(len, buffer.length - length);
                System.arraycopy(b, off, buffer, length, n);
                length += n;
                off += n;
                len -= n;
            }
        }

        @java.lang.Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (length > 0) {
                send();
            }
            put(new Chunk(new byte[0], 0));
        }

        private void send() throws IOException {
            put(new Chunk(buffer, length));
            byte[] recycled = free.poll();
            buffer = recycled != null ? recycled : new byte[CHUNK_SIZE];
            length = 0;
        }

        private void put(Chunk chunk) throws IOException {
            try {
                while (!full.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (failure != null || !thread.isAlive()) {
                        rethrow();
                        throw new IOException("the compression thread ended early");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the workbook");
            }
        }
    }

    /** The compression thread's side of the pipe. */
    private final class PipeInput extends InputStream {
        private Chunk current;
        private int position;
        private boolean ended;

        @java.lang.Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @java.lang.Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (current == null || position == current.length()) {
                if (ended || !next()) {
                    return -1;
                }
            }
            int n = Math.min(len, current.length() - position);
            System.arraycopy(current.data(), position, b, off, n);
            position += n;
            return n;
        }

        private boolean next() throws IOException {
            if (current != null && current.length() > 0) {
                free.offer(current.data());
            }
            current = null;
            position = 0;
            try {
                Chunk chunk = null;
                while (chunk == null) {
                    if (aborted) {
                        throw new IOException("writing the workbook was aborted");
                    }
                    chunk = full.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (chunk.length() == 0) {
                    ended = true;
                    return false;
                }
                current = chunk;
                return true;
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted while compressing the workbook");
            }
        }
    }

    /** Little-endian reading with look-ahead over a stream, and hand-over of raw bytes to an inflater. */
    private static final class Reader {
        private final InputStream in;
        private byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;

        Reader(InputStream in) {
            this.in = in;
        }

        int u16() throws IOException {
            require(2);
            int value = (buffer[position] & 0xFF) | (buffer[position + 1] & 0xFF) << 8;
            position += 2;
            return value;
        }

        long u32() throws IOException {
            require(4);
            long value = le32(buffer, position);
            position += 4;
            return value;
        }

        byte[] bytes(int n) throws IOException {
            require(n);
            byte[] out = new byte[n];
            System.arraycopy(buffer, position, out, 0, n);
            position += n;
            return out;
        }

        void skip(long n) throws IOException {
            while (n > 0) {
                if (position == limit && !fill(1)) {
                    throw new EOFException("unexpected end of zip stream");
                }
                int step = (int) Math.min(n, limit - position);
                position += step;
                n -= step;
            }
        }

        /** Returns up to {@code n} next bytes without consuming them; fewer at the end of the stream. */
        byte[] peek(int n) throws IOException {
            fill(n);
            int available = Math.min(n, limit - position);
            byte[] out = new byte[available];
            System.arraycopy(buffer, position, out, 0, available);
            return out;
        }

        void copy(long n, OutputStream out, CRC32 crc) throws IOException {
            while (n > 0) {
                if (position == limit && !fill(1)) {
                    throw new EOFException("unexpected end of zip stream");
                }
                int step = (int) Math.min(n, limit - position);
                crc.update(buffer, position, step);
                out.write(buffer, position, step);
                position += step;
                n -= step;
            }
        }

        /** Gives the inflater the buffered bytes, reading more first if none are left. */
        void handTo(Inflater inflater) throws IOException {
            if (position == limit && !fill(1)) {
                throw new EOFException("unexpected end of zip stream");
            }
            inflater.setInput(buffer, position, limit - position);
            position = limit;
        }

        /** Takes back the bytes the inflater did not use; they are still in the buffer. */
        void giveBack(int remaining) {
            position -= remaining;
        }

        void drain() throws IOException {
            position = limit;
            while (in.read(buffer, 0, buffer.length) >= 0) {
                // the rest is the input's central directory
            }
            limit = 0;
            position = 0;
        }

        private void require(int n) throws IOException {
            if (!fill(n)) {
                throw new EOFException("unexpected end of zip stream");
            }
        }

        /** Makes at least {@code n} bytes available if the stream has them; returns whether it did. */
        private boolean fill(int n) throws IOException {
            if (limit - position >= n) {
                return true;
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            if (n > buffer.length) {
                byte[] larger = new byte[n];
                System.arraycopy(buffer, 0, larger, 0, limit);
                buffer = larger;
            }
            while (limit < n) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
            return true;
        }
    }
}
