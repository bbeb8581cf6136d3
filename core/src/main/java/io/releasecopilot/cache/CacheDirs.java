package io.releasecopilot.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the directories and page files the writer creates. A name keeps {@code [A-Za-z0-9._-]} and
 * replaces every other character with {@code _} ({@code feature/x} becomes {@code feature_x}); when two names
 * of one run would share a directory (also when they differ only in case, for case-insensitive file systems),
 * each gets {@code -} and eight hex digits of the SHA-256 of the original name appended.
 */
final class CacheDirs {

    private static final Pattern PAGE = Pattern.compile("(?:^|/)page-(\\d{1,9})\\.json$");

    private CacheDirs() {
    }

    /** Returns a directory name for each of {@code names} (which are distinct), in a map keyed by name. */
    static Map<String, String> names(List<String> names) {
        Map<String, Integer> uses = new HashMap<>();
        for (String name : names) {
            uses.merge(key(name), 1, Integer::sum);
        }
        Map<String, String> dirs = new LinkedHashMap<>();
        for (String name : names) {
            String plain = sanitize(name);
            dirs.put(name, uses.get(key(name)) > 1 ? plain + "-" + digest(name) : plain);
        }
        return dirs;
    }

    private static String key(String name) {
        return sanitize(name).toLowerCase(Locale.ROOT);
    }

    /** Returns {@code name} with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _}. */
    static String sanitize(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "_" + s.replace('.', '_');
        }
        return s;
    }

    /** Returns {@code <dir>/page-NNNNN.json}. */
    static String page(String dir, int number) {
        return String.format(Locale.ROOT, "%s/page-%05d.json", dir, number);
    }

    /** Returns the number of a page file this writer named, or 0 for any other name. */
    static int number(String page) {
        Matcher m = PAGE.matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Returns the highest page number among {@code pages}, or 0. */
    static int highest(List<String> pages) {
        int max = 0;
        for (String page : pages) {
            max = Math.max(max, number(page));
        }
        return max;
    }

    /** Returns whether {@code name} is a page file name this writer creates. */
    static boolean isPage(String name) {
        return number(name) > 0;
    }

    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
