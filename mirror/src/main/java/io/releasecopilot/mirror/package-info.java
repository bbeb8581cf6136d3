/**
 * The DynamoDB mirror of Jira issues: the webhook Lambda ({@link io.releasecopilot.mirror.WebhookHandler}) and
 * the reconciliation Lambda ({@link io.releasecopilot.mirror.ReconcileHandler}) write it through one
 * idempotent path ({@link io.releasecopilot.mirror.MirrorStore}); audits read a fix version from it
 * ({@link io.releasecopilot.mirror.MirrorPages}) instead of searching Jira. docs/aws.md describes the design.
 */
package io.releasecopilot.mirror;
