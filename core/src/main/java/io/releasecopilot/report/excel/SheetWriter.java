package io.releasecopilot.report.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams one tab row by row: header (bold, frozen, filtered), fixed widths, typed cells, hyperlinks, and
 * continuation on {@code <name> (2)}, {@code (3)}… when the row limit is reached.
 *
 * <p>Rows are flushed to the output every {@link #BATCH_ROWS} rows; only the current batch is in memory.
 * Date and link styles are applied once per column and batch, not per cell.
 *
 * <p>Formula injection: text is only ever written as a string cell (shared or inline), never as a formula,
 * so nothing is evaluated when the file is opened. Text that {@link CellText#isFormulaLike looks like a
 * formula} also gets the Text number format ({@code @}): a user who edits such a cell and presses Enter
 * keeps text instead of creating a formula. fastexcel 0.19.0 cannot write {@code quotePrefix}, which
 * would do the same; the Text format is the closest it offers.
 *
 * <p>Hyperlinks: consecutive rows of one column with the same address share one hyperlink (a range);
 * at most {@code maxLinks} hyperlinks are written per sheet (Excel's limit is 65,530), later cells stay
 * plain text. Addresses are XML-escaped here because fastexcel writes relationship targets unescaped.
 */
final class SheetWriter {

    /** Rows kept in memory before they are written out. */
    static final int BATCH_ROWS = 4096;

    static final String TEXT_FORMAT = "@";
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

    private final Workbook workbook;
    private final String baseName;
    private final Column[] columns;
    private final int maxRows;
    private final int maxLinks;

    private Worksheet sheet;
    private int sheetNumber;
    private int row;
    private int batchStart;
    private int linksUsed;
    private final PendingLink[] pending;
    private final boolean[][] linked;
    /** Cells of DATE columns in this batch holding text (instants Excel cannot show), as {row, col}. */
    private final List<int[]> textDates = new ArrayList<>();

    /**
     * @param maxRows  rows per sheet including the header, at least 2
     * @param maxLinks hyperlinks per sheet
     */
    SheetWriter(Workbook workbook, String name, List<Column> columns, int maxRows, int maxLinks) {
        this.workbook = workbook;
        this.baseName = name;
        this.columns = columns.toArray(new Column[0]);
        this.maxRows = maxRows;
        this.maxLinks = maxLinks;
        this.pending = new PendingLink[this.columns.length];
        this.linked = new boolean[this.columns.length][];
        for (int c = 0; c < this.columns.length; c++) {
            Column.Kind kind = this.columns[c].kind();
            if (kind == Column.Kind.LINK || kind == Column.Kind.UNIQUE_LINK) {
                linked[c] = new boolean[BATCH_ROWS];
            }
        }
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
    }

    /** Writes text; {@code null} or empty leaves the cell blank. */
    void text(int col, String value) {
        String text = CellText.clean(value);
        if (text == null) {
            return;
        }
        put(row, col, text);
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
        put(row, col, text);
        PendingLink open = pending[col];
        if (url != null && open != null && open.bottom == row - 1 && open.url.equals(url)
                && open.text.equals(text)) {
            open.bottom = row;
        } else {
            closeLink(col);
            if (url == null || linksUsed >= maxLinks) {
                return;
            }
            linksUsed++;
            pending[col] = new PendingLink(url, text, row);
        }
        linked[col][row - batchStart] = true;
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
            String text = value.toString(); // "+10000-01-01T00:00:00Z" is formula-like
            sheet.value(row, col, text);
            sheet.style(row, col).format(TEXT_FORMAT).set();
            if (columns[col].kind() != Column.Kind.MIXED) {
                textDates.add(new int[] {row, col}); // set again after the batch's date format
            }
            return;
        }
        sheet.value(row, col, millis / MILLIS_PER_DAY + EPOCH_SERIAL);
        if (columns[col].kind() == Column.Kind.MIXED) {
            sheet.style(row, col).format(DATE_FORMAT).set();
        }
    }

    /** Writes TRUE or FALSE. */
    void bool(int col, boolean value) {
        sheet.value(row, col, value);
    }

    /** Writes a number with a number format (only in {@link Column.Kind#MIXED} columns); {@code null} is blank. */
    void number(int col, Number value, String format) {
        if (value == null) {
            return;
        }
        sheet.value(row, col, value);
        sheet.style(row, col).format(format).set();
    }

    /** Completes the current sheet: remaining rows, auto-filter, end of the sheet's part. */
    void finish() {
        finishSheet();
    }

    private void openSheet() {
        sheetNumber++;
        sheet = workbook.newWorksheet(sheetName(baseName, sheetNumber));
        int last = columns.length - 1;
        for (int c = 0; c <= last; c++) {
            sheet.width(c, columns[c].width());
            sheet.value(0, c, columns[c].header());
        }
        sheet.range(0, 0, 0, last).style().bold().set();
        sheet.freezePane(0, 1);
        row = 0;
        batchStart = 1;
        linksUsed = 0;
    }

    private void finishSheet() {
        flushBatch();
        sheet.setAutoFilter(0, 0, row, columns.length - 1);
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes open hyperlinks, styles the batch column by column and writes it out. */
    private void flushBatch() {
        for (int c = 0; c < columns.length; c++) {
            closeLink(c);
        }
        if (row >= batchStart) {
            for (int c = 0; c < columns.length; c++) {
                styleBatch(c);
            }
            for (int[] cell : textDates) {
                sheet.style(cell[0], cell[1]).format(TEXT_FORMAT).set();
            }
            textDates.clear();
        }
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batchStart = row + 1;
    }

    private void styleBatch(int col) {
        switch (columns[col].kind()) {
            case DATE -> sheet.range(batchStart, col, row, col).style().format(DATE_FORMAT).set();
            case LINK, UNIQUE_LINK -> styleLinks(col);
            default -> {
                // text and booleans keep the default style; MIXED cells were styled one by one
            }
        }
    }

    /** Gives runs of linked cells of a link column the link font, one style call per run. */
    private void styleLinks(int col) {
        boolean[] flags = linked[col];
        int count = row - batchStart + 1;
        int start = 0;
        while (start < count) {
            if (!flags[start]) {
                start++;
                continue;
            }
            int end = start;
            while (end + 1 < count && flags[end + 1]) {
                end++;
            }
            sheet.range(batchStart + start, col, batchStart + end, col).style()
                    .fontColor(LINK_COLOR).underlined().set();
            start = end + 1;
        }
        Arrays.fill(flags, 0, count, false);
    }

    private void closeLink(int col) {
        PendingLink open = pending[col];
        if (open != null) {
            // setHyperlink also sets the top cell to the display text through the shared strings, which would
            // hold every hash; an empty display is shared once and the cell is then set back to its text
            sheet.range(open.top, col, open.bottom, col).setHyperlink(new HyperLink(escapeXml(open.url), ""));
            put(open.top, col, open.text);
            pending[col] = null;
        }
    }

    /**
     * Puts text in a cell: inline for mostly unique columns, else in the shared strings; formula-like text
     * gets the Text format.
     */
    private void put(int r, int col, String text) {
        Column.Kind kind = columns[col].kind();
        if ((kind == Column.Kind.UNIQUE_TEXT || kind == Column.Kind.UNIQUE_LINK) && inlineSafe(text)) {
            sheet.inlineString(r, col, text);
        } else {
            sheet.value(r, col, text);
        }
        if (CellText.isFormulaLike(text)) {
            sheet.style(r, col).format(TEXT_FORMAT).set();
        }
    }

    /** Inline strings carry no {@code xml:space="preserve"}; text with edge whitespace goes to shared strings. */
    private static boolean inlineSafe(String text) {
        return !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(text.length() - 1));
    }

    /** Escapes an address for an XML attribute; fastexcel 0.19.0 writes hyperlink targets as given. */
    static String escapeXml(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char ch = url.charAt(i);
            String entity = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(ch);
                }
            }
        }
        return out == null ? url : out.toString();
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
