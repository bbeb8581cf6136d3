/** AWS integrations: Secrets Manager, S3 upload, readiness checks. Loaded only when an AWS feature is used. */
package io.releasecopilot.aws;
