/**
 * What an upload of an audit's files writes (docs/aws.md, "Uploads"): keys, run ids and metadata. No AWS types;
 * the AWS module carries a plan out, and {@code --dry-run} prints it without loading AWS classes.
 */
package io.releasecopilot.upload;
