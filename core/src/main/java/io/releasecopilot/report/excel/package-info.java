/**
 * The Excel export ({@code --xlsx}, README.md "Outputs"): a streaming xlsx writer.
 *
 * <p>{@link io.releasecopilot.report.excel.ExcelReportWriter} is the entry point; the other types are
 * package-private helpers, one per tab plus the shared sheet, cell-text and link handling.
 */
package io.releasecopilot.report.excel;
