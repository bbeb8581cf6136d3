package io.releasecopilot.source.git;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/** The errors of a clone that lacks part of the range: one line, naming the directory and the way out. */
final class ShallowClone {

    static final String FETCH_ALL = "fetch the full history (git fetch --unshallow, or fetch-depth: 0"
            + " / shallow clone off in the CI checkout)";

    private ShallowClone() {
    }

    /** The walk of {@code ref} reached {@code boundary}, whose parents the clone lacks, before {@code goal}. */
    static AuditException historyStops(String dir, RevCommit boundary, String ref, String goal) {
        return new AuditException(UntrustedText.inMessage(dir + ": shallow clone; its history stops at "
                + CommitLabels.shortHash(boundary) + " ("
                + CommitLabels.day(boundary.getAuthorIdent().getWhenAsInstant())
                + ") before " + goal + " while reading " + ref + "; " + FETCH_ALL));
    }

    /** {@code ref} points at an object the repository does not have. */
    static AuditException missing(String dir, String ref, ObjectId id, boolean shallow) {
        String where = "ref " + ref + " points at " + CommitLabels.shortHash(id);
        return new AuditException(UntrustedText.inMessage(shallow
                ? dir + ": shallow clone; " + where + ", which lies outside its history; " + FETCH_ALL
                : dir + ": " + where + ", which the repository lacks (a damaged or partial clone?)"));
    }
}
