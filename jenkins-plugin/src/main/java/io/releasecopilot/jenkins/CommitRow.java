package io.releasecopilot.jenkins;

import java.io.Serializable;

/** One commit shown on the build's "Release audit" page. Commit text is untrusted: Jelly escapes it. */
public final class CommitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String repo;
    private final String hash;
    private final String date;
    private final String author;
    private final String keys;
    private final String subject;

    CommitRow(String repo, String hash, String date, String author, String keys, String subject) {
        this.repo = repo;
        this.hash = hash;
        this.date = date;
        this.author = author;
        this.keys = keys;
        this.subject = subject;
    }

    /** Returns the repository slug. */
    public String getRepo() {
        return repo;
    }

    /** Returns the abbreviated hash. */
    public String getHash() {
        return hash;
    }

    /** Returns the author date (ISO, UTC), or the empty string. */
    public String getDate() {
        return date;
    }

    /** Returns the author. */
    public String getAuthor() {
        return author;
    }

    /** Returns the out-of-scope issue keys, comma-separated, or the empty string. */
    public String getKeys() {
        return keys;
    }

    /** Returns the first line of the message, shortened. */
    public String getSubject() {
        return subject;
    }
}
