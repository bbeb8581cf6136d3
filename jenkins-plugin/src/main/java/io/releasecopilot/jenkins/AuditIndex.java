package io.releasecopilot.jenkins;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's list of its builds that ran {@code releaseAudit}: a small text file in the job's folder on the
 * controller ({@value #FILE}, one build number a line, oldest first, the newest {@value #KEEP} kept). The job page
 * and the trend read it instead of loading builds: a job that never audited has no file and costs one
 * {@code stat}; the trend loads only the builds listed.
 */
final class AuditIndex {

    static final String FILE = "release-audit-builds.txt";
    static final int KEEP = 100;

    private AuditIndex() {
    }

    /** Whether any build of the job ran the step. */
    static boolean exists(File jobDir) {
        return new File(jobDir, FILE).isFile();
    }

    /** Returns when the list last changed, and its length, as one value that changes with each record. */
    static String version(File jobDir) {
        File file = new File(jobDir, FILE);
        return file.lastModified() + ":" + file.length();
    }

    /** Returns the audited build numbers, newest first; empty when there are none or the file is unreadable. */
    static List<Integer> newestFirst(File jobDir) {
        List<Integer> numbers = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(new File(jobDir, FILE).toPath(), StandardCharsets.UTF_8)) {
                if (line.strip().matches("\\d{1,9}")) {
                    numbers.add(0, Integer.valueOf(line.strip()));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return numbers;
    }

    /** Adds the build, once; rewrites the file atomically so a reader never sees half of it. */
    static synchronized void record(File jobDir, int build) throws IOException {
        List<Integer> numbers = new ArrayList<>(newestFirst(jobDir));
        if (numbers.contains(build)) {
            return;
        }
        numbers.add(build);
        numbers.sort(null);
        List<String> lines = numbers.subList(Math.max(0, numbers.size() - KEEP), numbers.size()).stream()
                .map(String::valueOf).toList();
        Path target = new File(jobDir, FILE).toPath();
        Path temporary = Files.createTempFile(jobDir.toPath(), FILE, ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
