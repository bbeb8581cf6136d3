package io.releasecopilot.config;

import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=VALUE} lines, an optional {@code export } prefix, blank lines and
 * {@code #} comments. Values are unquoted (trimmed, cut at {@code " #"}), single-quoted (literal) or
 * double-quoted ({@code \n}, {@code \t}, {@code \"}, {@code \\} escapes; may span lines). No variable
 * expansion. Names Release Copilot does not know are ignored, so one file can serve other tools too; the
 * last line of a name wins. An error names the file and line, never a value.
 */
public final class DotEnvFile {

    private static final Pattern ASSIGNMENT = Pattern.compile("(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s?(.*)");

    private final String file;
    private final List<String> lines;
    private int index;

    private DotEnvFile(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Returns the known settings of the file, each with origin {@code <file>:<line>}.
     *
     * @throws UsageException when the file cannot be read or a line is malformed
     */
    public static Layer load(Path path) {
        String name = path.toString();
        try {
            return parse(name, Files.readString(path));
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException(name + ": cannot read the .env file: " + e.getClass().getSimpleName());
        }
    }

    /** Parses the text of a {@code .env} file; {@code file} names it in origins and messages. */
    static Layer parse(String file, String text) {
        DotEnvFile reader = new DotEnvFile(file, text.lines().toList());
        Map<String, Setting> settings = new LinkedHashMap<>();
        while (reader.index < reader.lines.size()) {
            int lineNumber = reader.index + 1;
            String line = reader.lines.get(reader.index++).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (!assignment.matches()) {
                throw reader.error(lineNumber, "expected NAME=VALUE"
                        + (line.startsWith("export") ? " after 'export'" : ""));
            }
            String key = assignment.group(1);
            String value = reader.value(key, lineNumber, assignment.group(2));
            if (Names.isKnown(key)) {
                settings.remove(key);
                settings.put(key, Setting.of(key, value, file + ":" + lineNumber));
            }
        }
        return new Layer(".env", settings);
    }

    private String value(String key, int lineNumber, String raw) {
        String rest = raw.stripLeading();
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            return quoted(key, lineNumber, rest);
        }
        int comment = rest.indexOf(" #");
        if (comment < 0) {
            comment = rest.indexOf("\t#");
        }
        return (comment < 0 ? rest : rest.substring(0, comment)).strip();
    }

    private String quoted(String key, int lineNumber, String rest) {
        char quote = rest.charAt(0);
        StringBuilder value = new StringBuilder();
        String current = rest.substring(1);
        while (true) {
            int end = scan(current, quote, value);
            if (end >= 0) {
                String after = current.substring(end + 1).strip();
                if (!after.isEmpty() && !after.startsWith("#")) {
                    throw error(index, "unexpected text after the closing quote of " + key);
                }
                return value.toString();
            }
            if (index >= lines.size()) {
                throw error(lineNumber, "the " + (quote == '"' ? "double" : "single")
                        + " quote of " + key + " is never closed");
            }
            value.append('\n');
            current = lines.get(index++);
        }
    }

    /** Appends the text up to the closing quote; returns its index, or -1 when the line has none. */
    private static int scan(String text, char quote, StringBuilder value) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote) {
                return i;
            }
            if (quote == '"' && c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                switch (next) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '"', '\\', '$' -> value.append(next);
                    default -> value.append('\\').append(next);
                }
            } else {
                value.append(c);
            }
        }
        return -1;
    }

    private UsageException error(int lineNumber, String problem) {
        return new UsageException(file + ":" + lineNumber + ": " + problem);
    }
}
