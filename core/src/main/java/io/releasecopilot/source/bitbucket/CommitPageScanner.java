package io.releasecopilot.source.bitbucket;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams a Bitbucket commits page of either flavor into a {@link CommitPage}, skipping messages and
 * everything else it does not need (a 1 MB message is never decoded). A page of the wrong shape fails with an
 * error naming the address, as the cache reader would refuse it later.
 */
final class CommitPageScanner {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter(Locale.ROOT);

    private final SourceFlavor flavor;
    private final String label;

    CommitPageScanner(SourceFlavor flavor) {
        this.flavor = flavor;
        this.label = flavor == SourceFlavor.CLOUD ? "Bitbucket Cloud commits page"
                : "Bitbucket Data Center commits page";
    }

    CommitPage scan(byte[] body, URI url) {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fail(url, "the response is not a JSON object");
            }
            List<String> hashes = null;
            List<Instant> dates = new ArrayList<>();
            String next = null;
            Boolean isLastPage = null;
            Long nextPageStart = null;
            Long start = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "values":
                        if (t != JsonToken.START_ARRAY) {
                            throw fail(url, "'values' is not an array");
                        }
                        hashes = new ArrayList<>();
                        values(p, url, hashes, dates);
                        break;
                    case "next":
                        next = t == JsonToken.VALUE_STRING ? p.getText() : null;
                        break;
                    case "isLastPage":
                        isLastPage = t == JsonToken.VALUE_TRUE ? Boolean.TRUE
                                : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
                        break;
                    case "nextPageStart":
                        nextPageStart = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                        break;
                    case "start":
                        start = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (hashes == null) {
                throw fail(url, "no 'values'");
            }
            if (flavor == SourceFlavor.DATACENTER && isLastPage == null) {
                throw fail(url, "no 'isLastPage'" + (next != null ? "; looks like Bitbucket Cloud" : ""));
            }
            return new CommitPage(hashes, dates, next, isLastPage, nextPageStart, start);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            throw fail(url, "the response is not valid JSON (" + (newline < 0 ? message : message.substring(0, newline))
                    + ")");
        }
    }

    private void values(JsonParser p, URI url, List<String> hashes, List<Instant> dates) throws IOException {
        String idField = flavor == SourceFlavor.CLOUD ? "hash" : "id";
        JsonToken t;
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
            if (t != JsonToken.START_OBJECT) {
                throw fail(url, "values[" + i + "] is not an object");
            }
            String hash = null;
            Instant date = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                if (idField.equals(name) && v == JsonToken.VALUE_STRING) {
                    hash = p.getText().strip().toLowerCase(Locale.ROOT);
                } else if (flavor == SourceFlavor.CLOUD && "date".equals(name) && v == JsonToken.VALUE_STRING) {
                    date = date(p.getText());
                } else if (flavor == SourceFlavor.DATACENTER && "authorTimestamp".equals(name)
                        && v == JsonToken.VALUE_NUMBER_INT) {
                    date = Instant.ofEpochMilli(p.getLongValue());
                } else {
                    p.skipChildren();
                }
            }
            if (hash == null || hash.isEmpty()) {
                throw fail(url, "values[" + i + "] has no '" + idField + "'");
            }
            hashes.add(hash);
            dates.add(date);
        }
    }

    private static Instant date(String text) {
        try {
            return OffsetDateTime.parse(text.strip(), OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private AuditException fail(URI url, String what) {
        return new AuditException(label + " " + url + ": " + what);
    }
}
