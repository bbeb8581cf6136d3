package io.releasecopilot.source.jira;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.net.URI;

/**
 * The paging fields of one Jira search response, read without building the issues: how many issues, and
 * {@code isLast} / {@code nextPageToken} (Cloud) or {@code startAt} / {@code total} (Data Center).
 *
 * @param issues        the number of issues on the page
 * @param isLast        Cloud {@code isLast}, or null
 * @param nextPageToken Cloud {@code nextPageToken}, or null
 * @param startAt       Data Center {@code startAt}, or null
 * @param total         Data Center {@code total}, or null
 */
record JiraPage(int issues, Boolean isLast, String nextPageToken, Long startAt, Long total) {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Reads the paging fields of {@code body}; fails naming {@code url} when it is not a search page. */
    static JiraPage scan(byte[] body, SourceFlavor flavor, URI url) {
        String label = flavor == SourceFlavor.CLOUD ? "Jira Cloud search/jql" : "Jira Data Center search";
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new AuditException(label + " " + url + ": the response is not a JSON object");
            }
            int issues = -1;
            Boolean isLast = null;
            String token = null;
            Long startAt = null;
            Long total = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "issues":
                        issues = t == JsonToken.START_ARRAY ? count(p) : fail(label, url, "'issues' is not an array");
                        break;
                    case "isLast":
                        isLast = t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE
                                : null;
                        break;
                    case "nextPageToken":
                        token = t == JsonToken.VALUE_STRING ? p.getText() : null;
                        break;
                    case "startAt":
                        startAt = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                        break;
                    case "total":
                        total = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (issues < 0) {
                fail(label, url, "no 'issues'");
            }
            if (flavor == SourceFlavor.CLOUD && isLast == null && token == null && startAt != null && total != null) {
                fail(label, url, "has 'startAt' and 'total' but no 'isLast' or 'nextPageToken'; looks like a Data"
                        + " Center or removed /rest/api/3/search response");
            }
            if (flavor == SourceFlavor.DATACENTER && (startAt == null || total == null)) {
                fail(label, url, "no 'startAt' or 'total'" + (isLast != null || token != null
                        ? "; looks like a Jira Cloud search/jql response" : ""));
            }
            return new JiraPage(issues, isLast, token, startAt, total);
        } catch (IOException e) {
            throw new AuditException(label + " " + url + ": the response is not valid JSON (" + firstLine(e) + ")");
        }
    }

    private static int count(JsonParser p) throws IOException {
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            n++;
        }
        return n;
    }

    private static int fail(String label, URI url, String what) {
        throw new AuditException(label + " " + url + ": not a search page (" + what + ")");
    }

    /** Returns the first line of the parser's message, which quotes the server's body, by the shared rule. */
    static String firstLine(IOException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return UntrustedText.inMessage(newline < 0 ? message : message.substring(0, newline));
    }
}
