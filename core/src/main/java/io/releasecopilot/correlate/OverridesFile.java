package io.releasecopilot.correlate;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads the user's overrides file (README.md, "Overrides"), YAML ({@code .yml}, {@code .yaml}) or CSV ({@code .csv}),
 * UTF-8.
 *
 * <pre>
 * overrides:
 *   - commit: 3f2a9c1            # 7 to 40 hex digits, required
 *     repo: portal               # optional: only this repository
 *     addKeys: [ABC-12]          # optional: keys to link (a list, or one text separated by ; , or blanks)
 *     exempt: false              # optional: true makes the commit exempt whatever its keys
 *     reason: "Hotfix agreed with QA"   # required, shown in the report
 * </pre>
 * The CSV form has the header {@code commit,repo,addKeys,exempt,reason} and {@code addKeys} separated by
 * {@code ;} or blanks. Every entry must add keys or be exempt.
 *
 * <p>Any problem is a {@link UsageException} with one line naming the file, the YAML entry (1-based) or CSV
 * line, and the field: {@code overrides.yml: entry 2: unknown field 'adKeys' (did you mean 'addKeys'?)}.
 */
public final class OverridesFile {

    private OverridesFile() {
    }

    /**
     * Reads and checks the overrides in the file.
     *
     * @throws UsageException when the file is missing, of an unknown type, or has an invalid entry
     * @throws AuditException when it cannot be read
     */
    public static List<CommitOverride> load(Path path) {
        String file = path.toString();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
        if (!yaml && !name.endsWith(".csv")) {
            throw new UsageException(file + ": unsupported overrides file type; use .yml, .yaml or .csv");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": overrides file not found", e);
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new AuditException(file + ": cannot read overrides file: " + e.getMessage(), e);
        }
        return yaml ? OverridesYaml.parse(file, text) : OverridesCsv.parse(file, text);
    }
}
