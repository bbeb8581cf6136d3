package io.releasecopilot.source.jira;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds the JQL of an audit: {@code fixVersion = "<name>"} with the name escaped, optionally
 * {@code AND project in ("ABC", "DEF")} and {@code AND (<extra JQL>)}, then {@code ORDER BY key ASC}. User
 * input is never interpolated unescaped: the fix version is a quoted JQL string, project keys are checked
 * against Jira's key rule, and the extra JQL must be balanced so it cannot close the surrounding parentheses.
 */
public final class Jql {

    /** The issue fields an audit reads, as sent in the search's {@code fields} parameter. */
    public static final String AUDIT_FIELDS = "summary,status,issuetype,assignee,labels,components,fixVersions,"
            + "parent,resolutiondate,updated";

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

    private Jql() {
    }

    /**
     * Returns the JQL for the issues of {@code fixVersion}.
     *
     * @param projects project keys to restrict to (may be empty)
     * @param extraJql more JQL to AND with, or null
     * @throws UsageException naming the flag when a value cannot be used
     */
    public static String forFixVersion(String fixVersion, List<String> projects, String extraJql) {
        if (fixVersion == null || fixVersion.isBlank()) {
            throw new UsageException("--fix-version is required");
        }
        if (fixVersion.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException("--fix-version contains a control character");
        }
        StringBuilder jql = new StringBuilder("fixVersion = ").append(quote(fixVersion));
        if (projects != null && !projects.isEmpty()) {
            jql.append(" AND project in (");
            for (int i = 0; i < projects.size(); i++) {
                jql.append(i == 0 ? "" : ", ").append(quote(projectKey(projects.get(i))));
            }
            jql.append(')');
        }
        if (extraJql != null && !extraJql.isBlank()) {
            jql.append(" AND (").append(checkExtra(extraJql)).append(')');
        }
        return jql.append(" ORDER BY key ASC").toString();
    }

    /**
     * Returns the JQL for the issues updated in the last {@code minutes} minutes (all issues when
     * {@code minutes} is null), optionally in some projects, oldest change first. A relative date
     * ({@code -90m}) does not depend on the time zone of the Jira user, as an absolute one would.
     */
    public static String updatedWithin(Long minutes, List<String> projects) {
        StringBuilder jql = new StringBuilder(minutes == null ? "updated >= \"1970-01-01\""
                : "updated >= -" + Math.max(1, minutes) + "m");
        if (projects != null && !projects.isEmpty()) {
            jql.append(" AND project in (");
            for (int i = 0; i < projects.size(); i++) {
                jql.append(i == 0 ? "" : ", ").append(quote(projectKey(projects.get(i))));
            }
            jql.append(')');
        }
        return jql.append(" ORDER BY updated ASC").toString();
    }

    /** Returns {@code value} as a JQL string literal: in double quotes, {@code \} and {@code "} escaped. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /**
     * Returns a project key upper-cased.
     *
     * @throws UsageException naming {@code --project} unless it is a letter followed by letters, digits or _
     */
    public static String projectKey(String key) {
        String k = key == null ? "" : key.strip();
        if (!PROJECT_KEY.matcher(k).matches()) {
            throw new UsageException("--project \"" + UntrustedText.echo(key, UntrustedText.MESSAGE_MAX)
                    + "\" is not a Jira project key (a letter, then"
                    + " letters, digits or _)");
        }
        return k.toUpperCase(Locale.ROOT);
    }

    /**
     * Checks extra JQL: quotes and parentheses balanced (outside quotes), no {@code ORDER BY}, no control
     * characters other than white space. Returns it stripped.
     *
     * @throws UsageException naming {@code --jql}
     */
    public static String checkExtra(String extra) {
        String s = extra.strip();
        int depth = 0;
        char quote = 0;
        StringBuilder unquoted = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                throw new UsageException("--jql contains a control character");
            }
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                unquoted.append(' ');
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                throw new UsageException("--jql has a ')' without its '(': " + s);
            }
            unquoted.append(c);
        }
        if (quote != 0) {
            throw new UsageException("--jql has an unterminated quote: " + s);
        }
        if (depth != 0) {
            throw new UsageException("--jql has a '(' without its ')': " + s);
        }
        if (ORDER_BY.matcher(unquoted).find()) {
            throw new UsageException("--jql must not contain ORDER BY (the audit orders by key): " + s);
        }
        return s;
    }
}
