package io.releasecopilot.source.git;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * The one-line message for a ref that matches nothing: the ref, the directory, similar refs, and what a CI
 * checkout usually lacks (a detached {@code HEAD} without the branch, a shallow clone without older tags).
 */
final class UnknownRef {

    private static final int LISTED = 5;

    private UnknownRef() {
    }

    static String message(Repository repo, String dir, String name) throws IOException {
        List<String> names = shortNames(repo);
        Set<String> remotes = repo.getRemoteNames();
        StringBuilder text = new StringBuilder("unknown ref '").append(name).append("' in ").append(dir);
        List<String> similar = RefSuggestions.similar(name, names, remotes);
        if (!similar.isEmpty()) {
            text.append(" (similar refs: ").append(String.join(", ", similar)).append(')');
        } else if (names.isEmpty()) {
            text.append(" (it has no branches or tags)");
        } else {
            text.append(" (no similar ref; it has ").append(names.size()).append(names.size() == 1 ? " ref: " : " refs: ")
                    .append(String.join(", ", names.subList(0, Math.min(LISTED, names.size()))))
                    .append(names.size() > LISTED ? ", ..." : "").append(')');
        }
        Ref head = repo.exactRef(Constants.HEAD);
        if (head != null && !head.isSymbolic() && head.getObjectId() != null) {
            text.append("; HEAD is detached at ").append(CommitLabels.shortHash(head.getObjectId()))
                    .append(", as in a CI checkout of one commit: fetch the branch (git fetch origin ").append(name)
                    .append(") or give the commit's hash or HEAD");
        }
        if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
            text.append("; the clone is shallow and may lack older tags and branches:"
                    + " fetch the full history with tags (git fetch --unshallow --tags)");
        }
        return text.toString();
    }

    /** Returns {@code main}, {@code origin/main}, {@code v1.0} and other refs in full, in ref-name order. */
    private static List<String> shortNames(Repository repo) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Ref ref : repo.getRefDatabase().getRefs()) {
            String name = ref.getName();
            if (!name.startsWith(Constants.R_REFS)
                    || name.startsWith(Constants.R_REMOTES) && name.endsWith("/" + Constants.HEAD)) {
                continue;
            }
            for (String prefix : List.of(Constants.R_HEADS, Constants.R_REMOTES, Constants.R_TAGS)) {
                if (name.startsWith(prefix)) {
                    name = name.substring(prefix.length());
                    break;
                }
            }
            names.add(name);
        }
        return List.copyOf(names);
    }
}
