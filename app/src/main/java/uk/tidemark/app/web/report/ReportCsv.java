package uk.tidemark.app.web.report;

import uk.tidemark.app.web.csv.SafeCsv;
import uk.tidemark.app.web.csv.SafeCsv.Cell;
import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportRows.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), one row per setting and
 * measure, the figures as the report shows them: "12", "0", "fewer than 5", "withheld", "45%", "2 h 05 min". A figure
 * that is a count is a number cell (a spreadsheet can add it up); every other cell is text, through
 * {@link SafeCsv}, so a setting's name cannot become a formula.
 */
final class ReportCsv {
    static final List<String> HEADER = List.of("quarter", "setting_id", "setting", "group", "measure", "this_quarter",
            "previous_quarter");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    private ReportCsv() {
    }

    static String write(View view) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Measure> measures = ReportRows.all(view.allSettings().current());
        for (Column column : view.columns()) {
            for (Measure m : measures) {
                rows.add(List.of(SafeCsv.text(view.quarter().shortLabel()), SafeCsv.text(column.settingId()),
                        SafeCsv.text(column.name()), SafeCsv.text(m.group()), SafeCsv.text(m.name()),
                        figure(m.read().apply(column.current()).display()), figure(m.read().apply(column.previous()).display())));
            }
        }
        return SafeCsv.write(HEADER, rows);
    }

    /** A shown count as a number; "fewer than 5", "withheld", "45%", "2 h 05 min" as text. */
    private static Cell figure(String display) {
        return display != null && COUNT.matcher(display).matches() ? SafeCsv.number(new BigDecimal(display))
                : SafeCsv.text(display);
    }
}
