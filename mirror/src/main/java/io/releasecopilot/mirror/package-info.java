/**
 * The DynamoDB mirror of Jira issues: the webhook ({@link io.releasecopilot.mirror.WebhookReceiver}) and
 * the reconciliation ({@link io.releasecopilot.mirror.ReconcilePass}) write it through one
 * idempotent path ({@link io.releasecopilot.mirror.MirrorStore}); audits read a fix version from it
 * ({@link io.releasecopilot.mirror.MirrorPages}) instead of searching Jira. docs/aws.md describes the design.
 */
package io.releasecopilot.mirror;
