package io.releasecopilot.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns the strings that repeat across thousands of issues and commits (repository and branch names,
 * authors, e-mail addresses, status names, labels) so that one read holds one copy of each.
 *
 * <p>The pool lives for one read. Parser threads each use a {@link Local} view that looks values up
 * straight from the parser's character buffer, so a repeated value costs no allocation at all.
 */
public final class StringPool {

    private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

    /** Returns the pooled instance equal to {@code s}; {@code null} stays {@code null}. */
    public String intern(String s) {
        if (s == null) {
            return null;
        }
        String pooled = shared.putIfAbsent(s, s);
        return pooled == null ? s : pooled;
    }

    /** Returns a view for one thread; it is not thread-safe. */
    public Local local() {
        return new Local(this);
    }

    /** A single-threaded front of the pool with an allocation-free lookup by character range. */
    public static final class Local {

        private static final int MAX_ENTRIES = 1 << 16;

        private final StringPool pool;
        private final Map<String, String[]> authors = new HashMap<>();
        private String[] table = new String[256];
        private int size;

        private Local(StringPool pool) {
            this.pool = pool;
        }

        /** Returns the pooled string equal to {@code buf[off, off + len)}. */
        public String intern(char[] buf, int off, int len) {
            int h = 0;
            for (int i = off, end = off + len; i < end; i++) {
                h = 31 * h + buf[i];
            }
            int mask = table.length - 1;
            int slot = spread(h) & mask;
            for (String s; (s = table[slot]) != null; slot = (slot + 1) & mask) {
                if (s.hashCode() == h && sameChars(s, buf, off, len)) {
                    return s;
                }
            }
            return remember(pool.intern(new String(buf, off, len)), slot);
        }

        /** Returns the pooled string equal to {@code s}; {@code null} stays {@code null}. */
        public String intern(String s) {
            if (s == null) {
                return null;
            }
            int h = s.hashCode();
            int mask = table.length - 1;
            int slot = spread(h) & mask;
            for (String t; (t = table[slot]) != null; slot = (slot + 1) & mask) {
                if (t.hashCode() == h && t.equals(s)) {
                    return t;
                }
            }
            return remember(pool.intern(s), slot);
        }

        /**
         * Splits a Bitbucket Cloud {@code author.raw} ({@code Name <mail>}) into pooled name and e-mail;
         * either may be {@code null}. The answer is cached per distinct raw value.
         */
        public String[] splitAuthor(String raw) {
            String[] parts = authors.get(raw);
            if (parts == null) {
                parts = AuthorRaw.split(raw);
                parts[0] = intern(parts[0]);
                parts[1] = intern(parts[1]);
                if (authors.size() < MAX_ENTRIES) {
                    authors.put(raw, parts);
                }
            }
            return parts;
        }

        private String remember(String s, int slot) {
            if (size >= MAX_ENTRIES) {
                return s;
            }
            table[slot] = s;
            if (++size * 2 > table.length) {
                rehash();
            }
            return s;
        }

        private void rehash() {
            String[] old = table;
            table = new String[old.length * 2];
            int mask = table.length - 1;
            for (String s : old) {
                if (s != null) {
                    int slot = spread(s.hashCode()) & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = s;
                }
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        private static boolean sameChars(String s, char[] buf, int off, int len) {
            if (s.length() != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (s.charAt(i) != buf[off + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Parsing of the {@code Name <mail>} form of a Bitbucket Cloud commit author. */
    public static final class AuthorRaw {

        private AuthorRaw() {
        }

        /** Returns {@code {name, email}}; the name is the whole value when there is no {@code <mail>}. */
        public static String[] split(String raw) {
            if (raw == null) {
                return new String[2];
            }
            int lt = raw.lastIndexOf('<');
            int gt = raw.lastIndexOf('>');
            if (lt < 0 || gt < lt) {
                String name = raw.strip();
                return new String[] {name.isEmpty() ? null : name, null};
            }
            String name = raw.substring(0, lt).strip();
            String email = raw.substring(lt + 1, gt).strip();
            return new String[] {name.isEmpty() ? null : name, email.isEmpty() ? null : email};
        }
    }
}
