package uk.tidemark.app.web.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.tidemark.app.web.report.QuarterlyReports.Column;
import uk.tidemark.app.web.report.QuarterlyReports.View;
import uk.tidemark.app.web.report.ReportRows.Measure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), one row per setting and
 * measure, the figures as the report shows them: "12", "0", "fewer than 5", "withheld", "45%", "2 h 05 min".
 */
final class ReportCsv {
    static final String[] HEADER = {"quarter", "setting_id", "setting", "group", "measure", "this_quarter",
            "previous_quarter"};

    private ReportCsv() {
    }

    static String write(View view) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).build();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            List<Measure> measures = ReportRows.of(view.allSettings().current());
            for (Column column : view.columns()) {
                for (Measure m : measures) {
                    csv.printRecord(view.quarter().shortLabel(), column.settingId() == null ? "" : column.settingId(),
                            column.name(), m.group(), m.name(), m.read().apply(column.current()),
                            m.read().apply(column.previous()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
