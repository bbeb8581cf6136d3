package io.releasecopilot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTransactionTest {

    @TempDir
    Path dir;

    @Test
    void shouldReplaceTheTargetsOnlyOnCommit() throws IOException {
        Path target = dir.resolve("audit.json");
        Files.writeString(target, "old");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(target, text("new"));
            assertThat(target).hasContent("old");

            tx.commit();
        }

        assertThat(target).hasContent("new");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void shouldCreateMissingParentDirectories() {
        Path target = dir.resolve("dist/reports/summary.md");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(target, text("# summary"));
            tx.commit();
        }

        assertThat(target).hasContent("# summary");
    }

    @Test
    void shouldLeaveTheOldFileByteIdenticalAndNoTemporaryFileWhenAWriterThrows() throws IOException {
        Path target = dir.resolve("audit.json");
        byte[] old = {1, 2, 3, '{', '}', (byte) 0xff};
        Files.write(target, old);

        assertThatThrownBy(() -> {
            try (OutputTransaction tx = new OutputTransaction()) {
                tx.write(target, out -> {
                    out.write("partial".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                });
                tx.commit();
            }
        }).isInstanceOf(AuditException.class)
                .hasMessage("cannot write " + target + ": disk full");

        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        assertThat(files()).containsExactly(target);
    }

    @Test
    void shouldReplaceNothingWhenALaterWriterFails() throws IOException {
        Path first = dir.resolve("audit.json");
        Path second = dir.resolve("summary.json");
        Files.writeString(first, "old audit");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(first, text("new audit"));
            assertThatThrownBy(() -> tx.write(second, out -> {
                throw new IllegalStateException("boom");
            })).isInstanceOf(AuditException.class).hasMessage("cannot write " + second + ": boom");
        }

        assertThat(first).hasContent("old audit");
        assertThat(files()).containsExactly(first);
    }

    @Test
    void shouldRefuseToCommitAfterAWriteFailed() throws IOException {
        Path first = dir.resolve("audit.json");
        Path second = dir.resolve("summary.json");
        Files.writeString(first, "old audit");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(first, text("new audit"));
            assertThatThrownBy(() -> tx.write(second, out -> {
                throw new IOException("disk full");
            })).isInstanceOf(AuditException.class);

            assertThatThrownBy(tx::commit).isInstanceOf(AuditException.class)
                    .hasMessage("cannot write " + second + ": disk full");
        }

        assertThat(first).hasContent("old audit");
        assertThat(files()).containsExactly(first);
    }

    @Test
    void shouldDeleteUncommittedFilesOnClose() {
        Path target = dir.resolve("audit.json");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(target, text("never committed"));
        }

        assertThat(files()).isEmpty();
    }

    @Test
    void shouldNameTheTargetWithoutAStackTraceWhenTheDirectoryCannotBeMade() throws IOException {
        Path blocker = dir.resolve("dist");
        Files.writeString(blocker, "a file, not a directory");
        Path target = blocker.resolve("audit.json");

        try (OutputTransaction tx = new OutputTransaction()) {
            assertThatThrownBy(() -> tx.write(target, text("x")))
                    .isInstanceOf(AuditException.class)
                    .hasMessageStartingWith("cannot write " + target + ": ")
                    .hasMessageNotContaining("\n")
                    .hasMessageNotContaining("Exception");
        }
        assertThat(blocker).hasContent("a file, not a directory");
    }

    @Test
    void shouldRefuseADirectory() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("out"));

        try (OutputTransaction tx = new OutputTransaction()) {
            assertThatThrownBy(() -> tx.write(directory, text("x")))
                    .hasMessage("cannot write " + directory + ": it is a directory");
        }

        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void shouldRefuseTheSameTargetTwiceAndThenCommitNothing() {
        Path target = dir.resolve("audit.json");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(target, text("one"));
            assertThatThrownBy(() -> tx.write(dir.resolve("./audit.json"), text("two")))
                    .hasMessageEndingWith(": named twice as an output");
            assertThatThrownBy(tx::commit).hasMessageEndingWith(": named twice as an output");
        }

        assertThat(files()).isEmpty();
    }

    @Test
    void shouldLetWritersCloseTheirStream() {
        Path target = dir.resolve("audit.json");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(target, out -> {
                out.write('x');
                out.close();
            });
            tx.commit();
        }

        assertThat(target).hasContent("x");
    }

    @Test
    void shouldRefuseUseAfterCommit() {
        try (OutputTransaction tx = new OutputTransaction()) {
            tx.commit();

            assertThatThrownBy(() -> tx.write(dir.resolve("late.json"), text("x")))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(tx::commit).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldRunWritersFromTwoThreadsAtOnce() throws Exception {
        Path json = dir.resolve("audit.json");
        Path summary = dir.resolve("summary.json");
        Files.writeString(json, "old");
        CyclicBarrier bothInside = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (OutputTransaction tx = new OutputTransaction()) {
            List<Future<?>> writes = List.of(
                    pool.submit(() -> tx.write(json, meetThenWrite(bothInside, "report"))),
                    pool.submit(() -> tx.write(summary, meetThenWrite(bothInside, "summary"))));
            for (Future<?> write : writes) {
                write.get(10, TimeUnit.SECONDS);
            }
            tx.commit();
        } finally {
            pool.shutdownNow();
        }

        assertThat(json).hasContent("report".repeat(10_000));
        assertThat(summary).hasContent("summary".repeat(10_000));
        assertThat(files()).containsExactlyInAnyOrder(json, summary);
    }

    @Test
    void shouldWriteIntoACharacterDeviceInsteadOfReplacingIt() throws Exception {
        Path device = dir.resolve("null");
        int made = run("mknod", device.toString(), "c", "1", "3");
        Assumptions.assumeTrue(made == 0, "creating a character device (mknod) needs root; CI runs as root");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(device, text("report"));
            tx.write(dir.resolve("audit.json"), text("{}"));
            tx.commit();
        }

        assertThat(Files.isRegularFile(device)).as("still a device, not replaced by a file").isFalse();
        assertThat(device).exists();
        assertThat(Files.size(device)).isZero();
        assertThat(dir.resolve("audit.json")).hasContent("{}");
    }

    @Test
    void shouldWriteIntoAFifoThatAReaderDrains() throws Exception {
        Path fifo = dir.resolve("report.pipe");
        Assumptions.assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is not available");
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<String> read = reader.submit(() -> Files.readString(fifo));

            try (OutputTransaction tx = new OutputTransaction()) {
                tx.write(fifo, text("report through a pipe"));
                tx.commit();
            }

            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("report through a pipe");
            assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
            assertThat(files()).isEmpty();
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void shouldNotRenameOverPathsUnderDev() {
        assertThat(OutputTransaction.writesInPlace(Path.of("/dev/null"))).isTrue();
        assertThat(OutputTransaction.writesInPlace(Path.of("/dev/stdout"))).isTrue();
        assertThat(OutputTransaction.writesInPlace(dir.resolve("audit.json"))).isFalse();
    }

    @Test
    void shouldDeleteTheTemporaryFilesAKilledWriterLeftBehind() throws IOException {
        Path target = dir.resolve("audit.json");
        Path stale = Files.writeString(dir.resolve(".audit.json.3f2a9c01d4e5b6a7.tmp"), "half a report");
        Path otherOutput = Files.writeString(dir.resolve(".audit.xlsx.3f2a9c01d4e5b6a7.tmp"), "another output");
        Path userFile = Files.writeString(dir.resolve(".audit.json.notes.tmp"), "not ours");

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(target, text("{}"));
            tx.commit();
        }

        assertThat(stale).doesNotExist();
        assertThat(otherOutput).exists();
        assertThat(userFile).exists();
    }

    @Test
    void shouldReplaceTheFileALinkNamesAndKeepTheLink() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("audit.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("audit.json"), real);

        try (OutputTransaction tx = new OutputTransaction()) {
            tx.write(link, text("new"));
            tx.commit();
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Returns a writer that waits until the other writer is running too, so the two overlap. */
    private static IoConsumer<OutputStream> meetThenWrite(CyclicBarrier barrier, String text) {
        return out -> {
            try {
                barrier.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("the writers did not run at the same time", e);
            }
            for (int i = 0; i < 10_000; i++) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static IoConsumer<OutputStream> text(String content) {
        return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
