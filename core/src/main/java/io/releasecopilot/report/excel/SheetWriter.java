package io.releasecopilot.report.excel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one tab row by row: header (bold, frozen, filtered), fixed widths, typed cells, hyperlinks, and
 * continuation on {@code <name> (2)}, {@code (3)}… when the row limit is reached.
 *
 * <p>Rows go to the output every {@link #BATCH_ROWS} rows; only the current batch's XML is in memory, with the
 * sheet's hyperlinks until it ends. Each cell gets its style as it is written.
 *
 * <p>Formula injection: text is only ever written as a string cell, never as a formula, so nothing is evaluated
 * when the file is opened. Text that {@link CellText#isFormulaLike looks like a formula} also gets the Text number
 * format ({@code @}): a user who edits such a cell and presses Enter keeps text instead of creating a formula.
 *
 * <p>Hyperlinks: consecutive rows of one column with the same address share one hyperlink (a range) within a
 * batch; at most {@code maxLinks} hyperlinks are written per sheet (Excel's limit is 65,530), later cells stay
 * plain text.
 */
final class SheetWriter {

    /** Rows written out at a time. */
    static final int BATCH_ROWS = 4096;

    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String INTEGER_FORMAT = "0";
    static final String PERCENT_FORMAT = "0.0%";
    static final String LINK_COLOR = "0563C1";

    private static final int MAX_SHEET_NAME = 31;
    private static final double MILLIS_PER_DAY = 86_400_000.0;
    /** Excel's serial number of 1970-01-01 (1900 date system). */
    private static final double EPOCH_SERIAL = 25_569.0;
    /** 1900-03-01: before it the 1900 system is off by one day (Excel's 1900 leap-year bug). */
    private static final long MIN_DATE_MILLIS = -2_203_891_200_000L;
    /** 9999-12-31T23:59:59.999Z, the last instant Excel can show. */
    private static final long MAX_DATE_MILLIS = 253_402_300_799_999L;

    private final XlsxPackage workbook;
    private final String baseName;
    private final List<String> headers = new ArrayList<>();
    private final double[] widths;
    private final int maxRows;
    private final int maxLinks;

    private int sheetNumber;
    private int row;
    private int batchStart;
    private int linksUsed;
    private final PendingLink[] pending;
    private final List<XlsxPackage.Hyperlink> links = new ArrayList<>();

    /**
     * @param maxRows  rows per sheet including the header, at least 2
     * @param maxLinks hyperlinks per sheet
     */
    SheetWriter(XlsxPackage workbook, String name, List<Column> columns, int maxRows, int maxLinks) {
        this.workbook = workbook;
        this.baseName = name;
        this.widths = new double[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            headers.add(columns.get(c).header());
            widths[c] = columns.get(c).width();
        }
        this.maxRows = maxRows;
        this.maxLinks = maxLinks;
        this.pending = new PendingLink[widths.length];
        openSheet();
    }

    /** Returns the name of the n-th sheet of a tab: the name itself, then {@code name (n)}, ≤ 31 characters. */
    static String sheetName(String name, int number) {
        if (number == 1) {
            return name.length() <= MAX_SHEET_NAME ? name : name.substring(0, MAX_SHEET_NAME);
        }
        String suffix = " (" + number + ")";
        int keep = Math.min(name.length(), MAX_SHEET_NAME - suffix.length());
        return name.substring(0, keep).stripTrailing() + suffix;
    }

    /** Starts the next data row, on a continuation sheet when the current one is full. */
    void startRow() {
        if (row + 1 >= maxRows) {
            finishSheet();
            openSheet();
        } else if (row + 1 - batchStart >= BATCH_ROWS) {
            flushBatch();
        }
        row++;
        workbook.startRow(row);
    }

    /** Writes text; {@code null} or empty leaves the cell blank. */
    void text(int col, String value) {
        String text = CellText.clean(value);
        if (text == null) {
            return;
        }
        put(col, text, false);
    }

    /**
     * Returns whether this sheet can take another hyperlink; when not, callers need not build the address.
     * A link continuing the previous row's range costs nothing, but is only used when an address is given.
     */
    boolean canLink() {
        return linksUsed < maxLinks;
    }

    /** Writes text that links to {@code url}; plain text when the address is {@code null}. */
    void link(int col, String value, String url) {
        String text = CellText.clean(value);
        if (text == null) {
            return;
        }
        PendingLink open = pending[col];
        if (url != null && open != null && open.bottom == row - 1 && open.url.equals(url)
                && open.text.equals(text)) {
            open.bottom = row;
        } else {
            closeLink(col);
            if (url == null || linksUsed >= maxLinks) {
                put(col, text, false);
                return;
            }
            linksUsed++;
            pending[col] = new PendingLink(url, text, row);
        }
        put(col, text, true);
    }

    /** Writes a UTC date-time as an Excel date; {@code null} leaves the cell blank. */
    void date(int col, Instant value) {
        if (value == null) {
            return;
        }
        long millis;
        try {
            millis = value.toEpochMilli();
        } catch (ArithmeticException e) {
            millis = Long.MAX_VALUE;
        }
        if (millis < MIN_DATE_MILLIS || millis > MAX_DATE_MILLIS) {
            // Excel cannot show it as a date; keep the exact value as text
            workbook.text(col, value.toString(), XlsxPackage.TEXT); // "+10000-01-01T00:00:00Z" is formula-like
            return;
        }
        workbook.number(col, millis / MILLIS_PER_DAY + EPOCH_SERIAL, XlsxPackage.DATE);
    }

    /** Writes TRUE or FALSE. */
    void bool(int col, boolean value) {
        workbook.bool(col, value);
    }

    /** Writes a number with {@link #INTEGER_FORMAT} or {@link #PERCENT_FORMAT}; {@code null} is blank. */
    void number(int col, Number value, String format) {
        if (value == null) {
            return;
        }
        workbook.number(col, value.doubleValue(), switch (format) {
            case INTEGER_FORMAT -> XlsxPackage.INTEGER;
            case PERCENT_FORMAT -> XlsxPackage.PERCENT;
            default -> throw new IllegalArgumentException("no style for number format " + format);
        });
    }

    /** Completes the current sheet: remaining rows, auto-filter, end of the sheet's part. */
    void finish() {
        finishSheet();
    }

    private void openSheet() {
        sheetNumber++;
        workbook.startSheet(sheetName(baseName, sheetNumber), headers, widths);
        row = 0;
        batchStart = 1;
        linksUsed = 0;
        links.clear();
    }

    private void finishSheet() {
        closeLinks();
        workbook.endSheet(row, links);
    }

    /** Closes open hyperlinks and writes the batch out. */
    private void flushBatch() {
        closeLinks();
        workbook.flush();
        batchStart = row + 1;
    }

    private void closeLinks() {
        for (int c = 0; c < pending.length; c++) {
            closeLink(c);
        }
    }

    private void closeLink(int col) {
        PendingLink open = pending[col];
        if (open != null) {
            links.add(new XlsxPackage.Hyperlink(col, open.top, open.bottom, open.url));
            pending[col] = null;
        }
    }

    /** Writes text; formula-like text gets the Text format, linked text the link font. */
    private void put(int col, String text, boolean linked) {
        int style;
        if (CellText.isFormulaLike(text)) {
            style = linked ? XlsxPackage.LINK_TEXT : XlsxPackage.TEXT;
        } else {
            style = linked ? XlsxPackage.LINK : XlsxPackage.PLAIN;
        }
        workbook.text(col, text, style);
    }

    /** A hyperlink being extended over consecutive rows of one column. */
    private static final class PendingLink {
        final String url;
        final String text;
        final int top;
        int bottom;

        PendingLink(String url, String text, int top) {
            this.url = url;
            this.text = text;
            this.top = top;
            this.bottom = top;
        }
    }
}
