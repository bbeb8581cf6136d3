package io.releasecopilot.source.git;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Turns a ref as the user typed it into an object id. Tags are not peeled here: the walk's
 * {@code parseCommit} peels annotated tags (and tags of tags) to their commit.
 *
 * <p>Lookup order: {@code HEAD}; a full hash; a name starting with {@code refs/} as it is; otherwise
 * {@code refs/heads/X}, {@code refs/remotes/origin/X}, {@code refs/tags/X}, {@code refs/remotes/X}
 * ({@code origin/main}), then {@code refs/remotes/<any>/X} when exactly one remote has it; last an
 * abbreviated hash of at least seven digits. CI checkouts often have no local branches, hence the
 * remote-tracking fallbacks.
 */
final class RefResolver {

    private static final Pattern FULL_HASH = Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");
    private static final Pattern SHORT_HASH = Pattern.compile("[0-9a-fA-F]{7,63}");

    private final Repository repo;
    private final String dir;

    RefResolver(Repository repo, String dir) {
        this.repo = repo;
        this.dir = dir;
    }

    /**
     * Returns the object the ref points at (a commit, or a tag to peel).
     *
     * @throws UsageException naming the ref and the directory, with similar refs, when nothing matches
     */
    ObjectId resolve(String name) throws IOException {
        ObjectId found = find(name);
        if (found == null) {
            throw new UsageException(UntrustedText.inMessage(UnknownRef.message(repo, dir, name)));
        }
        return found;
    }

    private ObjectId find(String name) throws IOException {
        if (Constants.HEAD.equals(name)) {
            return idOf(repo.exactRef(Constants.HEAD));
        }
        if (FULL_HASH.matcher(name).matches()) {
            ObjectId id = ObjectId.fromString(name.toLowerCase(java.util.Locale.ROOT));
            if (repo.getObjectDatabase().has(id)) {
                return id;
            }
        }
        for (String candidate : candidates(name)) {
            ObjectId id = idOf(repo.exactRef(candidate));
            if (id != null) {
                return id;
            }
        }
        ObjectId onOneRemote = onlyRemoteWith(name);
        if (onOneRemote != null) {
            return onOneRemote;
        }
        return SHORT_HASH.matcher(name).matches() ? abbreviated(name) : null;
    }

    private static List<String> candidates(String name) {
        if (name.startsWith(Constants.R_REFS)) {
            return List.of(name);
        }
        return List.of(Constants.R_HEADS + name, Constants.R_REMOTES + "origin/" + name, Constants.R_TAGS + name,
                Constants.R_REMOTES + name);
    }

    private ObjectId onlyRemoteWith(String name) throws IOException {
        if (name.startsWith(Constants.R_REFS)) {
            return null;
        }
        List<Ref> matches = new ArrayList<>();
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES)) {
            String rest = ref.getName().substring(Constants.R_REMOTES.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.substring(slash + 1).equals(name)) {
                matches.add(ref);
            }
        }
        return matches.size() == 1 ? idOf(matches.get(0)) : null;
    }

    private ObjectId abbreviated(String name) throws IOException {
        try (ObjectReader reader = repo.newObjectReader()) {
            Collection<ObjectId> ids = reader.resolve(AbbreviatedObjectId.fromString(name));
            if (ids.size() > 1) {
                List<String> some = ids.stream().limit(5).map(ObjectId::name).toList();
                throw new UsageException("ambiguous abbreviated hash '" + name + "' in " + dir + ": it matches "
                        + String.join(", ", some) + "; give more digits");
            }
            return ids.isEmpty() ? null : ids.iterator().next();
        }
    }

    private static ObjectId idOf(Ref ref) {
        return ref == null ? null : ref.getObjectId();
    }
}
