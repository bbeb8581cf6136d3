/**
 * Where earlier runs' report JSON files are kept, for {@code rc serve --reports DIR|s3://bucket/prefix}:
 * {@link io.releasecopilot.report.store.ReportStore} lists and reads them; a folder is read by
 * {@link io.releasecopilot.report.store.DirectoryReportStore}, an S3 prefix by the AWS module.
 */
package io.releasecopilot.report.store;
