package io.releasecopilot.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class BackgroundCompressionTest {

    @Test
    void shouldRecompressDeflatedAndStoredEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.xml", "<a>hello</a>".repeat(1000).getBytes(StandardCharsets.UTF_8));
        entries.put("empty.xml", new byte[0]);
        entries.put("stored.bin", random(300_000));
        entries.put("big.xml", "<row r=\"1\"><c>x</c></row>".repeat(200_000).getBytes(StandardCharsets.UTF_8));
        byte[] input = zip(entries, "stored.bin");

        ByteArrayOutputStream target = new ByteArrayOutputStream();
        BackgroundCompression compression = BackgroundCompression.start(target, 1);
        compression.input().write(input);
        compression.finish();

        Map<String, byte[]> output = unzip(target.toByteArray());
        assertThat(output.keySet()).containsExactlyElementsOf(entries.keySet());
        output.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(entries.get(name)));
    }

    @Test
    void shouldRejectAnEntryWhoseCrcDoesNotMatch() throws IOException {
        byte[] stored = zip(Map.of("s.bin", "stored".getBytes(StandardCharsets.UTF_8)), "s.bin");
        stored[14] ^= 0x01; // the CRC field of the local header of a stored entry

        BackgroundCompression compression = BackgroundCompression.start(new ByteArrayOutputStream(), 1);
        compression.input().write(stored);

        assertThatThrownBy(compression::finish).isInstanceOf(ZipException.class).hasMessageContaining("CRC");
    }

    @Test
    void shouldFailTheWriterWhenTheInputIsNotAZip() {
        BackgroundCompression compression = BackgroundCompression.start(new ByteArrayOutputStream(), 1);

        assertThatThrownBy(() -> {
            byte[] junk = new byte[BackgroundCompression.CHUNK_SIZE];
            for (int i = 0; i < 100; i++) {
                compression.input().write(junk);
            }
            compression.finish();
        }).isInstanceOf(IOException.class);
    }

    @Test
    void shouldPassOnTheTargetsFailureWithoutHanging() {
        OutputStream failing = new OutputStream() {
            @java.lang.Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> new ExcelReportWriter(ExcelReportWriter.EXCEL_MAX_ROWS,
                ExcelReportWriter.EXCEL_MAX_HYPERLINKS, true).write(ReportFixture.create().build(), failing))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void shouldStopWhenTheWriterAborts() throws IOException {
        BackgroundCompression compression = BackgroundCompression.start(new ByteArrayOutputStream(), 1);
        compression.input().write(new byte[1000]);

        long start = System.nanoTime();
        compression.abort();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldWriteTheSameWorkbookWithAndWithoutBackgroundCompression() throws IOException {
        var report = ReportFixture.create()
                .orphan(ReportFixture.commit("portal", ReportFixture.hash(1), null, "=1+1"))
                .build();
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ByteArrayOutputStream background = new ByteArrayOutputStream();

        new ExcelReportWriter(10, 10, false).write(report, serial);
        new ExcelReportWriter(10, 10, true).write(report, background);

        Map<String, byte[]> expected = unzipAll(serial.toByteArray());
        Map<String, byte[]> actual = unzip(background.toByteArray());
        expected.remove("docProps/core.xml"); // holds the creation time
        actual.remove("docProps/core.xml");
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        actual.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(expected.get(name)));
    }

    private static byte[] zip(Map<String, byte[]> entries, String storedName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals(storedName)) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Reads a zip as a plain stream, the strictest way: any bad descriptor fails. */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.DEFLATED);
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Reads a zip through its central directory (fastexcel's own output is not stream-readable). */
    private static Map<String, byte[]> unzipAll(byte[] zip) throws IOException {
        Path file = Files.createTempFile("serial", ".xlsx");
        try {
            Files.write(file, zip);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile zipFile = new ZipFile(file.toFile())) {
                var all = zipFile.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    entries.put(entry.getName(), zipFile.getInputStream(entry).readAllBytes());
                }
            }
            return entries;
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new Random(7).nextBytes(bytes);
        return bytes;
    }
}
