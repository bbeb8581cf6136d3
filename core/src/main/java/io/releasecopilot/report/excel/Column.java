package io.releasecopilot.report.excel;

/**
 * One column of a tab: its header, its fixed width and the kind of cells it holds.
 *
 * @param header the header text
 * @param width  the width in Excel character units
 * @param kind   what the cells hold, which decides how they are styled
 */
record Column(String header, double width, Kind kind) {

    /** What the cells of a column hold. */
    enum Kind {
        /** Text repeated across rows (names, statuses): shared strings. */
        TEXT,
        /** Text mostly unique per row (subjects, hashes): inline strings, kept out of the shared table. */
        UNIQUE_TEXT,
        /** Repeated text that is a hyperlink when its address is known (issue keys). */
        LINK,
        /** Mostly unique text that is a hyperlink when its address is known (hashes): inline strings. */
        UNIQUE_LINK,
        /** A date-time, UTC. */
        DATE,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** Any of the above or a number, styled cell by cell (small tabs only). */
        MIXED
    }

    static Column text(String header, double width) {
        return new Column(header, width, Kind.TEXT);
    }

    static Column uniqueText(String header, double width) {
        return new Column(header, width, Kind.UNIQUE_TEXT);
    }

    static Column link(String header, double width) {
        return new Column(header, width, Kind.LINK);
    }

    static Column uniqueLink(String header, double width) {
        return new Column(header, width, Kind.UNIQUE_LINK);
    }

    static Column date(String header) {
        return new Column(header, 20, Kind.DATE);
    }

    static Column bool(String header, double width) {
        return new Column(header, width, Kind.BOOLEAN);
    }

    static Column mixed(String header, double width) {
        return new Column(header, width, Kind.MIXED);
    }
}
