package io.releasecopilot.report.excel;

import io.releasecopilot.common.UntrustedText;
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
    private final boolean issueBaseSafe;
    private final Map<String, Repository> repositories = new HashMap<>();
    /** Repositories whose address prefix is itself a safe address. */
    private final Map<String, Boolean> safePrefixes = new HashMap<>();

    Links(AuditInput input) {
        this.input = input;
        this.issueBaseSafe = input.jiraBrowseUrl() != null && safe(input.jiraBrowseUrl()) != null;
        for (Repository repository : input.repositories()) {
            if (repositories.putIfAbsent(repository.name(), repository) == null) {
                String prefix = repository.commitUrlPrefix();
                safePrefixes.put(repository.name(), prefix != null && safe(prefix) != null);
            }
        }
    }

    /** Returns the Jira address of an issue, or {@code null}. */
    String issue(String key) {
        if (key == null) {
            return null;
        }
        String url = input.issueUrl(key);
        return issueBaseSafe && isPlainSegment(key) && url.length() <= MAX_URL_LENGTH ? url : safe(url);
    }

    /** Returns the Bitbucket address of a commit of the named repository, or {@code null}. */
    String commit(String repo, String hash) {
        Repository repository = repo == null ? null : repositories.get(repo);
        if (repository == null || hash == null) {
            return null;
        }
        String url = repository.commitUrl(hash);
        if (url != null && safePrefixes.get(repo) && isPlainSegment(hash) && url.length() <= MAX_URL_LENGTH) {
            return url;
        }
        return safe(url);
    }

    /**
     * Returns whether the text is only ASCII letters, digits, {@code -} and {@code _}: appended to a safe
     * address it keeps it safe, so issue keys and hashes need no parsing.
     */
    private static boolean isPlainSegment(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_')) {
                return false;
            }
        }
        return true;
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
            if (UntrustedText.isSpaceOrControl(ch) || UntrustedText.isFormat(ch) || Character.isSurrogate(ch)
                    || ch >= 0xFFFE) {
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
