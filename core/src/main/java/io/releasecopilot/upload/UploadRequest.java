package io.releasecopilot.upload;

import io.releasecopilot.config.ConfigLookup;
import io.releasecopilot.config.Names;
import java.util.Objects;
import java.util.Optional;

/**
 * A front end's request that the audit upload its files once they are written: where to, the commit the CI
 * names, and who carries the objects to the store.
 *
 * @param settings the bucket, prefix, KMS key and whether the cache goes along
 * @param ciCommit the commit the CI names ({@code GIT_COMMIT}, else {@code BITBUCKET_COMMIT}), or {@code null};
 *                 {@code --scope gitSha=} wins over it
 * @param uploader writes the objects
 */
public record UploadRequest(UploadSettings settings, String ciCommit, Uploader uploader) {

    public UploadRequest {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(uploader, "uploader");
    }

    /** Returns a request that takes the CI's commit from {@code GIT_COMMIT}, else {@code BITBUCKET_COMMIT}. */
    public static UploadRequest of(UploadSettings settings, ConfigLookup config, Uploader uploader) {
        Optional<String> commit = config.get(Names.GIT_COMMIT).or(() -> config.get(Names.BITBUCKET_COMMIT));
        return new UploadRequest(settings, commit.orElse(null), uploader);
    }
}
