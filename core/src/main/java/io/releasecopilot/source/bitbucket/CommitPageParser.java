package io.releasecopilot.source.bitbucket;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.CacheJson;
import io.releasecopilot.source.PageParser;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What the Bitbucket Cloud and Data Center commit-page parsers share: the {@code values} array. */
public abstract class CommitPageParser extends PageParser {

    public CommitPageParser(CacheFile file, String items) {
        super(file, items);
    }

    /** Reads the {@code values} array, the parser on its {@code START_ARRAY}. */
    public final List<Commit> values(JsonParser p) throws IOException {
        List<Commit> commits = new ArrayList<>();
        JsonToken t;
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
            if (t != JsonToken.START_OBJECT) {
                throw CacheJson.wrongType(file, path(i, ""), t, "an object");
            }
            commits.add(commit(p, i));
        }
        return commits;
    }

    /** Reads one commit object, the parser on its {@code START_OBJECT}; {@code i} is its index, for messages. */
    public abstract Commit commit(JsonParser p, int i) throws IOException;

    /** Returns {@code Bitbucket Cloud} or {@code Bitbucket Data Center}. */
    public static String label(SourceFlavor flavor) {
        return flavor == SourceFlavor.DATACENTER ? "Bitbucket Data Center" : "Bitbucket Cloud";
    }


    /**
     * Returns the commit URL prefix from a commit's {@code links.html.href}
     * ({@code https://bitbucket.org/acme/portal/commits/<hash>} gives {@code …/commits/}), or null.
     */
    public static String commitUrlPrefix(String href) {
        if (href == null) {
            return null;
        }
        int slash = href.lastIndexOf('/');
        if (slash > 0 && href.substring(slash + 1).matches("[0-9a-fA-F]{7,64}")) {
            return href.substring(0, slash + 1);
        }
        int commits = href.lastIndexOf("/commits/");
        return commits < 0 ? null : href.substring(0, commits + "/commits/".length());
    }
}
