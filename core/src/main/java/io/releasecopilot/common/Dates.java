package io.releasecopilot.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Parses the timestamps Jira and Bitbucket send: {@code 2022-06-09T16:29:31.871-0700} (Jira, no colon in
 * the offset), {@code 2025-04-26T09:50:59+00:00} (Bitbucket Cloud), {@code 2023-05-29T03:57:27.000+0000},
 * {@code …Z}, and fractions of up to nine digits. A value without an offset is taken as UTC; a bare date as
 * its start in UTC.
 *
 * <p>The common forms are parsed straight from the parser's character buffer without allocation; anything
 * else goes through {@link DateTimeFormatter}. This fast path earns its place: on the 10× benchmark cache
 * (200,000 commit dates plus the issues') the read stage took 2.1 times as long without it (median of the
 * pairs of two runs, 1.0 to 2.5; "read N issues and M commits in X ms" of {@code ./rc audit --offline
 * --cache-dir <10x cache> --json a.json --log-level info}, with and without it in turn; docs/benchmarks.md),
 * and the whole offline audit used 11% more CPU (three pairs, 1.07–1.13).
 */
public final class Dates {

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** Parses {@code s}; returns {@code null} when it is not a date this class knows. */
    public static Instant parse(String s) {
        if (s == null) {
            return null;
        }
        char[] chars = s.toCharArray();
        return parse(chars, 0, chars.length);
    }

    /** Parses {@code c[off, off + len)}; returns {@code null} when it is not a date this class knows. */
    public static Instant parse(char[] c, int off, int len) {
        Instant fast = fast(c, off, len);
        return fast != null ? fast : slow(new String(c, off, len).strip());
    }

    private static Instant fast(char[] c, int off, int len) {
        if (len < 19 || c[off + 4] != '-' || c[off + 7] != '-' || c[off + 10] != 'T' || c[off + 13] != ':'
                || c[off + 16] != ':') {
            return null;
        }
        int year = digits(c, off, 4);
        int month = digits(c, off + 5, 2);
        int day = digits(c, off + 8, 2);
        int hour = digits(c, off + 11, 2);
        int minute = digits(c, off + 14, 2);
        int second = digits(c, off + 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int pos = off + 19;
        int end = off + len;
        int nanos = 0;
        if (pos < end && c[pos] == '.') {
            pos++;
            int start = pos;
            int scale = 100_000_000;
            while (pos < end && c[pos] >= '0' && c[pos] <= '9') {
                nanos += (c[pos] - '0') * scale;
                scale /= 10;
                pos++;
            }
            if (pos == start) {
                return null;
            }
        }
        int offsetSeconds = offset(c, pos, end);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long seconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** Returns the offset in seconds of {@code Z}, {@code ±HH}, {@code ±HHMM}, {@code ±HH:MM}, nothing (UTC). */
    private static int offset(char[] c, int pos, int end) {
        int left = end - pos;
        if (left == 0) {
            return 0;
        }
        char sign = c[pos];
        if (sign == 'Z' || sign == 'z') {
            return left == 1 ? 0 : Integer.MIN_VALUE;
        }
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours;
        int minutes;
        if (left == 3) {
            hours = digits(c, pos + 1, 2);
            minutes = 0;
        } else if (left == 5) {
            hours = digits(c, pos + 1, 2);
            minutes = digits(c, pos + 3, 2);
        } else if (left == 6 && c[pos + 3] == ':') {
            hours = digits(c, pos + 1, 2);
            minutes = digits(c, pos + 4, 2);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int total = hours * 3_600 + minutes * 60;
        return sign == '-' ? -total : total;
    }

    private static int digits(char[] c, int pos, int count) {
        int value = 0;
        for (int i = pos; i < pos + count; i++) {
            char ch = c[i];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private static Instant slow(String s) {
        try {
            return OffsetDateTime.parse(s, LENIENT).toInstant();
        } catch (DateTimeParseException e) {
            // fall through: perhaps a bare date
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
