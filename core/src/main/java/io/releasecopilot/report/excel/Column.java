package io.releasecopilot.report.excel;

/**
 * One column of a tab: its header and its fixed width.
 *
 * @param header the header text
 * @param width  the width in Excel character units
 */
record Column(String header, double width) {

    /** A date-time column, wide enough for {@link SheetWriter#DATE_FORMAT}. */
    static Column date(String header) {
        return new Column(header, 20);
    }
}
