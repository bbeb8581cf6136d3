package io.releasecopilot.report.excel;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Repository;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Web addresses of issues and commits, or {@code null} when unknown or unsafe to put in a workbook.
 *
 * <p>Only valid {@code http} and {@code https} URIs (RFC 2396 as {@link URI} reads it: no whitespace, control
 * characters, quotes or angle brackets) at most {@link #MAX_URL_LENGTH} long are used; anything else stays
 * plain text.
 */
final class Links {

    /** The longest address Excel accepts in a hyperlink. */
    static final int MAX_URL_LENGTH = 2_079;

    private final AuditInput input;
    private final Map<String, Repository> repositories = new HashMap<>();

    Links(AuditInput input) {
        this.input = input;
        for (Repository repository : input.repositories()) {
            repositories.putIfAbsent(repository.name(), repository);
        }
    }

    /** Returns the Jira address of an issue, or {@code null}. */
    String issue(String key) {
        return key == null ? null : safe(input.issueUrl(key));
    }

    /** Returns the Bitbucket address of a commit of the named repository, or {@code null}. */
    String commit(String repo, String hash) {
        Repository repository = repo == null ? null : repositories.get(repo);
        return repository == null || hash == null ? null : safe(repository.commitUrl(hash));
    }

    /** Returns the address if it is a plain http(s) address Excel can open, else {@code null}. */
    static String safe(String url) {
        if (url == null || url.length() > MAX_URL_LENGTH) {
            return null;
        }
        String head = url.substring(0, Math.min(8, url.length())).toLowerCase(Locale.ROOT);
        if (!head.startsWith("https://") && !head.startsWith("http://")) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            char ch = url.charAt(i);
            if (Character.isWhitespace(ch) || Character.isISOControl(ch) || Character.isSurrogate(ch)
                    || ch >= 0xFFFE || Character.isSpaceChar(ch)) {
                return null;
            }
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? null : url;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
