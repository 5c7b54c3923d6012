package uk.tidemark.app.web.admin;

import uk.tidemark.app.deadline.TermDateStore;
import uk.tidemark.kernel.time.DateWindow;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term-dates CSV (decision 0048): one range a line, {@code kind,name,first day,last day}, as a school's office
 * keeps them in a spreadsheet: kind "Term" or "Holiday" (also "Half term", "INSET", "Closure": holidays), dates as
 * 2026-09-02 or 02/09/2026 (day first, the UK way). A first line of headings, blank lines and a byte-order mark are
 * skipped; comma, semicolon or tab separated; a field may be in double quotes.
 */
final class TermDatesCsv {

    record Line(int number, TermDateStore.Kind kind, String name, LocalDate first, LocalDate last) {
    }

    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private TermDatesCsv() {
    }

    /** The lines read; each bad one is a sentence in {@code problems} ("Line 4: ..."). */
    static List<Line> read(String text, List<String> problems) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.replace("\uFEFF", "").split("\r\n|\r|\n");
        for (int i = 0; i < raw.length; i++) {
            String row = raw[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            List<String> cells = cells(row);
            int number = i + 1;
            if (lines.isEmpty() && i == firstNonBlank(raw) && kind(cells.get(0)) == null) {
                continue; // the headings
            }
            if (cells.size() < 4) {
                problems.add("Line " + number + ": give the kind, the name, the first day and the last day.");
                continue;
            }
            TermDateStore.Kind kind = kind(cells.get(0));
            String name = cells.get(1).strip();
            LocalDate first = date(cells.get(2));
            LocalDate last = date(cells.get(3));
            if (kind == null) {
                problems.add("Line " + number + ": the kind must be Term or Holiday.");
            } else if (name.isEmpty() || name.length() > 100) {
                problems.add("Line " + number + ": the name must be 1 to 100 characters.");
            } else if (first == null || last == null) {
                problems.add("Line " + number + ": write the dates as 02/09/2026 (day, month, year).");
            } else {
                lines.add(new Line(number, kind, name, first, last));
            }
        }
        return lines;
    }

    private static int firstNonBlank(String[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static TermDateStore.Kind kind(String cell) {
        String k = cell.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
        return switch (k) {
            case "term", "term time" -> TermDateStore.Kind.TERM;
            case "holiday", "half term", "inset", "inset day", "closure", "closed" -> TermDateStore.Kind.HOLIDAY;
            default -> null;
        };
    }

    static LocalDate date(String cell) {
        String c = cell.strip();
        try {
            Matcher uk = UK_DATE.matcher(c);
            LocalDate d = null;
            if (uk.matches()) {
                d = LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1)));
            }
            Matcher iso = ISO_DATE.matcher(c);
            if (iso.matches()) {
                d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            return d == null || !DateWindow.contains(d) ? null : d;
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    private static List<String> cells(String row) {
        char sep = row.indexOf('\t') >= 0 ? '\t' : row.indexOf(';') >= 0 && row.indexOf(',') < 0 ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == sep && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
