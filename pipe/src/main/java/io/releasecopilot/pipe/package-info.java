/**
 * {@code rc pipe}: the Bitbucket Pipelines pipe. It reads its settings from environment variables
 * ({@link io.releasecopilot.pipe.PipeConfig}), runs the audit through the core, writes the artifacts under
 * {@code $BITBUCKET_CLONE_DIR/release-audit/}, posts a Code Insights report and exits non-zero when the gate
 * fails. See {@code bitbucket-pipe/README.md} and {@code docs/pipe.md}.
 */
package io.releasecopilot.pipe;
