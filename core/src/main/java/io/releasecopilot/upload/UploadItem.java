package io.releasecopilot.upload;

import java.nio.file.Path;

/**
 * One file to upload.
 *
 * @param source      the local file
 * @param key         the object key
 * @param contentType the object's Content-Type
 */
public record UploadItem(Path source, String key, String contentType) {
}
