package io.releasecopilot.audit;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.OutputTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and folders one audit reads and writes, each with the flag that names it. {@link #check} refuses,
 * before anything is read, every output that could destroy what the audit reads or another output: the same file
 * as an input or another output, a file inside the cache, anything inside the HTML folder (it is replaced as a
 * whole). Paths are compared as they resolve: symbolic links are followed, and a file that does not exist yet is
 * resolved through its nearest existing parent.
 *
 * <pre>{@code
 * AuditPaths.of(options).input("--config", configFile).check();
 * }</pre>
 */
public final class AuditPaths {

    private enum Kind { INPUT, CACHE, FILE_OUTPUT, FOLDER_OUTPUT }

    private record Entry(String flag, Path given, Kind kind) {

        String describe() {
            return flag + " " + given;
        }

        boolean output() {
            return kind == Kind.FILE_OUTPUT || kind == Kind.FOLDER_OUTPUT;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    private AuditPaths() {
    }

    /** Returns the paths of an audit's options, named by the CLI's flags. */
    public static AuditPaths of(AuditOptions options) {
        OutputTargets outputs = options.outputs();
        return new AuditPaths()
                .input("--policy", options.policyFile())
                .input("--overrides", options.overridesFile())
                .input("--compare", outputs.compare())
                .cache("--cache-dir", options.cacheDir())
                .output("--json", outputs.json())
                .output("--xlsx", outputs.xlsx())
                .output("--summary", outputs.summary())
                .output("--markdown", outputs.markdown())
                .outputFolder("--html", outputs.html());
    }

    /** Adds a file the audit (or its front end) reads; {@code null} is ignored. */
    public AuditPaths input(String flag, Path path) {
        return add(flag, path, Kind.INPUT);
    }

    /** Adds the cache directory, which is read and may be written by a fetch, never by an output. */
    public AuditPaths cache(String flag, Path dir) {
        return add(flag, dir, Kind.CACHE);
    }

    /** Adds a file the audit writes; {@code null} is ignored. */
    public AuditPaths output(String flag, Path path) {
        return add(flag, path, Kind.FILE_OUTPUT);
    }

    /** Adds a folder the audit replaces as a whole; {@code null} is ignored. */
    public AuditPaths outputFolder(String flag, Path dir) {
        return add(flag, dir, Kind.FOLDER_OUTPUT);
    }

    private AuditPaths add(String flag, Path path, Kind kind) {
        if (path != null) {
            entries.add(new Entry(flag, path, kind));
        }
        return this;
    }

    /**
     * Checks every path; reads no file.
     *
     * @throws UsageException naming the flag (and, for a conflict, both flags) of the first problem: an empty path,
     *                        a folder given as an output file, or an output that overlaps an input, the cache or
     *                        another output
     */
    public void check() {
        List<Path> resolved = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.given().toString().isBlank()) {
                throw new UsageException(entry.flag() + " must not be empty");
            }
            if (entry.kind() == Kind.FILE_OUTPUT && Files.isDirectory(entry.given())) {
                throw new UsageException(entry.describe() + " is a folder; give the name of a file to write");
            }
            resolved.add(resolve(entry.given()));
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry output = entries.get(i);
            if (!output.output()) {
                continue;
            }
            for (int j = 0; j < entries.size(); j++) {
                Entry other = entries.get(j);
                if (j != i && !(other.output() && j < i)) {
                    checkPair(output, resolved.get(i), other, resolved.get(j));
                }
            }
        }
    }

    private static void checkPair(Entry output, Path outputPath, Entry other, Path otherPath) {
        if (outputPath.equals(otherPath) || sameExistingFile(output.given(), other.given())) {
            if (other.output() && OutputTransaction.writesInPlace(outputPath)) {
                return; // two outputs may both go to /dev/null
            }
            throw new UsageException(output.describe() + " and " + other.describe() + " are the same file"
                    + (other.output() ? ": each output needs its own file" : ": an output must not overwrite an input"));
        }
        if (other.kind() == Kind.CACHE && outputPath.startsWith(otherPath)) {
            throw new UsageException(output.describe() + " is inside the cache (" + other.describe()
                    + "): write the reports outside the cache");
        }
        if (output.kind() == Kind.FOLDER_OUTPUT && otherPath.startsWith(outputPath)) {
            throw new UsageException(other.describe() + " is inside the " + output.flag() + " folder "
                    + output.given() + ", which is replaced as a whole: " + (other.output()
                    ? "write it elsewhere" : "it would be lost"));
        }
        if (other.kind() == Kind.FOLDER_OUTPUT && outputPath.startsWith(otherPath)) {
            throw new UsageException(output.describe() + " is inside the " + other.flag() + " folder "
                    + other.given() + ", which is replaced as a whole: write it elsewhere");
        }
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Returns where a path leads: the real path of its nearest existing ancestor (symbolic links followed) with the
     * rest appended.
     */
    static Path resolve(Path path) {
        Path absolute;
        try {
            absolute = path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return path;
        }
        Path existing = absolute;
        Path rest = null;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                return rest == null ? real : real.resolve(rest).normalize();
            } catch (IOException e) {
                Path name = existing.getFileName();
                if (name == null) {
                    break;
                }
                rest = rest == null ? name : name.resolve(rest);
                existing = existing.getParent();
            }
        }
        return absolute;
    }
}
